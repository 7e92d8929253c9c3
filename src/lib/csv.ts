/**
 * CSV for analysts: RFC 4180 (CRLF, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads it as UTF-8, numbers written plainly (no thousands separators).
 *
 * Text cells that a spreadsheet would run as a formula are neutralised
 * (OWASP ASVS 5.0 1.2.10): a text cell beginning with =, +, -, @, tab, carriage
 * return or NUL gets a leading apostrophe. Numbers, including negative ones,
 * are never touched: they are written from numbers, not from text.
 */
export type CsvCell = string | number | null;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\0]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The documented neutralisation: a leading apostrophe on formula-like text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    // Non-finite values cannot be published; an empty cell is safer than "NaN".
    if (!Number.isFinite(cell)) return '';
    return String(cell);
  }
  const safe = neutralise(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(formatCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Lower-case, dash-separated, as ONS names its downloads: "Beat crime 2023/24 (YTD)" → "beat-crime-2023-24-ytd". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
