import type { ContextColumn } from '../../components/data-table/columns';
import type { FigureLookups } from '../../components/figures/figure-context';
import type { Source } from '../../data/schema';
import { meetingLabel, TYPE_LABELS, type ActionRow } from './selectors';

function sourceText(lookups: FigureLookups, s: Source): string {
  return `${lookups.documents.get(s.document) ?? s.document}, ${s.ref}, line ${s.line}`;
}

/**
 * The actions table; the `sort` parameter is derived from these columns.
 * Every cell is plain text: the documents' words are untrusted and never parsed as markup.
 */
export const ACTION_COLUMNS: readonly ContextColumn<ActionRow, FigureLookups>[] = [
  { id: 'type', header: 'Type', value: (r) => TYPE_LABELS[r.type] },
  // ISO dates sort in time order; an unrecorded meeting sorts last either way.
  { id: 'meeting', header: 'Meeting', value: (r) => r.meetingDate, cell: (r) => meetingLabel(r.meetingDate) },
  { id: 'minute', header: 'Minute', value: (r) => r.minuteRef },
  { id: 'item', header: 'Item', value: (r) => r.item },
  { id: 'text', header: 'Action or recommendation', value: (r) => r.text, rowHeader: true },
  { id: 'owners', header: 'Owners', value: (r) => r.owners },
  { id: 'complete-by', header: 'Complete by', value: (r) => r.completeBy },
  { id: 'status', header: 'Status', value: (r) => r.status },
  { id: 'update', header: 'Update (recommendations)', value: (r) => r.update, sortable: false },
  {
    id: 'source',
    header: 'Source',
    value: (r, lookups) => sourceText(lookups, r.source),
    cell: (r, lookups) => (
      <span className="actions-source">
        {sourceText(lookups, r.source)}
        {r.updateSource ? <span className="actions-source__update">Update: {sourceText(lookups, r.updateSource)}</span> : null}
      </span>
    ),
  },
];
