import { useCallback, useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { SortState, ViewState } from '../../lib/url-state';
import { NotPublishedList } from '../../components/figures/not-published-list';
import type { ACTIONS_PARAMS } from './params';
import { ActionFilters } from './action-filters';
import { ActionsTable } from './actions-table';
import type { MeetingDisclosure } from './meeting-disclosure';
import { ActionCounts } from './action-counts';
import { ActionFigures } from './action-figures';
import { usePartnership } from '../../components/partnership/partnership-context';
import {
  actionRows,
  countByOwner,
  countByStatus,
  effectiveFilter,
  filterOptions,
  filterRows,
  peopleById,
  showingSentence,
  filterSummary,
} from './selectors';
import './actions.css';
import { ViewIntro } from '../../components/layout/view-intro';

interface Props {
  actions: DatasetFile<'actions'>;
  state: ViewState<typeof ACTIONS_PARAMS>;
}

const CLEARED = { meeting: '', owner: '', status: '', type: '', priority: '', q: '' };

export function ActionsView({ actions, state }: Props) {
  const { params, setParams, linkTo } = state;
  const partnership = usePartnership();
  const people = useMemo(() => peopleById(partnership.people), [partnership]);
  const rows = useMemo(() => actionRows(actions.actions, actions.recommendations), [actions]);
  const options = useMemo(() => filterOptions(rows, people), [rows, people]);
  const filter = useMemo(
    () =>
      effectiveFilter(
        { meeting: params.meeting, owner: params.owner, status: params.status, type: params.type, priority: params.priority, q: params.q },
        options,
      ),
    [params.meeting, params.owner, params.status, params.type, params.priority, params.q, options],
  );
  const shown = useMemo(() => filterRows(rows, filter, people), [rows, filter, people]);
  const byStatus = useMemo(() => countByStatus(shown), [shown]);
  const byOwner = useMemo(() => countByOwner(shown, people), [shown, people]);
  const onSortChange = useCallback(
    (meeting: string, sort: SortState | null) => setParams({ sort: { ...params.sort, [meeting]: sort } }),
    [setParams, params.sort],
  );
  const filtered = Object.values(filter).some((v) => v !== '');
  const disclosure = useMemo(() => ({ open: params.open, closed: params.closed }), [params.open, params.closed]);
  // Opening a meeting is not a new page: it replaces the entry, so Back leaves the view as readers expect.
  const onDisclosureChange = useCallback(
    (next: MeetingDisclosure) => setParams({ open: [...next.open], closed: [...next.closed] }, { replace: true }),
    [setParams],
  );
  const summary = filterSummary(filter, people, shown.length, rows.length);
  // Why there is no priority filter belongs with the filters: a phone folds it away with them, so the first rows reach its first screen.
  const noPriority =
    options.priorities.length === 0 ? (
      <p>No priority is recorded for any action in the published documents, so there is no priority filter.</p>
    ) : null;

  return (
    <>
      <h1 className="actions-title">Actions and recommendations</h1>
      <ViewIntro>
        What the Community Safety Partnership&rsquo;s published documents record as action logs, actions agreed in minutes, action plans,
        forward programme items and Partnership Strategic Assessment (PSA) recommendations. Each row keeps the documents&rsquo; own words
        and says &ldquo;not recorded&rdquo; wherever they do not give a meeting, owner, deadline or status. A snapshot holds every document
        published up to its date, so earlier meetings&rsquo; actions appear in later snapshots too; the Source column names each row&rsquo;s
        document. An action recorded both in a meeting&rsquo;s minutes and in its action log is one row naming both. Rows are grouped by
        meeting, newest first; the newest is open, and each other meeting opens from its heading (every meeting opens when a filter or
        search is in force).
      </ViewIntro>
      {rows.length === 0 ? (
        <p className="notice">The documents in this snapshot record no actions or PSA recommendations.</p>
      ) : (
        <section aria-labelledby="actions-list">
          <h2 id="actions-list">Every action and recommendation</h2>
          <ActionFilters options={options} filter={filter} people={people} state={state} note={noPriority} />
          <p role="status" className="actions-showing">
            {showingSentence(shown.length, rows.length)} {filtered ? <a href={linkTo(CLEARED)}>Clear the filters</a> : null}
          </p>
          {/* Paper has no filter controls: it says what the list shows instead. The screen has the controls and the line above. */}
          {summary ? <p className="print-only actions-print-summary">{summary}</p> : null}
          <ActionsTable
            rows={shown}
            sorts={params.sort}
            onSortChange={onSortChange}
            filtered={filtered}
            disclosure={disclosure}
            onDisclosureChange={onDisclosureChange}
          />
        </section>
      )}
      {rows.length > 0 ? <ActionCounts byStatus={byStatus} byOwner={byOwner} /> : null}
      <ActionFigures figures={actions.figures} />
      <NotPublishedList items={actions.notPublished} />
    </>
  );
}
