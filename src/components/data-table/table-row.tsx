import { memo, type ReactNode } from 'react';
import type { TableColumn } from './columns';

interface CellProps<Row> {
  row: Row;
  column: TableColumn<Row>;
}

function TableCellOf<Row>({ row, column: c }: CellProps<Row>) {
  const content: ReactNode = c.cell ? c.cell(row) : (c.value(row) ?? '');
  const className = c.numeric ? 'numeric' : undefined;
  // data-label: on a narrow screen each row stacks, and each value shows its column's name beside it (data-table.css).
  return c.rowHeader ? (
    <th scope="row" className={className} data-label={c.header}>
      {content}
    </th>
  ) : (
    <td className={className} data-label={c.header}>
      {content}
    </td>
  );
}

/** One cell, drawn again only when its row or its column (a new object) changes. */
const TableCell = memo(TableCellOf) as <Row>(props: CellProps<Row>) => ReactNode;

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
      {columns.map((c) => (
        <TableCell key={c.id} row={row} column={c} />
      ))}
    </tr>
  );
}

/**
 * One body row. Memoised, and each cell too: a sort moves the rows'
 * elements without drawing their cells again, and a new column (a link
 * that follows the address, say) draws only that column's cells. At force
 * scale (a hundred and more period columns, each cell a figure with its own
 * source control) drawing every cell is most of a sort's cost.
 */
export const TableRow = memo(TableRowOf) as <Row>(props: Props<Row>) => ReactNode;
