import { useMemo } from 'react';
import type { SnapshotEntry } from '../../data/schema';
import type { SortState } from '../../lib/url-state';
import { DataTable } from '../../components/data-table/data-table';
import { withContext } from '../../components/data-table/columns';
import { FigureContext, type FigureLookups } from '../../components/figures/figure-context';
import type { Change } from './compare';
import { CHANGE_COLUMNS } from './change-columns';
import { SteppedRows } from './stepped-rows';
import { changeRows, filterChanges, type ChangeContext, type ChangeFilter } from './selectors';

interface Props {
  changes: readonly Change[];
  ctx: ChangeContext;
  filter: ChangeFilter;
  from: SnapshotEntry;
  to: SnapshotEntry;
  /** The later snapshot's lookups: the table's own, for its download. */
  toLookups: FigureLookups;
  sort: SortState | null;
  /** A stable function (memoised by the caller). */
  onSortChange: (sort: SortState | null) => void;
  partnershipId: string;
}

/**
 * The table of every change. Its rows (each figure formatted and its sources
 * put in words) are built here, when the list is drawn, not in the render
 * that draws the page's heading and counts: that render hydrates the
 * prerendered page, and stays short.
 */
export function ChangesList({ changes, ctx, filter, from, to, toLookups, sort, onSortChange, partnershipId }: Props) {
  const rows = useMemo(() => changeRows(changes, ctx), [changes, ctx]);
  const shown = useMemo(() => filterChanges(rows, filter), [rows, filter]);
  const columns = useMemo(() => withContext(CHANGE_COLUMNS, ctx), [ctx]);
  return (
    // The download names the later snapshot as its own and the earlier one it is compared with.
    <FigureContext.Provider value={toLookups}>
      <DataTable
        caption={`Changes from ${from.title} to ${to.title}`}
        columns={columns}
        rows={shown}
        rowKey={(r) => r.key}
        sort={sort}
        onSortChange={onSortChange}
        empty="No changes match these filters."
        fileName={`${partnershipId}-changes-from-${from.id}`}
        csvContext={[{ header: 'Compared with snapshot', value: from.id }]}
        virtualRows={SteppedRows}
      />
    </FigureContext.Provider>
  );
}
