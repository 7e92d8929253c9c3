/**
 * Pure selectors for the family group view: from published positions to the
 * grid, series, movements and sentences the components draw. No React, so
 * each is unit-tested on its own.
 */
import type { Figure, Printing } from '../../data/schema';
import { epochDay } from '../../lib/sparkline';
import type { Partnership } from '../../data/partnership';
import { isArea, type AreaRef } from '../../data/partnership-areas';
import { styledSeries, type ChartSeries } from '../../components/charts/palette';
import { formatFigure } from '../../lib/figure-format';
import { shortPeriodLabel } from '../../lib/period-series';
import { ordinal } from '../../lib/ordinal';
import { parsePeriodId, type Period } from '../../lib/periods';

/**
 * What the family group selectors need from the profile: the partnership's
 * own area (a peer's or the county's position is never its own), the
 * crime types in their printed order, and the group's size and unit (only
 * positions out of the group's size belong on one chart).
 */
export interface FamilyScope {
  area: AreaRef;
  crimeTypes: readonly string[];
  size: number;
  unit: string;
  /** The measure counting all crime, whose position the summary follows over time; null for none. */
  allCrime: string | null;
}

export function familyScopeOf(p: Partnership): FamilyScope {
  return {
    area: p.partnership.area,
    crimeTypes: p.crimeTypes,
    size: p.familyGroup.size,
    unit: p.familyGroup.unit,
    allCrime: p.allCrimeMeasure,
  };
}

export function isFamilyRank(f: Figure, scope: FamilyScope): boolean {
  return f.preferred && isArea(f, scope.area) && f.statistic === 'rank' && f.unit === scope.unit;
}

export function isPrintedMovement(f: Figure, scope: FamilyScope): boolean {
  return f.preferred && isArea(f, scope.area) && f.statistic === 'movement';
}

function periodOf(periods: ReadonlyMap<string, Period>, id: string): Period | null {
  const known = periods.get(id);
  if (known) return known;
  const parsed = parsePeriodId(id);
  return parsed.ok ? parsed.period : null;
}

function byCrimeOrder(order: readonly string[], a: string, b: string): number {
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a.localeCompare(b);
}

export interface RankDate {
  period: Period;
  /** Short label for an axis or column, e.g. "31 Dec 2019". */
  x: string;
  /**
   * True for dates at which positions were published for most crime types
   * (a table of positions). A position quoted on its own for another date is
   * shown in the tables but not drawn, so the chart compares like with like.
   */
  charted: boolean;
}

export interface RankGrid {
  scope: FamilyScope;
  /** Crime types with a published position, in the documents' order. */
  measures: string[];
  /** Every date with a published position, earliest first. */
  dates: RankDate[];
  /** Positions in the family group, keyed `${measure}|${periodId}`. */
  cells: Map<string, Figure>;
  /** Printed direction-of-travel arrows, by crime type. */
  printed: Map<string, Figure[]>;
  /** The partnership's positions published on another basis (not out of the group's size): never drawn with the rest. */
  otherRanks: Figure[];
}

export const cellKey = (measure: string, periodId: string): string => `${measure}|${periodId}`;

export function rankGrid(figures: readonly Figure[], periods: ReadonlyMap<string, Period>, scope: FamilyScope): RankGrid {
  const cells = new Map<string, Figure>();
  const dateIds = new Map<string, Period>();
  const perDate = new Map<string, Set<string>>();
  const measureSet = new Set<string>();
  for (const f of figures) {
    if (!isFamilyRank(f, scope)) continue;
    const p = periodOf(periods, f.period);
    if (!p) continue;
    const key = cellKey(f.measure, f.period);
    if (cells.has(key)) continue;
    cells.set(key, f);
    dateIds.set(p.id, p);
    measureSet.add(f.measure);
    perDate.set(p.id, (perDate.get(p.id) ?? new Set()).add(f.measure));
  }
  const measures = [...measureSet].sort((a, b) => byCrimeOrder(scope.crimeTypes, a, b));
  const dates = [...dateIds.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
    // A position whose date is not printed has no place on a time axis: tables only.
    .map((period) => ({
      period,
      x: shortPeriodLabel(period),
      charted: period.endStated && (perDate.get(period.id)?.size ?? 0) * 2 > measures.length,
    }));
  const printed = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!isPrintedMovement(f, scope)) continue;
    printed.set(f.measure, [...(printed.get(f.measure) ?? []), f]);
  }
  for (const list of printed.values()) list.sort((a, b) => b.period.localeCompare(a.period));
  const otherRanks = figures.filter((f) => isArea(f, scope.area) && f.statistic === 'rank' && f.unit !== scope.unit);
  return { scope, measures, dates, cells, printed, otherRanks };
}

