import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import { withContext, type TableColumn } from '../../components/data-table/columns';
import { useFigureLookups } from '../../components/figures/figure-context';
import { SourceRef } from '../../components/endnotes/source-ref';
import { ACTION_COLUMNS } from './action-columns';
import { actionRows, groupByMeeting, type ActionRow } from './selectors';

/** Columns for paper: the documents' words in full, the source as an endnote number after the text. */
function documentColumns(columns: readonly TableColumn<ActionRow>[], withUpdate: boolean): TableColumn<ActionRow>[] {
  return columns
    .filter((c) => c.id !== 'source' && c.id !== 'type' && (withUpdate || c.id !== 'update'))
    .map((c) =>
      c.id === 'text'
        ? {
            ...c,
            cell: (r: ActionRow) => (
              <>
                {r.text}
                <SourceRef sources={[r.source, ...r.alsoRecorded.map((a) => a.source), ...(r.updateSource ? [r.updateSource] : [])]} />
              </>
            ),
          }
        : c.id === 'update'
          ? { ...c, cell: (r: ActionRow) => r.update ?? '' }
          : c,
    );
}

interface Props {
  actions: DatasetFile<'actions'>;
  /** Agreed actions and logs, or the Partnership Strategic Assessment recommendations. */
  part: 'actions' | 'recommendations';
  headingLevel: 3 | 4;
}

/**
 * The actions or recommendations as a document prints them: every meeting's
 * table open, newest first, in the documents' own words; no filters or sort.
 */
export function ActionsDocument({ actions, part, headingLevel }: Props) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => withContext(ACTION_COLUMNS, lookups), [lookups]);
  const rows = useMemo(
    () =>
      actionRows(actions.actions, actions.recommendations).filter(
        (r) => (r.type === 'psa-recommendation') === (part === 'recommendations'),
      ),
    [actions, part],
  );
  const groups = useMemo(() => groupByMeeting(rows, lookups.documents), [rows, lookups]);
  const Heading = `h${headingLevel}` as const;
  if (groups.length === 0) return <p>The documents in this snapshot record no {part === 'actions' ? 'actions' : 'recommendations'}.</p>;
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`pack-${part}-${g.key}`} className="actions-document__group">
          <Heading id={`pack-${part}-${g.key}`}>
            {g.name} <span className="file-meta">({g.rows.length === 1 ? '1 row' : `${g.rows.length} rows`})</span>
          </Heading>
          <DataTable
            caption={`${g.name}: ${part === 'actions' ? 'actions' : 'recommendations'}, as recorded in the published documents`}
            columns={documentColumns(
              columns,
              g.rows.some((r) => r.update !== null),
            )}
            rows={g.rows}
            rowKey={(r) => r.id}
            partId={`pack-${part}-${g.key}`}
            sort={null}
          />
        </section>
      ))}
    </>
  );
}
