import type { Figure, Note } from '../../data/schema';

export interface FigureNotes {
  /** One-line reasons the figure is flagged inconsistent, each once; empty for a figure that is not. */
  flags: string[];
  /** The figure's notes, each text once, contradictions first. */
  notes: Note[];
}

const ORDER: Readonly<Record<Note['kind'], number>> = { inconsistency: 0, revision: 1, interpretation: 2, remark: 3 };

/**
 * What a figure's notes say, read once: a figure printed in several places
 * collects the same words more than once, and a reader needs each only once.
 * Only a note with a flag (two published values that contradict each other)
 * flags the figure; a mislabelled header or a reading we chose is quiet.
 */
export function figureNotes(figure: Pick<Figure, 'noteIds'>, lookup: ReadonlyMap<string, Note>): FigureNotes {
  const seen = new Set<string>();
  const notes: Note[] = [];
  const flags: string[] = [];
  for (const id of figure.noteIds) {
    const n = lookup.get(id);
    if (!n) continue;
    if (n.flag !== null && !flags.includes(n.flag)) flags.push(n.flag);
    const text = n.text.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    notes.push(n);
  }
  notes.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  return { flags, notes };
}
