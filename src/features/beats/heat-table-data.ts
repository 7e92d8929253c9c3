/**
 * The beats × crime types table: for the newest period with published counts
 * by beat, each beat's count of each crime type and its published change, so
 * a reader scans every beat at once and goes into one. Pure; published
 * figures only (a change is shown only where a document prints it).
 */
import type { Figure } from '../../data/schema';
import { isSubarea, subareaCodes, type Subareas } from '../../data/partnership-areas';
import type { Period } from '../../lib/periods';

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
  const counts = figures.filter((f) => f.preferred && isSubarea(f, subareas) && f.statistic === 'count' && measures.includes(f.measure));
  // The newest period by when it ends, then starts: the latest published picture of every beat.
  const newest = [...new Set(counts.map((f) => f.period))]
    .map((id) => periods.get(id))
    .filter((p): p is Period => p !== undefined)
    .sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start))[0];
  if (!newest) return null;
  const cells = new Map<string, HeatCell>();
  for (const f of figures) {
    if (!f.preferred || !isSubarea(f, subareas) || f.period !== newest.id) continue;
    const key = `${f.areaCode}|${f.measure}`;
    const cell = cells.get(key) ?? { count: null, change: null };
    if (f.statistic === 'count') cell.count = f;
    else if (f.statistic === 'percent-change') cell.change = f;
    else continue;
    cells.set(key, cell);
  }
  const shown = measures.filter((m) => counts.some((f) => f.period === newest.id && f.measure === m));
  return { period: newest, measures: shown, beats: subareaCodes(subareas), cells };
}