export function chartedDates(grid: RankGrid): RankDate[] {
  return grid.dates.filter((d) => d.charted);
}

export interface RankPoint {
  x: string;
  period: Period;
  /** The date in days since 1970, for a time-proportional axis. */
  t: number;
  values: Record<string, number | null>;
}

/** One line per crime type over the charted dates; a missing position stays a gap. */
export function rankSeries(grid: RankGrid, measures: readonly string[]): RankPoint[] {
  return chartedDates(grid).map((d) => ({
    x: d.x,
    period: d.period,
    t: epochDay(d.period.end),
    values: Object.fromEntries(measures.map((m) => [m, grid.cells.get(cellKey(m, d.period.id))?.value ?? null])),
  }));
}

/**
 * Lines for `shown` crime types, each styled by its place among every crime
 * type the profile monitors (in its order), then any other of the grid: a
 * crime type is drawn alike on the family chart, on its own page and in
 * every snapshot, whichever positions a snapshot publishes.
 */
export function measureSeries(grid: RankGrid, shown: readonly string[], labelOf: (measure: string) => string): ChartSeries[] {
  const monitored = grid.scope.crimeTypes;
  return styledSeries(
    [...monitored, ...grid.measures.filter((m) => !monitored.includes(m))],
    shown.map((m) => ({ key: m, label: labelOf(m) })),
  );
}

/** "up 2 places", "down 1 place", "no change": up means a better position (nearer 1st). */
export function movementWords(places: number): string {
  if (places === 0) return 'no change';
  const n = Math.abs(places);
  return `${places > 0 ? 'up' : 'down'} ${n} ${n === 1 ? 'place' : 'places'}`;
}

export interface Movement {
  /** Positive when the position improved (e.g. 12th to 10th is +2). */
  places: number;
  words: string;
  from: Figure;
  to: Figure;
}

/** Calculated from two published positions; never from anything else. */
export function movementBetween(from: Figure | undefined, to: Figure | undefined): Movement | null {
  if (!from || !to) return null;
  const places = from.value - to.value;
  return { places, words: movementWords(places), from, to };
}

export interface LatestChange {
  from: RankDate;
  to: RankDate;
}

/** The last two charted dates: the change the table shows for every crime type. */
export function latestChange(grid: RankGrid): LatestChange | null {
  const charted = chartedDates(grid);
  const to = charted[charted.length - 1];
  const from = charted[charted.length - 2];
  return from && to ? { from, to } : null;
}

export function latestMovement(grid: RankGrid, measure: string): Movement | null {
  const change = latestChange(grid);
  if (!change) return null;
  return movementBetween(grid.cells.get(cellKey(measure, change.from.period.id)), grid.cells.get(cellKey(measure, change.to.period.id)));
}

export interface PositionDot {
  measure: string;
  latest: Figure | null;
  previous: Figure | null;
  movement: Movement | null;
  /** The arrow printed for the same two dates, if any. */
  arrow: Figure | null;
}

/**
 * Every crime type's position at the latest charted date beside the one
 * before: best (nearest 1st) first, those without a latest position last,
 * ties in the documents' order.
 */
export function positionDots(grid: RankGrid): { change: LatestChange | null; dots: PositionDot[] } {
  const change = latestChange(grid);
  const last = change?.to ?? chartedDates(grid)[chartedDates(grid).length - 1];
  if (!last) return { change, dots: [] };
  const dots = grid.measures.map((measure) => {
    const latest = grid.cells.get(cellKey(measure, last.period.id)) ?? null;
    const previous = change ? (grid.cells.get(cellKey(measure, change.from.period.id)) ?? null) : null;
    const arrows = grid.printed.get(measure) ?? [];
    const arrow = arrows.find((f) => f.period === last.period.id && (change === null || f.comparison === change.from.period.id)) ?? null;
    return { measure, latest, previous, movement: movementBetween(previous ?? undefined, latest ?? undefined), arrow };
  });
  const score = (d: PositionDot) => d.latest?.value ?? Infinity;
  dots.sort((a, b) => score(a) - score(b) || byCrimeOrder(grid.scope.crimeTypes, a.measure, b.measure));
  return { change, dots };
}

