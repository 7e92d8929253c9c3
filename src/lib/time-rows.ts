/**
 * Rows for a chart on a time axis: each point at its time, and an empty row
 * in every gap (a step more than `gapFactor` times the shortest), so a line
 * drawn without joining nulls breaks where a period was not published.
 */
export interface TimedPoint {
  /** Time, e.g. a period's end as days since 1970. */
  t: number;
  values: Record<string, number | null>;
}

export function timeRows<P extends TimedPoint>(points: readonly P[], keys: readonly string[], gapFactor = 1.5): (P | TimedPoint)[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const steps = sorted.slice(1).map((p, i) => p.t - (sorted[i]?.t ?? p.t));
  const positive = steps.filter((s) => s > 0);
  const shortest = positive.length > 0 ? Math.min(...positive) : 0;
  const out: (P | TimedPoint)[] = [];
  sorted.forEach((p, i) => {
    const step = steps[i - 1];
    const before = sorted[i - 1];
    if (before && step !== undefined && shortest > 0 && step > gapFactor * shortest) {
      out.push({ t: (before.t + p.t) / 2, values: Object.fromEntries(keys.map((k) => [k, null])) });
    }
    out.push(p);
  });
  return out;
}
