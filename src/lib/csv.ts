/**
 * The one CSV writer: every table's "Download CSV" in the browser and each
 * snapshot's figures.csv in the data build. The dialect it writes is
 * documented once, in the README ("The CSV dialect", under Exports); this
 * file implements it and its tests pin it.
 *
 * Hand-written rather than csv-stringify: csv-stringify's `escape_formulas`
 * would prefix printed numbers such as "-6.1%" (so its neutralisation cannot
 * be used), which leaves it only the quoting, and its browser build adds
 * about 9.6 KiB gzip (a Buffer polyfill) to the chunk every view loads. The
 * tests check this writer byte for byte against csv-stringify instead.
 */
export type CsvCell = string | number | null;

export const BOM = '\uFEFF';
const EOL = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;

/** What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"), plus NUL. */
const FORMULA_START = /^[=+\-@\t\r\0]/;
/**
 * A number as the documents print it ("-6.1%", "+14", "10,195", "+ 177.8%",
 * "-7 %"), or a lone dash (the usual "nil"). Such a cell holds no reference,
 * function or operator beyond its sign, so even a spreadsheet that evaluates
 * it can only get the number it shows: it is never altered.
 */
const INERT = /^(?:-|(?:[+-] ?)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?: ?%)?)$/;
/**
 * Leading spaces are skipped because a spreadsheet that trims them would see
 * the formula behind them; leading apostrophes because the writer must stay
 * reversible: "'=x" as text gets one more apostrophe, as "=x" does.
 */
const LEAD = /^[' ]+/;

/** True for text a spreadsheet could run as a formula, which the writer neutralises. */
export function isFormulaLike(text: string): boolean {
  const core = text.replace(LEAD, '');
  return FORMULA_START.test(core) && !INERT.test(core);
}

/** The documented neutralisation: one leading apostrophe on formula-like text; anything else unchanged. */
export function neutralise(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** The exact inverse of `neutralise`, for readers of the files: gives back the original text. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && isFormulaLike(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * A finite number in plain decimal notation: no thousands separators and no
 * exponent (String(1e-7) is "1e-7"), digits exactly those of the shortest
 * representation that reads back as the same number.
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = '', first = '', rest = '', exponent = '0'] = m;
  const digits = first + rest;
  const point = 1 + Number(exponent); // digits before the decimal point
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    // Non-finite values cannot be published; an empty cell is safer than "NaN".
    return Number.isFinite(cell) ? plainNumber(cell) : '';
  }
  const safe = neutralise(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: byte-order mark, header row, then one CRLF-terminated record per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(formatCell).join(','));
  return `${BOM}${lines.join(EOL)}${EOL}`;
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
