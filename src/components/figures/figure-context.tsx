import { createContext, useContext } from 'react';
import type { Note, SnapshotSource, Source } from '../../data/schema';
import { formatDate } from '../../lib/periods';
import type { Period } from '../../lib/periods';

/**
 * Lookups every figure on a page needs to explain itself: its notes, the
 * label of its period, measure and area, and the title of the document it
 * came from. Built once per snapshot by the app shell.
 */
export interface FigureLookups {
  notes: ReadonlyMap<string, Note>;
  periods: ReadonlyMap<string, Period>;
  measures: ReadonlyMap<string, string>;
  areas: ReadonlyMap<string, string>;
  /** Titles of the documents and extracts figures cite, by the name their sources give. */
  documents: ReadonlyMap<string, string>;
  /** What each cited document or extract is (an extract: who ran it, from which system, when). */
  sources: ReadonlyMap<string, SnapshotSource>;
  /** The snapshot on screen, so exports can say where their figures come from and the day they run to (null: not stated). */
  snapshot: { id: string; title: string; figuresTo: string | null };
}

export const EMPTY_LOOKUPS: FigureLookups = {
  notes: new Map(),
  periods: new Map(),
  measures: new Map(),
  areas: new Map(),
  documents: new Map(),
  sources: new Map(),
  snapshot: { id: '', title: '', figuresTo: null },
};

export const FigureContext = createContext<FigureLookups>(EMPTY_LOOKUPS);

export function useFigureLookups(): FigureLookups {
  return useContext(FigureContext);
}

export function periodLabel(lookups: FigureLookups, id: string): string {
  return lookups.periods.get(id)?.label ?? id;
}

export function measureLabel(lookups: FigureLookups, id: string): string {
  return lookups.measures.get(id) ?? id;
}

export function areaLabel(lookups: FigureLookups, type: string, code: string): string {
  return lookups.areas.get(`${type}|${code}`) ?? code;
}

/**
 * Where a value stands, in a reader's words: a document's title, table and
 * line, or an analyst's extract, who produced it from which system and when,
 * and its row and column.
 */
export function sourcePlace(lookups: FigureLookups, source: Source): string {
  if (source.kind === 'document') {
    return `${lookups.documents.get(source.document) ?? source.document}, ${source.ref}, line ${source.line}`;
  }
  const about = lookups.sources.get(source.document);
  const made = about?.kind === 'extract' ? `, produced by ${about.producedBy} from ${about.system} on ${formatDate(about.runDate)}` : '';
  return `analyst's extract \u201c${about?.title ?? source.document}\u201d${made}, row ${source.line}, column \u201c${source.ref}\u201d`;
}

/** The public address of a cited document, where its publication records one; null otherwise (and for extracts). */
export function documentAddress(lookups: FigureLookups, source: Source): string | null {
  if (source.kind !== 'document') return null;
  const about = lookups.sources.get(source.document);
  return about?.kind === 'document' ? (about.address ?? null) : null;
}
