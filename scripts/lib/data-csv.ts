/**
 * Writing rows of the analyst-edited CSV files in data/: plain UTF-8, LF line
 * ends, a cell quoted only where it must be, as the files are kept.
 */
export function dataCsvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function dataCsvLine(cells: readonly (string | number)[]): string {
  return `${cells.map(dataCsvCell).join(',')}\n`;
}
