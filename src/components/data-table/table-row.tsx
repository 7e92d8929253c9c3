import { memo, type ReactNode } from 'react';
import type { TableColumn } from './columns';

interface Props<Row> {
  row: Row;
  /** The drawn columns: a stable (memoised) list, so a row redraws only when its columns or its data change. */
  columns: readonly TableColumn<Row>[];
  /** Set when the table is virtualised: the row's place among every row (for aria-rowindex) and the measuring ref. */
  index?: number;
  measure?: (node: Element | null) => void;
}

function TableRowOf<Row>({ row, columns, index, measure }: Props<Row>) {
  const attributes = index === undefined ? {} : { ref: measure, 'data-index': index, 'aria-rowindex': index + 2 };
  return (
    <tr {...attributes}>
      {columns.map((c) => {
        const content: ReactNode = c.cell ? c.cell(row) : (c.value(row) ?? '');
        const className = c.numeric ? 'numeric' : undefined;
        // data-label: on a narrow screen each row stacks, and each value shows its column's name beside it (data-table.css).
        return c.rowHeader ? (
          <th key={c.id} scope="row" className={className} data-label={c.header}>
            {content}
          </th>
        ) : (
          <td key={c.id} className={className} data-label={c.header}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * One body row. Memoised: a sort moves the rows' elements without drawing
 * their cells again, which at force scale (a hundred and more period
 * columns, each cell a figure with its own source control) is most of a
 * sort's cost.
 */
export const TableRow = memo(TableRowOf) as <Row>(props: Props<Row>) => ReactNode;