/** One crime type's charted positions for a small panel: date (days since 1970) and position, gaps left out. */
export function rankPanel(grid: RankGrid, measure: string): { t: number; x: string; date: string; rank: number | null }[] {
  return chartedDates(grid).map((d) => ({
    t: epochDay(d.period.end),
    x: d.x,
    date: d.period.end,
    rank: grid.cells.get(cellKey(measure, d.period.id))?.value ?? null,
  }));
}

/** e.g. "12th of 15, was 10th at 31 Oct 2022: down 2 places". */
export function positionWords(dot: PositionDot, size: number, fromLabel: string | null): string {
  if (!dot.latest)
    return dot.previous ? `not published; was ${ordinal(dot.previous.value)}${fromLabel ? ` at ${fromLabel}` : ''}` : 'not published';
  const now = `${ordinal(dot.latest.value)} of ${size.toString()}`;
  if (!dot.previous || !dot.movement) return fromLabel ? `${now}; none published at ${fromLabel}` : now;
  return `${now}, was ${ordinal(dot.previous.value)}${fromLabel ? ` at ${fromLabel}` : ''}: ${dot.movement.words}`;
}

/**
 * Whether a printed arrow points the same way as the change between the two
 * published positions it compares; null when either position is missing.
 */
export function arrowMatchesPositions(grid: RankGrid, arrow: Figure): boolean | null {
  if (!arrow.comparison) return null;
  const m = movementBetween(grid.cells.get(cellKey(arrow.measure, arrow.comparison)), grid.cells.get(cellKey(arrow.measure, arrow.period)));
  return m ? Math.sign(m.places) === Math.sign(arrow.value) : null;
}

export interface HistoryRow {
  date: RankDate;
  rank: Figure | null;
  /** The charted date this row is compared with, if any. */
  previous: RankDate | null;
  movement: Movement | null;
  /** Arrows printed for this date. */
  printed: Figure[];
}

/**
 * A crime type's positions, earliest first. Movement is calculated only
 * between charted dates, from the previous charted date with a position.
 */
export function rankHistory(grid: RankGrid, measure: string): HistoryRow[] {
  const printed = grid.printed.get(measure) ?? [];
  const rows: HistoryRow[] = [];
  let previous: { date: RankDate; rank: Figure } | null = null;
  for (const date of grid.dates) {
    const rank = grid.cells.get(cellKey(measure, date.period.id)) ?? null;
    const arrows = printed.filter((f) => f.period === date.period.id);
    if (!rank && arrows.length === 0) continue;
    const compared = date.charted && rank ? previous : null;
    rows.push({
      date,
      rank,
      previous: compared?.date ?? null,
      movement: compared && rank ? movementBetween(compared.rank, rank) : null,
      printed: arrows,
    });
    if (date.charted && rank) previous = { date, rank };
  }
  return rows;
}

/** Crime types that have a printed arrow but no position are still worth a row. */
export function measuresWithArrows(grid: RankGrid): string[] {
  return [...new Set([...grid.measures, ...grid.printed.keys()])].sort((a, b) => byCrimeOrder(grid.scope.crimeTypes, a, b));
}

/** e.g. "Northtown's position for All crime was 10/12 at 31 Dec 2019 and 11/12 at 31 Oct 2023." */
export function measureSummary(grid: RankGrid, measure: string, measureLabel: string, ownName: string): string {
  const points = chartedDates(grid)
    .map((d) => ({ d, f: grid.cells.get(cellKey(measure, d.period.id)) }))
    .filter((p): p is { d: RankDate; f: Figure } => p.f !== undefined);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    const other = grid.dates.find((d) => grid.cells.has(cellKey(measure, d.period.id)));
    const f = other ? grid.cells.get(cellKey(measure, other.period.id)) : undefined;
    if (other && f)
      return `${ownName}'s position for ${measureLabel} was ${formatFigure(f)} at ${other.x}; no table of positions includes it.`;
    return `No position in the family group was published for ${measureLabel}.`;
  }
  if (first === last) return `${ownName}'s position for ${measureLabel} was ${formatFigure(last.f)} at ${last.d.x}.`;
  return `${ownName}'s position for ${measureLabel} was ${formatFigure(first.f)} at ${first.d.x} and ${formatFigure(last.f)} at ${last.d.x}.`;
}

function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

