import type { ContextColumn } from '../../components/data-table/columns';
import { FigureContext, type FigureLookups } from '../../components/figures/figure-context';
import { FigureSource } from '../../components/figures/figure-source';
import { figureNotes } from '../../components/figures/figure-notes';
import type { Figure } from '../../data/schema';
import { KIND_LABELS } from './labels';
import type { ChangeContext, ChangeRow } from './selectors';

/**
 * A figure's provenance as the snapshot that holds it tells it: its periods, notes and documents.
 * A native disclosure rather than the figure popover: each row shows two snapshots' figures side by side,
 * and both sources may be wanted open at once.
 */
function SideSource({ figure, lookups, context }: { figure: Figure; lookups: FigureLookups; context: string }) {
  const { notes, flags } = figureNotes(figure, lookups.notes);
  return (
    <FigureContext.Provider value={lookups}>
      <details className="figure-source">
        <summary>
          Source<span className="visually-hidden"> of {context}</span>
        </summary>
        <div className="figure-source__panel">
          <FigureSource figure={figure} notes={notes} flags={flags} />
        </div>
      </details>
    </FigureContext.Provider>
  );
}

function earlierFigure(r: ChangeRow): Figure | null {
  return r.change.kind === 'revised' || r.change.kind === 'no-longer-published' ? r.change.earlier : null;
}

function laterFigure(r: ChangeRow): Figure | null {
  return r.change.kind === 'revised' || r.change.kind === 'new' ? r.change.later : null;
}

/**
 * The changes table; the `sort` parameter is derived from these columns.
 * Every cell is plain text or a native disclosure: the documents' words are
 * untrusted and never parsed as markup.
 */
export const CHANGE_COLUMNS: readonly ContextColumn<ChangeRow, ChangeContext>[] = [
  { id: 'kind', header: 'Change', value: (r) => KIND_LABELS[r.kind] },
  { id: 'dataset', header: 'Dataset', value: (r, ctx) => ctx.datasets[r.dataset] },
  { id: 'what', header: 'Figure, note, action or recommendation', value: (r) => r.what, rowHeader: true },
  { id: 'earlier', header: 'Earlier value', value: (r) => r.earlierValue, cell: (r) => r.earlierText, numeric: true },
  { id: 'later', header: 'Later value', value: (r) => r.laterValue, cell: (r) => r.laterText, numeric: true },
  { id: 'difference', header: 'Difference', value: (r) => r.differenceValue, cell: (r) => r.differenceText, numeric: true },
  { id: 'explanation', header: 'What changed', value: (r) => r.explanation, sortable: false },
  {
    id: 'earlier-source',
    header: 'Earlier source',
    value: (r) => r.earlierSource,
    sortable: false,
    cell: (r, ctx) => {
      const figure = earlierFigure(r);
      return figure ? <SideSource figure={figure} lookups={ctx.from} context={`the earlier value of ${r.what}`} /> : null;
    },
  },
  {
    id: 'later-source',
    header: 'Later source',
    value: (r) => r.laterSource,
    sortable: false,
    cell: (r, ctx) => {
      const figure = laterFigure(r);
      return figure ? <SideSource figure={figure} lookups={ctx.to} context={`the later value of ${r.what}`} /> : r.laterSource;
    },
  },
];
