import type { ReactNode } from 'react';

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
}