/** One sentence for the chart of every crime type: best and worst at the latest date, then the all-crime measure's change (the profile's), if it has one. */
export function overviewSummary(grid: RankGrid, labelOf: (measure: string) => string, ownName: string): string {
  const charted = chartedDates(grid);
  const last = charted[charted.length - 1];
  if (!last) return 'No table of family group positions was published in this snapshot.';
  const ranked = grid.measures
    .map((m) => ({ m, f: grid.cells.get(cellKey(m, last.period.id)) }))
    .filter((r): r is { m: string; f: Figure } => r.f !== undefined);
  const best = Math.min(...ranked.map((r) => r.f.value));
  const worst = Math.max(...ranked.map((r) => r.f.value));
  const at = (v: number) => ranked.filter((r) => r.f.value === v);
  const bestRows = at(best);
  const worstRows = at(worst);
  const bestFigure = bestRows[0]?.f;
  const worstFigure = worstRows[0]?.f;
  if (!bestFigure || !worstFigure) return 'No table of family group positions was published in this snapshot.';
  const extremes =
    best === worst
      ? `${ownName}'s position at ${last.x} was ${formatFigure(bestFigure)} for ${joinLabels(bestRows.map((r) => labelOf(r.m)))}`
      : `At ${last.x} ${ownName}'s best position was ${formatFigure(bestFigure)} for ${joinLabels(bestRows.map((r) => labelOf(r.m)))} and its worst ${formatFigure(worstFigure)} for ${joinLabels(worstRows.map((r) => labelOf(r.m)))}`;
  const all = grid.scope.allCrime;
  const allCrime = all !== null && grid.measures.includes(all) ? measureSummary(grid, all, labelOf(all), ownName) : '';
  const lead = `${ownName}'s position for `;
  const trail = allCrime.startsWith(lead) ? `; its position for ${allCrime.slice(lead.length)}` : '.';
  return `${extremes}${trail}`;
}

export interface Spelling {
  printed: string;
  /** True where the printed name differs from the member's usual name (e.g. "Maidston"). */
  differs: boolean;
  /** Every place this spelling is printed. */
  printings: Printing[];
}

/** Each distinct spelling of a member's name once, with every place it is printed. */
export function memberSpellings(member: { member: string; printings: readonly Printing[] }): Spelling[] {
  const out = new Map<string, Spelling>();
  for (const p of member.printings) {
    const printed = p.printed.trim();
    const entry = out.get(printed) ?? { printed, differs: printed !== member.member, printings: [] };
    entry.printings.push(p);
    out.set(printed, entry);
  }
  return [...out.values()];
}

/** Every document a snapshot's family group data was taken from. */
export function documentsCited(file: { members: readonly { printings: readonly Printing[] }[]; figures: readonly Figure[] }): Set<string> {
  const docs = new Set<string>();
  for (const m of file.members) for (const p of m.printings) docs.add(p.source.document);
  for (const f of file.figures) for (const p of f.printings) docs.add(p.source.document);
  return docs;
}

/** The partnership's own published totals for one crime type, earliest period first. */
export function cspFiguresFor(figures: readonly Figure[], periods: ReadonlyMap<string, Period>, measure: string, area: AreaRef): Figure[] {
  const start = (id: string) => periodOf(periods, id)?.start ?? id;
  const end = (id: string) => periodOf(periods, id)?.end ?? id;
  return figures
    .filter((f) => isArea(f, area) && f.measure === measure)
    .sort(
      (a, b) =>
        start(a.period).localeCompare(start(b.period)) ||
        end(a.period).localeCompare(end(b.period)) ||
        a.statistic.localeCompare(b.statistic),
    );
}

/** Names a figure's statistic in words; positions say what they are positions among. */
export function statisticName(f: Figure, familyGroup: { size: number; unit: string }): string {
  switch (f.statistic) {
    case 'count':
      return 'Count';
    case 'difference':
      return 'Difference';
    case 'percent-change':
      return '% change';
    case 'share':
      return 'Share';
    case 'percentage':
      return 'Percentage';
    case 'rate':
      return 'Rate';
    case 'movement':
      return 'Direction of travel (printed arrow)';
    case 'rank':
      return f.unit === familyGroup.unit
        ? `Position in the family group of ${familyGroup.size}`
        : `Position (${f.unit.replace(/^rank-/, '').replace(/-/g, ' ')})`;
    default:
      return f.statistic.charAt(0).toUpperCase() + f.statistic.slice(1);
  }
}
