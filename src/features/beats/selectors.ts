/**
 * Pure selectors for the beat views: from published figures to the series,
 * rows and summaries the components draw. No React, no formatting beyond
 * labels, so each is unit-tested on its own.
 */
import type { Figure, NotPublished } from '../../data/schema';
import { epochDay } from '../../lib/sparkline';
import { isArea, subareaCodes, subareaName, type AreaRef, type Subareas } from '../../data/partnership-areas';
import { styledSeries, type ChartSeries } from '../../components/charts/palette';
import type { SortState } from '../../lib/url-state';
import { groupPeriodSeries, shortPeriodLabel, type PeriodSeries } from '../../lib/period-series';
import type { Period } from '../../lib/periods';
import { beatCountsByMeasure } from './beat-counts';

/** Crime types with published counts for the partnership's beats, the monitored ones first, in the profile's order. */
export function beatMeasures(figures: readonly Figure[], subareas: Subareas, crimeTypes: readonly string[]): string[] {
  const found = new Set(beatCountsByMeasure(figures, subareas).keys());
  const monitored = crimeTypes.filter((m) => found.has(m));
  const others = [...found].filter((m) => !crimeTypes.includes(m)).sort();
  return [...monitored, ...others];
}

export function beatPeriodSeries(
  figures: readonly Figure[],
  periods: ReadonlyMap<string, Period>,
  measure: string,
  subareas: Subareas,
): PeriodSeries[] {
  // Each period once: a period has a count per area, and grouping 150 copies of each was most of the work.
  const ids = new Set((beatCountsByMeasure(figures, subareas).get(measure) ?? []).map((f) => f.period));
  const used = [...ids].map((id) => periods.get(id));
  return groupPeriodSeries(used.filter((p): p is Period => p !== undefined));
}

export interface TrendPoint {
  period: Period;
  x: string;
  /** The period's end in days since 1970: the chart places points in proportion to time. */
  t: number;
  values: Record<string, number | null>;
  /** The beats not chosen, drawn in grey behind the chosen ones for context. */
  others: Record<string, number | null>;
}

export interface BeatTrend {
  series: PeriodSeries | null;
  beats: string[];
  points: TrendPoint[];
  /** The published figure behind each value, keyed `${beat}|${periodId}`. */
  cells: Map<string, Figure>;
}

export interface TrendQuery {
  measure: string;
  seriesKey: string;
  beats: readonly string[];
  from: string;
  to: string;
}

/** One like-for-like series of counts per beat: never mixes a year to date with a full year. */
export function beatTrend(figures: readonly Figure[], periods: ReadonlyMap<string, Period>, q: TrendQuery, subareas: Subareas): BeatTrend {
  const all = beatPeriodSeries(figures, periods, q.measure, subareas);
  const series = all.find((s) => s.key === q.seriesKey) ?? all[0] ?? null;
  const codes = subareaCodes(subareas);
  const beats = q.beats.length > 0 ? codes.filter((b) => q.beats.includes(b)) : codes;
  const inRange = periodsInRange(series?.periods ?? [], periods, q.from, q.to);
  const inRangeIds = new Set(inRange.map((p) => p.id));
  const cells = new Map<string, Figure>();
  for (const f of beatCountsByMeasure(figures, subareas).get(q.measure) ?? []) {
    if (inRangeIds.has(f.period)) cells.set(`${f.areaCode}|${f.period}`, f);
  }
  const chosen = new Set(beats);
  const others = codes.filter((b) => !chosen.has(b));
  const points = inRange.map((period) => ({
    period,
    x: shortPeriodLabel(period),
    t: epochDay(period.end),
    values: Object.fromEntries(beats.map((b) => [b, cells.get(`${b}|${period.id}`)?.value ?? null])),
    others: Object.fromEntries(others.map((b) => [b, cells.get(`${b}|${period.id}`)?.value ?? null])),
  }));
  return { series, beats, points, cells };
}

