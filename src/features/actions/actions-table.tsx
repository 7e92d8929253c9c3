import { useMemo } from 'react';
import type { SortState } from '../../lib/url-state';
import { DataTable } from '../../components/data-table/data-table';
import { withContext } from '../../components/data-table/columns';
import { useFigureLookups } from '../../components/figures/figure-context';
import { ACTION_COLUMNS } from './action-columns';
import type { ActionRow } from './selectors';

interface Props {
  rows: readonly ActionRow[];
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
}

export function ActionsTable({ rows, sort, onSortChange }: Props) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => withContext(ACTION_COLUMNS, lookups), [lookups]);
  return (
    <div className="actions-table">
      <DataTable
        caption="Actions and PSA recommendations, as recorded in the published documents"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={sort}
        onSortChange={onSortChange}
        empty="No actions or recommendations match these filters."
      />
    </div>
  );
}
