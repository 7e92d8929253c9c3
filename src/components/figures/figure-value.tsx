import type { Figure } from '../../data/schema';
import { formatFigure } from '../../lib/figure-format';
import { useFigureLookups } from './figure-context';
import { FigureSource } from './figure-source';

interface Props {
  figure: Figure;
  /** Words that say which figure this is, for the source control's accessible name. */
  context: string;
}

/**
 * A published figure with its provenance one click away. A figure that
 * disagrees with another published figure carries a visible word, not just a
 * colour, so the warning survives greyscale printing and screen readers.
 */
export function FigureValue({ figure, context }: Props) {
  const lookups = useFigureLookups();
  const notes = figure.noteIds.map((id) => lookups.notes.get(id)).filter((n) => n !== undefined);
  const inconsistent = notes.some((n) => n.kind === 'inconsistency');
  return (
    <span className="figure">
      <span className="figure__value">{formatFigure(figure)}</span>
      {inconsistent ? (
        <span className="figure__flag" title="Published figures disagree: see the notes in the source">
          <span aria-hidden="true">⚠ </span>inconsistent
        </span>
      ) : null}
      <FigureSource figure={figure} notes={notes} context={context} />
    </span>
  );
}