/** The periods of a series from `from` to `to` (period ids; empty means the series' own first or last). */
export function periodsInRange(series: readonly Period[], periods: ReadonlyMap<string, Period>, from: string, to: string): Period[] {
  const fromStart = periods.get(from)?.start ?? '';
  const toStart = periods.get(to)?.start ?? '9999';
  return series.filter((p) => p.start >= fromStart && p.start <= toStart);
}

/** One line per beat shown, each styled by its place among all the beats, so unticking one leaves the rest as they were. */
export function trendSeries(trend: BeatTrend, subareas: Subareas): ChartSeries[] {
  return styledSeries(
    subareaCodes(subareas),
    trend.beats.map((b) => ({ key: b, label: subareaName(subareas, b) })),
  );
}

/**
 * The beats not chosen that the trend carries as context (its points'
 * `others`), as grey context lines: keyed and named like the rest, but never
 * in the key. A trend without them (many areas, see many-areas.ts) has none:
 * a line per area with no values would be drawn empty, at a cost, for nothing.
 */
export function contextSeries(trend: BeatTrend, subareas: Subareas): ChartSeries[] {
  const codes = subareaCodes(subareas);
  const carried = new Set(trend.points.flatMap((p) => Object.keys(p.others)));
  return styledSeries(
    codes,
    codes.filter((b) => carried.has(b) && !trend.beats.includes(b)).map((b) => ({ key: b, label: subareaName(subareas, b) })),
  ).map((s) => ({ ...s, context: true }));
}

export interface BeatValue {
  beat: string;
  value: number;
}

/** One period's values, most first (ties in the profile's order), and the chosen beats with none published. */
export function rankedBeats(trend: BeatTrend): { ranked: BeatValue[]; missing: string[] } {
  const point = trend.points[trend.points.length - 1];
  const ranked: BeatValue[] = [];
  const missing: string[] = [];
  for (const beat of trend.beats) {
    const value = point?.values[beat];
    if (typeof value === 'number') ranked.push({ beat, value });
    else missing.push(beat);
  }
  ranked.sort((a, b) => b.value - a.value || trend.beats.indexOf(a.beat) - trend.beats.indexOf(b.beat));
  return { ranked, missing };
}

export interface BeatPair {
  beat: string;
  before: number | null;
  after: number | null;
}

/** Two periods' values per chosen beat, the latest most first; beats missing the latest last. */
export function pairedBeats(trend: BeatTrend): BeatPair[] {
  const [first, last] = [trend.points[0], trend.points[trend.points.length - 1]];
  const pairs = trend.beats.map((beat) => ({ beat, before: first?.values[beat] ?? null, after: last?.values[beat] ?? null }));
  const score = (p: BeatPair) => p.after ?? -Infinity;
  return pairs.sort((a, b) => score(b) - score(a) || trend.beats.indexOf(a.beat) - trend.beats.indexOf(b.beat));
}

export interface Unavailable {
  measure: string;
  /** The document's chart of it by beat, printed only as an image; null where the snapshot has none. */
  image: NotPublished | null;
}

/**
 * The monitored crime types with no counts by beat, each with the chart the
 * documents printed only as an image (from the not-published list), if any:
 * the reason comes from the data, never from the code.
 */
export function unavailableMeasures(
  crimeTypes: readonly string[],
  shown: readonly string[],
  notPublished: readonly NotPublished[],
): Unavailable[] {
  return crimeTypes
    .filter((m) => !shown.includes(m))
    .map((measure) => ({ measure, image: notPublished.find((n) => n.measure === measure) ?? null }));
}

/**
 * The trend table's sort after a filter changes which periods it has: kept
 * while its column is still there (the beat column always is), dropped
 * otherwise, so a reader's own choice never leads to a "could not be used"
 * notice about a column that went away.
 */
export function sortKept(sort: SortState | null, periodIds: readonly string[]): SortState | null {
  return sort && (sort.column === 'beat' || periodIds.includes(sort.column)) ? sort : null;
}

