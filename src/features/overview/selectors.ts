/**
 * Selectors for the overview: the crime scorecard of the monitored crime
 * types for the snapshot's headline period, and headline figures. Every
 * figure is the partnership's own: a peer's or the county's never counts.
 */
import type { Figure } from '../../data/schema';
import { isArea, type AreaRef } from '../../data/partnership-areas';
import type { Period } from '../../lib/periods';
import { seriesKeyOf } from '../../lib/period-series';

/** What the scorecard needs from the partnership's profile. */
export interface ScorecardScope {
  /** The monitored crime types, in the order the rows are printed. */
  crimeTypes: readonly string[];
  area: AreaRef;
  /** The unit of positions in the family group, e.g. `rank-of-12`. */
  familyUnit: string;
}

export interface ScorecardRow {
  measure: string;
  current: Figure | null;
  previous: Figure | null;
  difference: Figure | null;
  change: Figure | null;
  rank: Figure | null;
  movement: Figure | null;
  /** The position at the family-group date before `rankDate`, to say how it moved. */
  previousRank: Figure | null;
  /** Like-for-like counts (same kind of period, same span) up to the headline period, oldest first. */
  trend: Figure[];
}

export interface CrimeScorecard {
  period: string;
  comparison: string | null;
  rankDate: string | null;
  /** The family-group date before `rankDate` with the most positions published. */
  previousRankDate: string | null;
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
  scope: ScorecardScope,
): CrimeScorecard | null {
  const isMonitored = (m: string) => scope.crimeTypes.includes(m);
  const own = (f: Figure) => f.preferred && isArea(f, scope.area) && isMonitored(f.measure);
  const counts = cspCrime.filter((f) => own(f) && f.statistic === 'count');
  const period = mostCovered(counts, periods, '9999-12-31');
  if (period === null) return null;
  const changes = cspCrime.filter((f) => own(f) && f.period === period && f.comparison !== null);
  const comparison = changes.find((f) => f.statistic === 'percent-change')?.comparison ?? changes[0]?.comparison ?? null;
  const end = periods.get(period)?.end ?? '9999-12-31';
  const ranks = familyGroup.filter((f) => own(f) && f.statistic === 'rank' && f.unit === scope.familyUnit);
  const rankDate = mostCovered(ranks, periods, end);
  const rankEnd = rankDate === null ? null : (periods.get(rankDate)?.end ?? null);
  const previousRankDate =
    rankEnd === null
      ? null
      : mostCovered(
          ranks.filter((f) => (periods.get(f.period)?.end ?? '') < rankEnd),
          periods,
          rankEnd,
        );
  const headline = periods.get(period);
  const series = headline ? seriesKeyOf(headline) : null;
  const trendOf = (measure: string) =>
    counts
      .filter((f) => {
        const p = periods.get(f.period);
        return f.measure === measure && p !== undefined && p.end <= end && seriesKeyOf(p) === series;
      })
      .sort((a, b) => (periods.get(a.period)?.end ?? '').localeCompare(periods.get(b.period)?.end ?? ''));
  const find = (measure: string, statistic: string, p: string | null, c: string | null = null) =>
    p === null
      ? null
      : ([...cspCrime, ...familyGroup].find(
          (f) => own(f) && f.measure === measure && f.statistic === statistic && f.period === p && (c === null || f.comparison === c),
        ) ?? null);
  return {
    period,
    comparison,
    rankDate,
    previousRankDate,
    rows: scope.crimeTypes.map((measure) => ({
      measure,
      current: find(measure, 'count', period),
      previous: find(measure, 'count', comparison),
      difference: find(measure, 'difference', period, comparison),
      change: find(measure, 'percent-change', period, comparison),
      rank: find(measure, 'rank', rankDate),
      movement: find(measure, 'movement', rankDate),
      previousRank: find(measure, 'rank', previousRankDate),
      trend: trendOf(measure),
    })),
  };
}

/** The partnership's latest published figure for each headline, in that order; headlines never published are left out. */
export function latestFigures(
  figures: readonly Figure[],
  periods: ReadonlyMap<string, Period>,
  headlines: readonly { measure: string; statistic: string }[],
  area: AreaRef,
): Figure[] {
  return headlines.flatMap(({ measure, statistic }) => {
    const candidates = figures
      .filter((f) => f.preferred && f.measure === measure && f.statistic === statistic && isArea(f, area))
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
