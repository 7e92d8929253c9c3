import type { Figure, Note } from '../../data/schema';
import { periodLabel, sourcePlace, useFigureLookups } from './figure-context';
import { NOTE_KIND_LABELS } from './note-kinds';

interface Props {
  figure: Figure;
  notes: Note[];
  context: string;
}

/** A native disclosure: keyboard and screen-reader support without scripts, and it prints open or closed as the reader left it. */
export function FigureSource({ figure, notes, context }: Props) {
  const lookups = useFigureLookups();
  return (
    <details className="figure-source">
      <summary>
        Source<span className="visually-hidden"> of {context}</span>
      </summary>
      <div className="figure-source__panel">
        <p className="figure-source__period">
          {periodLabel(lookups, figure.period)}
          {figure.comparison ? <> compared with {periodLabel(lookups, figure.comparison)}</> : null}
        </p>
        <ul>
          {figure.printings.map((p) => (
            <li key={`${p.source.document}:${p.source.line}:${p.printed}`}>
              {p.source.kind === 'extract' ? 'Given as' : 'Printed as'} <q>{p.printed}</q> in {sourcePlace(lookups, p.source)}{' '}
              <span className="file-meta">({p.source.document})</span>
            </li>
          ))}
        </ul>
        {figure.remark ? <p>{figure.remark}</p> : null}
        {notes.length > 0 ? (
          <ul className="figure-source__notes">
            {notes.map((n) => (
              <li key={n.id}>
                <strong>{NOTE_KIND_LABELS[n.kind]}:</strong> {n.text}
              </li>
            ))}
          </ul>
        ) : null}
        {!figure.preferred ? (
          <p>Another publication printed a different value for this figure; the dashboard's charts use the latest.</p>
        ) : null}
      </div>
    </details>
  );
}