/** One plain sentence: which beat had most, and how the selection changed first to last. */
export function trendSummary(trend: BeatTrend, measureLabel: string, subareas: Subareas): string {
  const { singular, plural } = subareas;
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  if (!first || !last) return `No ${measureLabel.toLowerCase()} counts by ${singular} were published for this selection.`;
  const ranked = trend.beats
    .map((b) => ({ b, v: last.values[b] }))
    .filter((x): x is { b: string; v: number } => typeof x.v === 'number')
    .sort((a, b) => b.v - a.v);
  const top = ranked[0];
  if (!top) return `No ${measureLabel.toLowerCase()} counts by ${singular} were published for ${last.x}.`;
  if (first === last) {
    const missing = trend.beats.filter((b) => typeof last.values[b] !== 'number').length;
    const gaps = missing > 0 ? ` ${missing} of the ${trend.beats.length} ${plural} shown have no count published for it.` : '';
    return `Published ${measureLabel.toLowerCase()} counts by ${singular} for one period only, ${last.x}: ${subareaName(subareas, top.b)} had the most (${top.v.toLocaleString('en-GB')}).${gaps}`;
  }
  const span = `${first.x} to ${last.x}`;
  const rising = trend.beats.filter((b) => {
    const a = first.values[b];
    const z = last.values[b];
    return typeof a === 'number' && typeof z === 'number' && z > a;
  }).length;
  const compared = ` ${rising} of ${trend.beats.length} ${plural} shown had more in ${last.x} than in ${first.x}.`;
  return `Published ${measureLabel.toLowerCase()} counts by ${singular}, ${span}: ${subareaName(subareas, top.b)} had the most in ${last.x} (${top.v.toLocaleString('en-GB')}).${compared}`;
}

/** Every preferred and non-preferred figure published for one of the partnership's beats. */
export function figuresForBeat(figures: readonly Figure[], subareas: Subareas, beat: string): Figure[] {
  return figures.filter((f) => isArea(f, { type: subareas.type, code: beat }));
}

export interface ShareOfBorough {
  period: string;
  /** Published share, if the documents state one. */
  published: Figure | null;
  /** Calculated by the dashboard from a published beat count and borough total. */
  calculated: { value: number; beatCount: Figure; boroughCount: Figure } | null;
}

/**
 * The beat's share of the partnership's all-crime count (`allCrime`, the
 * profile's measure for it; none without one). Published shares
 * are shown as printed; otherwise a share is calculated from two published
 * counts of the same period and labelled as calculated. Only the
 * partnership's own total counts: never a peer's or the county's.
 */
export function shareOfBorough(
  beatFigures: readonly Figure[],
  boroughFigures: readonly Figure[],
  area: AreaRef,
  allCrime: string | null,
): ShareOfBorough[] {
  const out = new Map<string, ShareOfBorough>();
  for (const f of beatFigures) {
    if (f.preferred && f.measure === allCrime && f.statistic === 'share') {
      out.set(f.period, { period: f.period, published: f, calculated: null });
    }
  }
  for (const f of beatFigures) {
    if (!(f.preferred && f.measure === allCrime && f.statistic === 'count')) continue;
    const total = boroughFigures.find(
      (t) => t.preferred && isArea(t, area) && t.measure === allCrime && t.statistic === 'count' && t.period === f.period,
    );
    if (!total || total.value === 0) continue;
    const entry = out.get(f.period) ?? { period: f.period, published: null, calculated: null };
    entry.calculated = { value: (f.value / total.value) * 100, beatCount: f, boroughCount: total };
    out.set(f.period, entry);
  }
  return [...out.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * The series parameter after the crime type changes: the same like-for-like
 * periods where the new crime type is published for them (so the reader
 * keeps the period they were looking at), else the new type's longest
 * (written as no parameter).
 */
export function seriesKeptFor(next: readonly PeriodSeries[], current: string | null): string {
  const longest = next[0]?.key;
  return current !== null && current !== longest && next.some((s) => s.key === current) ? current : '';
}
