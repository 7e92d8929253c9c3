/**
 * How a published figure is written into a table's CSV download: a coded
 * value is spelled out, and its unit is said in words, so a file read
 * without the dashboard cannot take a % change for a count or a movement
 * of 1 for a number.
 */
export interface CsvFigure {
  statistic: string;
  value: number;
  unit: string;
}

const MOVEMENT_WORDS: Readonly<Record<number, string>> = { 1: 'up', 0: 'no change', [-1]: 'down' };

/** The value as exported: a number, except a movement, which is a word. */
export function figureCsvValue(f: CsvFigure): string | number {
  if (f.statistic === 'movement') return MOVEMENT_WORDS[f.value] ?? f.value;
  return f.value;
}

/** The unit in words: "percent change" for a % change (never a bare number that reads as a count), the data's unit id otherwise. */
export function figureCsvUnit(f: CsvFigure): string {
  if (f.statistic === 'movement') return 'direction of movement (up, no change or down)';
  if (f.statistic === 'percent-change') return 'percent change';
  if (f.statistic === 'difference') return `difference in ${f.unit.replace(/-/g, ' ')}`;
  if (f.unit === 'gbp') return 'pounds (GBP)';
  if (f.unit === 'eur') return 'euros (EUR)';
  return f.unit.replace(/-/g, ' ');
}
