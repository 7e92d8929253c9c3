import { createContext, useContext } from 'react';
import type { Note } from '../../data/schema';
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
  documents: ReadonlyMap<string, string>;
  /** The snapshot on screen, so exports can say where their figures come from and the day they run to (null: not stated). */
  snapshot: { id: string; title: string; figuresTo: string | null };
}

export const EMPTY_LOOKUPS: FigureLookups = {
  notes: new Map(),
  periods: new Map(),
  measures: new Map(),
  areas: new Map(),
  documents: new Map(),
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
