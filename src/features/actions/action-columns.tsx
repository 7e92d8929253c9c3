import type { ContextColumn } from '../../components/data-table/columns';
import type { FigureLookups } from '../../components/figures/figure-context';
import { NOT_RECORDED, type Source } from '../../data/schema';
import { ClampedText } from './clamped-text';
import { TYPE_LABELS, type ActionRow } from './selectors';

function sourceText(lookups: FigureLookups, s: Source): string {
  return `${lookups.documents.get(s.document) ?? s.document}, ${s.ref}, line ${s.line}`;
}

function itemText(r: ActionRow): string {
  return r.minuteRef === NOT_RECORDED ? r.item : `Minute ${r.minuteRef}: ${r.item}`;
}

/**
 * The actions table; the `sort` parameter is derived from these columns. The
 * meeting heads each group of rows, so it is no column. Every cell is plain
 * text: the documents' words are untrusted and never parsed as markup.
 */
export const ACTION_COLUMNS: readonly ContextColumn<ActionRow, FigureLookups>[] = [
  { id: 'text', header: 'Action or recommendation', value: (r) => r.text, cell: (r) => <ClampedText text={r.text} />, rowHeader: true },
  // Status before the long columns, so it is never pushed off screen or clipped.
  { id: 'status', header: 'Status', value: (r) => r.status },
  { id: 'owners', header: 'Owners', value: (r) => r.owners },
  { id: 'type', header: 'Type', value: (r) => r.types.map((t) => TYPE_LABELS[t]).join('; ') },
  { id: 'item', header: 'Item', value: (r) => itemText(r) },
  { id: 'complete-by', header: 'Complete by', value: (r) => r.completeBy },
  {
    id: 'update',
    header: 'Update (recommendations)',
    value: (r) => r.update,
    cell: (r) => (r.update === null ? '' : <ClampedText text={r.update} />),
    sortable: false,
  },
  {
    id: 'source',
    header: 'Source',
    value: (r, lookups) => [r.source, ...r.alsoRecorded.map((a) => a.source)].map((s) => sourceText(lookups, s)).join('; '),
    cell: (r, lookups) => (
      <span className="actions-source">
        {sourceText(lookups, r.source)}
        {r.alsoRecorded.map((a) => (
          <span key={`${a.source.document}:${a.source.line}`} className="actions-source__update">
            Also in the {TYPE_LABELS[a.type].toLowerCase()}: {sourceText(lookups, a.source)}
            {a.owners !== r.owners ? ` (owner printed as ${a.owners})` : ''}
          </span>
        ))}
        {r.updateSource ? <span className="actions-source__update">Update: {sourceText(lookups, r.updateSource)}</span> : null}
      </span>
    ),
  },
];
