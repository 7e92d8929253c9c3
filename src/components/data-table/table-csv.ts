import type { TableColumn } from './columns';
import type { Figure } from '../../data/schema';
import { toCsv, type CsvCell } from '../../lib/csv';
import { figureCsvUnit, figureCsvValue } from '../../lib/figure-csv';

/** Context columns put first in every export, so a file stands on its own. */
export interface CsvContext {
  header: string;
  value: string;
}

/** What the CSV says about a figure besides its value, in a reader's words. */
export interface FigureWords {
  area: (f: Figure) => string;
  /** The document, table and line (or extract, row and column) the value stands on. */
  source: (f: Figure) => string;
}

/**
 * Exactly the rows and columns shown, in the order shown, with the context
 * columns first. A column of figures is followed by "<header> unit" and
 * "<header> source" (and "<header> area" when the table's figures are for
 * more than one area; one area is a context column "Area" instead), so every
 * value carries its unit and where it was printed.
 */
export function tableCsv<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  context: readonly CsvContext[],
  words?: FigureWords,
): string {
  const figureOf = (c: TableColumn<Row>, row: Row): Figure | null => (words && c.figure ? (c.figure(row) ?? null) : null);
  const areas = new Set<string>();
  for (const c of columns)
    for (const row of rows) {
      const f = figureOf(c, row);
      if (f && words) areas.add(words.area(f));
    }
  const oneArea = areas.size === 1 ? [...areas][0] : undefined;
  const allContext =
    oneArea !== undefined && !context.some((c) => c.header === 'Area') && !columns.some((c) => c.header === 'Area')
      ? [...context, { header: 'Area', value: oneArea }]
      : context;
  const perColumnArea = areas.size > 1;

  const header = [...allContext.map((c) => c.header)];
  for (const c of columns) {
    header.push(c.header);
    if (words && c.figure) header.push(...(perColumnArea ? [`${c.header} area`] : []), `${c.header} unit`, `${c.header} source`);
  }
  const body = rows.map((row): CsvCell[] => {
    const out: CsvCell[] = allContext.map((c) => c.value);
    for (const c of columns) {
      const f = figureOf(c, row);
      out.push(f ? figureCsvValue(f) : (c.csv?.(row) ?? c.value(row)));
      if (words && c.figure) {
        if (perColumnArea) out.push(f ? words.area(f) : null);
        out.push(f ? figureCsvUnit(f) : null, f ? words.source(f) : null);
      }
    }
    return out;
  });
  return toCsv(header, body);
}
