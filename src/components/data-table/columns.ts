import type { ReactNode } from 'react';
import type { Figure } from '../../data/schema';

/**
 * What a view says about one column of a table. Views declare these as
 * module constants; the table turns them into TanStack columns, and the CSV
 * export reads the same `value`, so a download holds exactly what is shown.
 */
export interface TableColumn<Row> {
  id: string;
  header: string;
  /** The cell's value for sorting and export: a number stays a number. */
  value: (row: Row) => string | number | null;
  /** How the cell is shown; defaults to the value as text. */
  cell?: (row: Row) => ReactNode;
  /**
   * The cell as exported, where it differs from `value` (which may be a sort
   * key): ISO 8601 dates, plain numbers, labels in full.
   */
  csv?: (row: Row) => string | number | null;
  numeric?: boolean;
  /** The column that names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  sortable?: boolean;
  /** Exported in the CSV but not drawn, e.g. a period's ISO start and end dates. */
  hidden?: boolean;
  /**
   * The published figure behind the cell, if it holds one: the CSV then
   * gives its unit and its source (and its area, where the table's figures
   * are for more than one), in columns beside it.
   */
  figure?: (row: Row) => Figure | null | undefined;
}

/**
 * A column declared once as a module constant whose cells need what is only
 * known at render time (the snapshot's lookups, the beat on screen), passed
 * as `ctx`. The constant alone says which columns exist, so the table's URL
 * sort parameter is derived from it; `withContext` makes the table's columns.
 */
export interface ContextColumn<Row, Ctx> extends Omit<TableColumn<Row>, 'value' | 'cell' | 'csv' | 'figure'> {
  value: (row: Row, ctx: Ctx) => string | number | null;
  cell?: (row: Row, ctx: Ctx) => ReactNode;
  csv?: (row: Row, ctx: Ctx) => string | number | null;
  figure?: (row: Row, ctx: Ctx) => Figure | null | undefined;
}

export function withContext<Row, Ctx>(columns: readonly ContextColumn<Row, Ctx>[], ctx: Ctx): TableColumn<Row>[] {
  return columns.map(({ value, cell, csv, figure, ...rest }) => ({
    ...rest,
    value: (row: Row) => value(row, ctx),
    ...(cell ? { cell: (row: Row) => cell(row, ctx) } : {}),
    ...(csv ? { csv: (row: Row) => csv(row, ctx) } : {}),
    ...(figure ? { figure: (row: Row) => figure(row, ctx) } : {}),
  }));
}

type SortFlags = Pick<TableColumn<unknown>, 'id' | 'sortable' | 'hidden'>;

/** A column a reader can sort by: drawn, and not marked unsortable. The table draws a sort button on exactly these. */
export function isSortable(column: SortFlags): boolean {
  return (column.sortable ?? true) && !column.hidden;
}

/** Ids of the columns a reader can sort by, which are the values the table's sort parameter accepts. */
export function sortableColumnIds(columns: readonly SortFlags[]): string[] {
  return columns.filter(isSortable).map((c) => c.id);
}
