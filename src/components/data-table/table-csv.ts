import type { TableColumn } from './columns';
import { toCsv, type CsvCell } from '../../lib/csv';

/** Context columns put first in every export, so a file stands on its own. */
export interface CsvContext {
  header: string;
  value: string;
}

/** Exactly the rows and columns shown, in the order shown, with the context columns first. */
export function tableCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[], context: readonly CsvContext[]): string {
  const header = [...context.map((c) => c.header), ...columns.map((c) => c.header)];
  const body = rows.map((row): CsvCell[] => [...context.map((c) => c.value), ...columns.map((c) => c.csv?.(row) ?? c.value(row))]);
  return toCsv(header, body);
}
