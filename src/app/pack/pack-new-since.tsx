import { useMemo } from 'react';
import type { Source } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import { withContext, type TableColumn } from '../../components/data-table/columns';
import { SourceRef } from '../../components/endnotes/source-ref';
import { usePartnership } from '../../components/partnership/partnership-context';
import { CHANGE_COLUMNS } from '../../features/changes/change-columns';
import { CHANGE_KINDS, compareSnapshots, type Change } from '../../features/changes/compare';
import type { ComparedSnapshot } from '../../features/changes/changes-view';
import { datasetLabels, KIND_LABELS } from '../../features/changes/labels';
import { changeRows, type ChangeRow } from '../../features/changes/selectors';
import { formatNumber } from '../../lib/format';
import { listedChanges } from './pack-selectors';

/** Every place the documents print what a change is about, on both sides. */
function sourcesOf(c: Change): Source[] {
  switch (c.kind) {
    case 'new-note':
      return c.note.source ? [c.note.source] : [];
    case 'new-action':
      return [c.action.source];
    case 'new-recommendation':
      return [c.recommendation.source];
    default:
      return [...(c.later?.printings ?? []), ...(c.earlier?.printings ?? [])].map((p) => p.source);
  }
}

const SHOWN = new Set(['kind', 'what', 'earlier', 'later', 'difference', 'explanation']);

interface Props {
  earlier: ComparedSnapshot;
  later: ComparedSnapshot;
}

/**
 * What is new since the snapshot before this one, from the "What changed"
 * comparison: a count of every kind, then the revisions, withdrawn figures
 * and new actions and recommendations row by row. New figures are counted
 * only: each stands in its section above with its source.
 */
export function NewSinceSection({ earlier, later }: Props) {
  const partnership = usePartnership();
  const comparison = useMemo(() => compareSnapshots(earlier.content, later.content), [earlier, later]);
  const rows = useMemo(
    () => listedChanges(changeRows(comparison.changes, { from: earlier.lookups, to: later.lookups, datasets: datasetLabels(partnership) })),
    [comparison, earlier, later, partnership],
  );
  const columns: TableColumn<ChangeRow>[] = useMemo(() => {
    const ctx = { from: earlier.lookups, to: later.lookups, datasets: datasetLabels(partnership) };
    const shown = withContext(
      CHANGE_COLUMNS.filter((c) => SHOWN.has(c.id)),
      ctx,
    );
    return shown.map((c) =>
      c.id === 'what'
        ? {
            ...c,
            cell: (r: ChangeRow) => (
              <>
                {r.what}
                <SourceRef sources={sourcesOf(r.change)} />
              </>
            ),
          }
        : c,
    );
  }, [earlier, later, partnership]);
  const { counts } = comparison;
  // Figures side by side in a table; new actions and recommendations, which have no values, as lists.
  const figureRows = rows.filter((r) => r.kind === 'revised' || r.kind === 'no-longer-published');
  const itemRows = (['new-action', 'new-recommendation'] as const).map((kind) => ({ kind, list: rows.filter((r) => r.kind === kind) }));
  return (
    <>
      <p>
        Compared with the pack before, {earlier.entry.title} ({earlier.entry.id}):
      </p>
      <ul className="pack-counts">
        {CHANGE_KINDS.map((k) => (
          <li key={k}>
            {KIND_LABELS[k]}: <strong>{formatNumber(counts[k])}</strong>
          </li>
        ))}
      </ul>
      <p>
        {counts.revised === 0
          ? 'No figure of the pack before is printed with a different value in this one: no figure was revised.'
          : 'A revised figure is one a later publication printed with a different value for the same area, measure, statistic and period: the data were restated, not contradicted.'}{' '}
        New figures stand in the sections above, each with its source; the dashboard&rsquo;s &ldquo;What changed&rdquo; view lists every
        one.
      </p>
      {figureRows.length > 0 ? (
        <DataTable
          caption={`Revised figures and figures no longer published since ${earlier.entry.id}`}
          columns={columns}
          rows={figureRows}
          rowKey={(r) => r.key}
          partId="pack-new-since"
          sort={null}
        />
      ) : null}
      {itemRows.map(({ kind, list }) =>
        list.length > 0 ? (
          <section key={kind} aria-labelledby={`pack-new-since-${kind}`}>
            <h3 id={`pack-new-since-${kind}`}>
              {kind === 'new-action' ? 'New actions' : 'New recommendations'} <span className="file-meta">({list.length})</span>
            </h3>
            <ul className="pack-notes">
              {list.map((r) => (
                <li key={r.key}>
                  {r.what}
                  <SourceRef sources={sourcesOf(r.change)} /> <span className="file-meta">{r.explanation}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
