import type { RowView } from './selectors';
import { FigureList } from './figure-list';
import { RowNotes } from './row-notes';

interface Props {
  view: RowView;
  context: string;
  area: { type: string; code: string } | null;
}

/** Related figures and notes behind native disclosures, so wide tables stay scannable and nothing is hidden from keyboards. */
export function RowExtras({ view, context, area }: Props) {
  const n = view.related.length;
  return (
    <>
      {n > 0 ? (
        <details className="figure-source">
          <summary>
            {n === 1 ? '1 related figure' : `${n} related figures`}
            <span className="visually-hidden"> for {context}</span>
          </summary>
          <div className="figure-source__panel">
            <p>Printed elsewhere in the same document for the same measure:</p>
            <FigureList figures={view.related} measure={view.row.measure} area={area} context={context} />
          </div>
        </details>
      ) : null}
      <RowNotes notes={view.notes} context={context} />
    </>
  );
}
