import { useMemo } from 'react';
import type { Source } from '../../data/schema';
import type { SortState } from '../../lib/url-state';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { meetingLabel, TYPE_LABELS, type ActionRow } from './selectors';

interface Props {
  rows: readonly ActionRow[];
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
}

function sourceText(lookups: FigureLookups, s: Source): string {
  return `${lookups.documents.get(s.document) ?? s.document}, ${s.ref}, line ${s.line}`;
}

// Every cell is plain text: the documents' words are untrusted and never parsed as markup.
function columnsFor(lookups: FigureLookups): TableColumn<ActionRow>[] {
  return [
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
      value: (r) => sourceText(lookups, r.source),
      cell: (r) => (
        <span className="actions-source">
          {sourceText(lookups, r.source)}
          {r.updateSource ? <span className="actions-source__update">Update: {sourceText(lookups, r.updateSource)}</span> : null}
        </span>
      ),
    },
  ];
}

export function ActionsTable({ rows, sort, onSortChange }: Props) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => columnsFor(lookups), [lookups]);
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
