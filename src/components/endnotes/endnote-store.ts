import { lineList, type Citation } from './citation';

/** One numbered endnote: a place and every line of it that the page's figures cite. */
export interface Endnote {
  number: number;
  key: string;
  places: readonly EndnotePlace[];
}

/** One table of one document, with the lines of it cited. */
export interface EndnotePlace {
  document: string;
  ref: string;
  unit: 'line' | 'row';
  lines: readonly number[];
}

interface Entry {
  citation: Citation;
  element: Element | null;
  /** Registration order, for entries with no element to place them by. */
  order: number;
}

/** Document order where both are in a document; registration order otherwise. */
function compare(a: Entry, b: Entry): number {
  if (a.element && b.element && a.element !== b.element) {
    const position = a.element.compareDocumentPosition(b.element);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  }
  return a.order - b.order;
}

/**
 * Collects the citations of the figures on a page and numbers them as a
 * reader meets them: by the figures' order in the document, not the order
 * React happened to mount them (a chart that loads late still gets the number
 * its place on the page gives it). Identical citations share a number.
 */
export class EndnoteStore {
  private entries = new Map<number, Entry>();
  private next = 0;
  private numbers: ReadonlyMap<string, number> = new Map();
  private list: readonly Endnote[] = [];
  private listeners = new Set<() => void>();
  private scheduled = false;

  /** Adds a figure's citation; returns the function that removes it. */
  register(citation: Citation, element: Element | null): () => void {
    const id = (this.next += 1);
    this.entries.set(id, { citation, element, order: id });
    this.schedule();
    return () => {
      this.entries.delete(id);
      this.schedule();
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  numberOf = (key: string): number | null => this.numbers.get(key) ?? null;

  notes = (): readonly Endnote[] => this.list;

  /** Numbers now rather than after the current batch of registrations (tests, and before printing). */
  flush(): void {
    this.scheduled = false;
    const ordered = [...this.entries.values()].sort(compare);
    const numbers = new Map<string, number>();
    const notes = new Map<string, { number: number; places: Map<string, Omit<EndnotePlace, 'lines'> & { lines: Set<number> }> }>();
    for (const { citation } of ordered) {
      let note = notes.get(citation.key);
      if (!note) {
        note = { number: notes.size + 1, places: new Map() };
        notes.set(citation.key, note);
        numbers.set(citation.key, note.number);
      }
      for (const part of citation.parts) {
        const place = note.places.get(part.key) ?? { document: part.document, ref: part.ref, unit: part.unit, lines: new Set<number>() };
        place.lines.add(part.line);
        note.places.set(part.key, place);
      }
    }
    const list = [...notes].map(([key, n]) => ({
      number: n.number,
      key,
      places: [...n.places.values()].map((p) => ({ ...p, lines: [...p.lines].sort((a, b) => a - b) })),
    }));
    if (!sameNotes(list, this.list)) {
      this.numbers = numbers;
      this.list = list;
      for (const listener of this.listeners) listener();
    }
  }

  /** Many figures register in one commit: number them once, after it. */
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      if (this.scheduled) this.flush();
    });
  }
}

function sameNotes(a: readonly Endnote[], b: readonly Endnote[]): boolean {
  return a.length === b.length && a.every((n, i) => JSON.stringify(n) === JSON.stringify(b[i]));
}

/**
 * An endnote in words, each document named once with the tables cited in it:
 * "Report A: Table 1, lines 3–5; Table 2, line 9. Report B: Table 4, line 2."
 */
export function endnoteText(note: Pick<Endnote, 'places'>): string {
  const byDocument = new Map<string, string[]>();
  for (const p of note.places) {
    const cited = `${p.ref}, ${p.unit}${p.lines.length > 1 ? 's' : ''} ${lineList(p.lines)}`;
    byDocument.set(p.document, [...(byDocument.get(p.document) ?? []), cited]);
  }
  return [...byDocument].map(([document, cited]) => `${document}: ${cited.join('; ')}.`).join(' ');
}
