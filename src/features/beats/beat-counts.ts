/**
 * The preferred counts published for the partnership's own sub-areas,
 * grouped by crime type, worked out once per figure list. At force scale a
 * view asks about the same 20,000 figures and 150 areas many times a render
 * (every crime type's periods, the trend, the glance table): each scan of
 * every figure against every area code cost more than the drawing itself.
 * Cached by the (immutable) figure list and profile, so callers stay pure.
 */
import type { Figure } from '../../data/schema';
import type { Subareas } from '../../data/partnership-areas';

const codeSets = new WeakMap<Subareas, ReadonlySet<string>>();

/** The sub-areas' codes as a set: membership in O(1), not a walk through 150 areas. */
function codesOf(subareas: Subareas): ReadonlySet<string> {
  let codes = codeSets.get(subareas);
  if (!codes) {
    codes = new Set(subareas.areas.map((a) => a.code));
    codeSets.set(subareas, codes);
  }
  return codes;
}

/** As `isSubarea` (data/partnership-areas), with the codes looked up in a set. */
export function isOwnSubarea(f: { areaType: string; areaCode: string }, subareas: Subareas): boolean {
  return f.areaType === subareas.type && codesOf(subareas).has(f.areaCode);
}

const byFigures = new WeakMap<readonly Figure[], WeakMap<Subareas, ReadonlyMap<string, readonly Figure[]>>>();

/** Preferred counts for the sub-areas, by crime type, in the figures' own order. */
export function beatCountsByMeasure(figures: readonly Figure[], subareas: Subareas): ReadonlyMap<string, readonly Figure[]> {
  let bySubareas = byFigures.get(figures);
  if (!bySubareas) {
    bySubareas = new WeakMap();
    byFigures.set(figures, bySubareas);
  }
  let grouped = bySubareas.get(subareas);
  if (!grouped) {
    const out = new Map<string, Figure[]>();
    for (const f of figures) {
      if (!(f.preferred && f.statistic === 'count' && isOwnSubarea(f, subareas))) continue;
      const list = out.get(f.measure);
      if (list) list.push(f);
      else out.set(f.measure, [f]);
    }
    grouped = out;
    bySubareas.set(subareas, grouped);
  }
  return grouped;
}
