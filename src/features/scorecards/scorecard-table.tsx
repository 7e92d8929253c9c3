import type { RowData } from '@tanstack/react-table';
import type { TableColumn } from '../../components/data-table/columns';
import { DataTable } from '../../components/data-table/data-table';
import { useCheckedSort } from '../../components/data-table/use-checked-sort';
import type { ViewState } from '../../lib/url-state';
import type { SCORECARD_PARAMS } from './params';

interface Props<Row> {
  /** The table's name in its URL key, `sort.<name>` (see `tableNames`). */
  name: string;
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: string;
  state: ViewState<typeof SCORECARD_PARAMS>;
}

/**
 * A table of this page with its own sort. A scorecard's columns depend on
 * what its rows hold, so the sort is checked against the columns built.
 */
export function ScorecardTable<Row extends RowData>({ name, caption, columns, rows, rowKey, empty, state }: Props<Row>) {
  const { params, setParams, reportProblem } = state;
  const sort = useCheckedSort(`sort.${name}`, params.sort[name] ?? null, columns, reportProblem);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={rowKey}
      sort={sort}
      onSortChange={(next) => setParams({ sort: { ...params.sort, [name]: next } })}
      empty={empty}
    />
  );
}
