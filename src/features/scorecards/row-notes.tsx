import type { Note } from '../../data/schema';
import { NOTE_KIND_LABELS } from '../../components/figures/note-kinds';

interface Props {
  notes: readonly Note[];
  /** Which row, for the disclosure's accessible name. */
  context: string;
}

/** Notes about a row's own line, behind a native disclosure so the table stays readable at 320 px. */
export function RowNotes({ notes, context }: Props) {
  if (notes.length === 0) return null;
  return (
    <details className="figure-source">
      <summary>
        {notes.length === 1 ? '1 note' : `${notes.length} notes`}
        <span className="visually-hidden"> on {context}</span>
      </summary>
      <ul className="figure-source__panel scorecard-notes">
        {notes.map((n) => (
          <li key={n.id}>
            <strong>{NOTE_KIND_LABELS[n.kind]}:</strong> {n.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
