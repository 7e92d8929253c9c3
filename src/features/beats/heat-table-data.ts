/**
 * The beats × crime types table: for the newest period with published counts
 * by beat, each beat's count of each crime type and its published change, so
 * a reader scans every beat at once and goes into one. Pure; published
 * figures only (a change is shown only where a document prints it).
 */
import type { Figure } from '../../data/schema';
import { subareaCodes, type Subareas } from '../../data/partnership-areas';
import type { Period } from '../../lib/periods';
import { isOwnSubarea } from './beat-counts';

export interface HeatCell {
  count: Figure | null;
  change: Figure | null;
}

export interface HeatTable {
  period: Period;
  /** Crime types with a count in the period, in `measures` order. */
  measures: string[];
  beats: string[];
  /** Keyed `${beat}|${measure}`. */
  cells: Map<string, HeatCell>;
}

export function heatTable(
  figures: readonly Figure[],
  periods: ReadonlyMap<string, Period>,
  measures: readonly string[],
  subareas: Subareas,
): HeatTable | null {
  const wanted = new Set(measures);
  const counts = figures.filter((f) => f.preferred && f.statistic === 'count' && wanted.has(f.measure) && isOwnSubarea(f, subareas));
  // The newest period by when it ends, then starts: the latest published picture of every beat.
  const newest = [...new Set(counts.map((f) => f.period))]
    .map((id) => periods.get(id))
    .filter((p): p is Period => p !== undefined)
    .sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start))[0];
  if (!newest) return null;
  const cells = new Map<string, HeatCell>();
  for (const f of figures) {
    if (!f.preferred || f.period !== newest.id || !isOwnSubarea(f, subareas)) continue;
    const key = `${f.areaCode}|${f.measure}`;
    const cell = cells.get(key) ?? { count: null, change: null };
    if (f.statistic === 'count') cell.count = f;
    else if (f.statistic === 'percent-change') cell.change = f;
    else continue;
    cells.set(key, cell);
  }
  const inNewest = new Set(counts.filter((f) => f.period === newest.id).map((f) => f.measure));
  const shown = measures.filter((m) => inNewest.has(m));
  return { period: newest, measures: shown, beats: subareaCodes(subareas), cells };
}
