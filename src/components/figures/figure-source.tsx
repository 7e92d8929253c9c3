import type { Figure, Note } from '../../data/schema';
import { documentAddress, periodLabel, sourcePlace, useFigureLookups } from './figure-context';
import { NOTE_KIND_LABELS } from './note-kinds';

interface Props {
  figure: Figure;
  /** Deduplicated, contradictions first (see figureNotes). */
  notes: Note[];
  flags: string[];
}

/** What the figure's popover says: its period, every place it was printed, and its notes. */
export function FigureSource({ figure, notes, flags }: Props) {
  const lookups = useFigureLookups();
  return (
    <>
      <p className="figure-source__period">
        {periodLabel(lookups, figure.period)}
        {figure.comparison ? <> compared with {periodLabel(lookups, figure.comparison)}</> : null}
      </p>
      {flags.length > 0 ? (
        <p className="figure-source__flag">
          <span aria-hidden="true">⚠ </span>Inconsistent: {flags.join('; ')}.
        </p>
      ) : null}
      <ul>
        {figure.printings.map((p) => (
          <li key={`${p.source.document}:${p.source.line}:${p.printed}`}>
            {p.source.kind === 'extract' ? 'Given as' : 'Printed as'} <q>{p.printed}</q> in {sourcePlace(lookups, p.source)}{' '}
            <span className="file-meta">({p.source.document})</span>
            <DocumentLink address={documentAddress(lookups, p.source)} />
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
    </>
  );
}

/** The figure's source in a few words, written after it when sources are shown or the page is printed. */
export function InlineSource({ figure }: { figure: Figure }) {
  const lookups = useFigureLookups();
  const first = figure.printings[0];
  if (!first) return null;
  const more = figure.printings.length - 1;
  return (
    <span className="figure__inline-source">
      {sourcePlace(lookups, first.source)}
      {more > 0 ? ` (and ${more.toString()} more)` : ''}
    </span>
  );
}

/**
 * A link to the document itself, where its publication records a public
 * address. It opens in a new tab: the reader keeps their place, and an
 * embedded view never navigates its frame away to another site.
 */
function DocumentLink({ address }: { address: string | null }) {
  if (address === null) return null;
  return (
    <>
      {' '}
      <a href={address} target="_blank" rel="noopener noreferrer">
        read the document <span className="visually-hidden">(opens in a new tab)</span>
      </a>
    </>
  );
}
