import { useCallback, useDeferredValue, useMemo } from 'react';
import type { SnapshotEntry } from '../../data/schema';
import type { SortState, ViewState } from '../../lib/url-state';
import type { FigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { compareSnapshots, type Change, type SnapshotContent } from './compare';
import { ChangeFilters } from './change-filters';
import { ChangeSummary } from './change-summary';
import { datasetLabels } from './labels';
import type { ChangesParams } from './params';
import { filterChanges, type ChangeContext } from './selectors';
import { ChangesList } from './changes-list';
import './changes.css';
import { ViewIntro } from '../../components/layout/view-intro';

export interface ComparedSnapshot {
  entry: SnapshotEntry;
  content: SnapshotContent;
  lookups: FigureLookups;
}

export interface ChangesViewProps {
  /** Null when the later snapshot is the first there is. */
  from: ComparedSnapshot | null;
  to: ComparedSnapshot;
  /** Every snapshot, oldest first, for the pickers. */
  snapshots: readonly SnapshotEntry[];
  /** The snapshot `to` means when the link names none: the one on screen. */
  defaultTo: string;
  state: ViewState<ChangesParams>;
}

const CLEARED = { dataset: '', kind: '' };
const NO_CHANGES: readonly Change[] = [];

export function ChangesView({ from, to, snapshots, defaultTo, state }: ChangesViewProps) {
  const { params, setParams, linkTo } = state;
  const partnership = usePartnership();
  const comparison = useMemo(() => (from ? compareSnapshots(from.content, to.content) : null), [from, to]);
  const ctx = useMemo<ChangeContext | null>(
    () => (from ? { from: from.lookups, to: to.lookups, datasets: datasetLabels(partnership) } : null),
    [from, to, partnership],
  );
  // The counts need only each change's kind and dataset; the rows, each figure formatted and its sources in words, are
  // built by the list (changes-list.tsx), once it is drawn.
  const changes = comparison?.changes ?? NO_CHANGES;
  const filter = useMemo(() => ({ dataset: params.dataset, kind: params.kind }), [params.dataset, params.kind]);
  const shownCount = useMemo(() => filterChanges(changes, filter).length, [changes, filter]);
  const onSortChange = useCallback((sort: SortState | null) => setParams({ sort }), [setParams]);
  const filtered = filter.dataset !== '' || filter.kind !== '';
  // The list can hold hundreds of rows: it follows the rest in a deferred render, which React cuts into slices, so the page's
  // heading and counts paint first and the page answers input meanwhile. The prerendered page (and the render that hydrates
  // it) is the first of the two, without the list: the list's HTML would be over half a megabyte.
  const listShown = useDeferredValue(true, false);

  return (
    <>
      <h1>What changed</h1>
      <ViewIntro>
        What a later snapshot publishes that an earlier one did not: new figures, figures revised (the same area, measure, statistic and
        period printed with a different value), figures no longer published, and new data notes, actions and recommendations. A snapshot
        holds every document published up to its date. Figures are matched by what they mean, never by how a document words their period; a
        period whose end a document does not print is never matched with a dated one.
      </ViewIntro>
      <ChangeFilters
        snapshots={snapshots}
        fromId={from?.entry.id ?? ''}
        toId={to.entry.id}
        defaultTo={defaultTo}
        rows={changes}
        datasets={ctx?.datasets ?? datasetLabels(partnership)}
        state={state}
      />
      {from && comparison && ctx ? (
        <>
          <ChangeSummary comparison={comparison} from={from.entry} to={to.entry} />
          <section aria-labelledby="changes-list" className="changes-list">
            <h2 id="changes-list">Every change</h2>
            <p role="status" className="changes-showing">
              Showing {shownCount} of {changes.length} {changes.length === 1 ? 'change' : 'changes'}.{' '}
              {filtered ? <a href={linkTo(CLEARED)}>Clear the filters</a> : null}
            </p>
            {/* Drawn after the page is taken over, so the prerender's check of the page's text leaves it out. */}
            <div className="changes-list__rows">
              {listShown ? (
                <ChangesList
                  changes={changes}
                  ctx={ctx}
                  filter={filter}
                  from={from.entry}
                  to={to.entry}
                  toLookups={to.lookups}
                  sort={params.sort}
                  onSortChange={onSortChange}
                  partnershipId={partnership.partnership.id}
                />
              ) : (
                <p className="file-meta">Laying out the list…</p>
              )}
            </div>
          </section>
        </>
      ) : (
        <p className="notice">{to.entry.title} is the first snapshot there is, so there is nothing earlier to compare it with.</p>
      )}
    </>
  );
}
