/**
 * Selectors for the overview: the crime scorecard of the nine monitored
 * crime types for the snapshot's headline period, and headline figures.
 */
import type { Figure } from '../../data/schema';
import type { Period } from '../../lib/periods';
import { MONITORED_CRIME_TYPES as MONITORED, isMonitoredCrimeType as isMonitored } from '../../data/crime-types';

export interface ScorecardRow {
  measure: string;
  current: Figure | null;
  previous: Figure | null;
  difference: Figure | null;
  change: Figure | null;
  rank: Figure | null;
  movement: Figure | null;
}

export interface CrimeScorecard {
  period: string;
  comparison: string | null;
  rankDate: string | null;
  rows: ScorecardRow[];
}

function mostCovered(figures: readonly Figure[], periods: ReadonlyMap<string, Period>, notAfter: string): string | null {
  const coverage = new Map<string, Set<string>>();
  for (const f of figures) {
    const p = periods.get(f.period);
    if (!p || p.end > notAfter) continue;
    coverage.set(f.period, (coverage.get(f.period) ?? new Set()).add(f.measure));
  }
  const ranked = [...coverage.entries()].sort(
    ([a, am], [b, bm]) => bm.size - am.size || (periods.get(b)?.end ?? '').localeCompare(periods.get(a)?.end ?? ''),
  );
  return ranked[0]?.[0] ?? null;
}

/**
 * The period with the most monitored crime types counted (the latest among
 * equals), its comparison period as the documents printed it, and the
 * family-group date nearest before the period's end.
 */
export function crimeScorecard(
  cspCrime: readonly Figure[],
  familyGroup: readonly Figure[],
  periods: ReadonlyMap<string, Period>,
): CrimeScorecard | null {
  const counts = cspCrime.filter((f) => f.preferred && f.areaType === 'csp' && f.statistic === 'count' && isMonitored(f.measure));
  const period = mostCovered(counts, periods, '9999-12-31');
  if (period === null) return null;
  const changes = cspCrime.filter(
    (f) => f.preferred && f.areaType === 'csp' && f.period === period && f.comparison !== null && isMonitored(f.measure),
  );
  const comparison = changes.find((f) => f.statistic === 'percent-change')?.comparison ?? changes[0]?.comparison ?? null;
  const end = periods.get(period)?.end ?? '9999-12-31';
  const ranks = familyGroup.filter((f) => f.preferred && f.statistic === 'rank' && f.unit === 'rank-of-15' && isMonitored(f.measure));
  const rankDate = mostCovered(ranks, periods, end);
  const find = (measure: string, statistic: string, p: string | null, c: string | null = null) =>
    p === null
      ? null
      : ([...cspCrime, ...familyGroup].find(
          (f) => f.preferred && f.measure === measure && f.statistic === statistic && f.period === p && (c === null || f.comparison === c),
        ) ?? null);
  return {
    period,
    comparison,
    rankDate,
    rows: MONITORED.map((measure) => ({
      measure,
      current: find(measure, 'count', period),
      previous: find(measure, 'count', comparison),
      difference: find(measure, 'difference', period, comparison),
      change: find(measure, 'percent-change', period, comparison),
      rank: find(measure, 'rank', rankDate),
      movement: find(measure, 'movement', rankDate),
    })),
  };
}

/** The latest published figure for each of `measures`, in that order; measures never published are left out. */
export function latestFigures(
  figures: readonly Figure[],
  periods: ReadonlyMap<string, Period>,
  measures: readonly string[],
  statistic = 'count',
): Figure[] {
  return measures.flatMap((m) => {
    const candidates = figures
      .filter((f) => f.preferred && f.measure === m && f.statistic === statistic && f.areaType === 'csp')
      .sort((a, b) => (periods.get(b.period)?.end ?? '').localeCompare(periods.get(a.period)?.end ?? ''));
    return candidates[0] ? [candidates[0]] : [];
  });
}

export interface ActionCounts {
  total: number;
  byKind: { kind: string; count: number }[];
  recommendations: number;
}

export function actionCounts(actions: readonly { kind: string }[], recommendations: readonly unknown[]): ActionCounts {
  const byKind = new Map<string, number>();
  for (const a of actions) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  return {
    total: actions.length + recommendations.length,
    byKind: [...byKind.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
    recommendations: recommendations.length,
  };
}
