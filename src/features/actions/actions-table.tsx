import { useMemo } from 'react';
import type { SortState } from '../../lib/url-state';
import { DataTable } from '../../components/data-table/data-table';
import { VirtualRows } from '../../components/data-table/virtual-rows';
import { withContext } from '../../components/data-table/columns';
import { useFigureLookups } from '../../components/figures/figure-context';
import { ACTION_COLUMNS } from './action-columns';
import { groupByMeeting, type ActionRow } from './selectors';
import { meetingOpen, toggleMeeting, type MeetingDisclosure } from './meeting-disclosure';

interface Props {
  rows: readonly ActionRow[];
  /** Each meeting's sort, by its key. */
  sorts: Readonly<Record<string, SortState | null>>;
  onSortChange: (meeting: string, sort: SortState | null) => void;
  /** True when a filter or search is in force: every group then opens, so no match is out of sight. */
  filtered: boolean;
  /** Meetings the reader opened or closed, from the URL. */
  disclosure: MeetingDisclosure;
  onDisclosureChange: (next: MeetingDisclosure) => void;
}

/**
 * One table per meeting, newest first, each with its own sort (`sort.<date>`);
 * rows with no meeting come last. Unfiltered, the newest meeting is open and the others
 * are one heading each, opened by its button (an accordion), so the page
 * starts with the latest business rather than 27,000 pixels of history;
 * print opens every group (actions.css).
 */
export function ActionsTable({ rows, sorts, onSortChange, filtered, disclosure, onDisclosureChange }: Props) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => withContext(ACTION_COLUMNS, lookups), [lookups]);
  // Only recommendations have updates: a meeting's table leaves the column out rather than show it empty.
  const withoutUpdate = useMemo(() => columns.filter((c) => c.id !== 'update'), [columns]);
  const groups = useMemo(() => groupByMeeting(rows, lookups.documents), [rows, lookups]);
  // What the reader chose for a meeting holds whether or not a filter is in force; else the default.
  if (groups.length === 0) return <p className="notice">No actions or recommendations match these filters.</p>;
  const isOpen = (key: string, i: number) => meetingOpen(key, filtered || i === 0, disclosure);
  return (
    <div className="actions-table captions-narrow-hidden">
      {groups.map((g, i) => {
        const open = isOpen(g.key, i);
        const rowsWord = g.rows.length === 1 ? '1 row' : `${g.rows.length} rows`;
        return (
          <section key={g.key} aria-labelledby={`meeting-${g.key}`} className="actions-group">
            <h3 id={`meeting-${g.key}`}>
              <button
                type="button"
                className="actions-group__toggle"
                aria-expanded={open}
                aria-controls={`meeting-${g.key}-rows`}
                onClick={() => onDisclosureChange(toggleMeeting(disclosure, g.key, !open, filtered || i === 0))}
              >
                {g.name} <span className="file-meta">({rowsWord})</span>
              </button>
            </h3>
            <div id={`meeting-${g.key}-rows`} className="actions-group__rows" hidden={!open}>
              <DataTable
                caption={`${g.name}: actions and recommendations, as recorded in the published documents`}
                columns={g.rows.some((r) => r.update !== null) ? columns : withoutUpdate}
                rows={g.rows}
                rowKey={(r) => r.id}
                // The caption names the meeting in full, too long for a link; the meeting's key is short and stable.
                partId={`actions-${g.key}`}
                sort={sorts[g.key] ?? null}
                onSortChange={(next) => onSortChange(g.key, next)}
                empty="No actions or recommendations match these filters."
                // A force's log runs to thousands of rows.
                virtualRows={VirtualRows}
              />
            </div>
          </section>
        );
      })}
    </div>
  );
}
