/**
 * Pure selectors for the Youth ASB view: from published figures to the
 * sections, tables, like-for-like chart series and summaries the components
 * draw. No React, so each is unit-tested on its own.
 */
import { beforeAfter, chartShape } from '../../lib/chart-shape';
import type { Figure, NotPublished, Statistic } from '../../data/schema';
import { epochDay } from '../../lib/sparkline';
import { formatNumber } from '../../lib/format';
import { groupPeriodSeries, shortPeriodLabel, type PeriodSeries } from '../../lib/period-series';
import type { Period } from '../../lib/periods';
import { isArea, type AreaRef } from '../../data/partnership-areas';
import { FALLBACK_SECTION, type AsbLayout, type SectionInfo } from './sections';

/** Statistics that are levels, so two of them can be joined by a line. */
const LEVELS: readonly Statistic[] = ['count', 'amount', 'number', 'rate'];
/** Statistics shown beside a chart's levels in its table, as printed. */
const EXTRAS: readonly Statistic[] = ['share', 'percentage', 'difference', 'percent-change'];
const STATISTIC_ORDER: readonly Statistic[] = [...LEVELS, 'target', ...EXTRAS, 'rank', 'movement'];

export function sectionOf(measure: string, layout: AsbLayout): string {
  return layout.sectionOf.get(measure) ?? FALLBACK_SECTION;
}

/** A chart published only as an image is placed by the measure its source row names, if any. */
export function imageChartPlace(item: NotPublished, layout: AsbLayout): { section: string; measure: string | null } {
  return item.measure === null
    ? { section: FALLBACK_SECTION, measure: null }
    : { section: sectionOf(item.measure, layout), measure: item.measure };
}

/**
 * Some measures a section lists are recorded with police recorded crime, not
 * with ASB (a quarter's theft of motor vehicles beside the part linked to
 * motorcycles). The partnership's own counts of them are wanted only for
 * periods in which the ASB data publishes another measure of the same section.
 */
export function crimeTotalsForSections(crimeFigures: readonly Figure[], asbFigures: readonly Figure[], layout: AsbLayout): Figure[] {
  const crimeMeasures = new Set(crimeFigures.map((f) => f.measure));
  return layout.sections.flatMap((section) => {
    const fromCrime = section.measures.filter((m) => crimeMeasures.has(m));
    if (fromCrime.length === 0) return [];
    const periods = new Set(
      asbFigures.filter((f) => section.measures.includes(f.measure) && !fromCrime.includes(f.measure)).map((f) => f.period),
    );
    return crimeFigures.filter(
      (f) => fromCrime.includes(f.measure) && isArea(f, layout.area) && f.statistic === 'count' && periods.has(f.period),
    );
  });
}

function periodStart(periods: ReadonlyMap<string, Period>, id: string): string {
  return periods.get(id)?.start ?? id;
}

/** The tables' own order: the section's measure order, then levels before changes, then area and period. */
export function orderFigures(figures: readonly Figure[], periods: ReadonlyMap<string, Period>, layout: AsbLayout): Figure[] {
  const order = layout.measureOrder;
  const rank = (s: Statistic) => {
    const i = STATISTIC_ORDER.indexOf(s);
    return i < 0 ? STATISTIC_ORDER.length : i;
  };
  return [...figures].sort(
    (a, b) =>
      (order.get(a.measure) ?? Infinity) - (order.get(b.measure) ?? Infinity) ||
      a.measure.localeCompare(b.measure) ||
      rank(a.statistic) - rank(b.statistic) ||
      a.areaType.localeCompare(b.areaType) ||
      a.areaCode.localeCompare(b.areaCode) ||
      periodStart(periods, a.period).localeCompare(periodStart(periods, b.period)) ||
      a.period.localeCompare(b.period),
  );
}

export interface AsbFilter {
  section: string;
  measure: string;
  period: string;
}

function inSection(f: Figure, section: string, layout: AsbLayout): boolean {
  return section === '' || sectionOf(f.measure, layout) === section;
}

/** Measures to offer in the measure filter: those published in the chosen section. */
export function measureOptions(figures: readonly Figure[], section: string, layout: AsbLayout): string[] {
  const order = layout.measureOrder;
  const found = [...new Set(figures.filter((f) => inSection(f, section, layout)).map((f) => f.measure))];
  return found.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
}

/** Periods to offer in the period filter: those of the figures the other filters leave. */
export function periodOptions(
  figures: readonly Figure[],
  periods: ReadonlyMap<string, Period>,
  section: string,
  measure: string,
  layout: AsbLayout,
): string[] {
  const used = new Set(
    figures.filter((f) => inSection(f, section, layout) && (measure === '' || f.measure === measure)).map((f) => f.period),
  );
  return [...used].sort((a, b) => periodStart(periods, a).localeCompare(periodStart(periods, b)) || a.localeCompare(b));
}

export interface ChartLine {
  key: string;
  measure: string;
  areaType: string;
  areaCode: string;
}

export interface ChartExtra extends ChartLine {
  statistic: Statistic;
}

export interface ChartPoint {
  period: Period;
  x: string;
  /** The period's end in days since 1970, for a time-proportional axis. */
  t: number;
  values: Record<string, number | null>;
}

export interface SeriesChart {
  key: string;
  statistic: Statistic;
  unit: string;
  /** The like-for-like kind of period, holding every period drawn. */
  series: PeriodSeries;
  lines: ChartLine[];
  points: ChartPoint[];
  /** Printed shares and changes for the same periods, for the table only. */
  extras: ChartExtra[];
  /** The published figure behind each value, keyed `${line or extra key}|${periodId}`. */
  cells: Map<string, Figure>;
}

const lineKeyOf = (f: Figure) => `${f.measure}|${f.areaType}|${f.areaCode}`;

/**
 * Charts for one set of figures: one per kind of period and unit, holding
 * every measure and area with at least two preferred values of that kind.
 * A year to date and a full year are different kinds, so they never share a line.
 */
export function seriesCharts(figures: readonly Figure[], periods: ReadonlyMap<string, Period>, layout: AsbLayout): SeriesChart[] {
  const order = layout.measureOrder;
  const levels = figures.filter((f) => f.preferred && LEVELS.includes(f.statistic) && periods.has(f.period));
  const byLine = new Map<string, Figure[]>();
  for (const f of levels)
    byLine.set(`${lineKeyOf(f)}|${f.statistic}|${f.unit}`, [...(byLine.get(`${lineKeyOf(f)}|${f.statistic}|${f.unit}`) ?? []), f]);

  const charts = new Map<string, SeriesChart>();
  for (const lineFigures of byLine.values()) {
    const sample = lineFigures[0];
    if (!sample) continue;
    const own = lineFigures.map((f) => periods.get(f.period)).filter((p): p is Period => p !== undefined);
    for (const s of groupPeriodSeries(own)) {
      if (s.periods.length < 2) continue;
      const key = `${s.key}|${sample.statistic}|${sample.unit}`;
      const chart = charts.get(key) ?? {
        key,
        statistic: sample.statistic,
        unit: sample.unit,
        series: { ...s, periods: [] },
        lines: [],
        points: [],
        extras: [],
        cells: new Map<string, Figure>(),
      };
      const line: ChartLine = { key: lineKeyOf(sample), measure: sample.measure, areaType: sample.areaType, areaCode: sample.areaCode };
      chart.lines.push(line);
      for (const p of s.periods) {
        if (!chart.series.periods.some((q) => q.id === p.id)) chart.series.periods.push(p);
        const f = lineFigures.find((g) => g.period === p.id);
        if (f) chart.cells.set(`${line.key}|${p.id}`, f);
      }
      charts.set(key, chart);
    }
  }

  const out = [...charts.values()];
  for (const chart of out) {
    chart.series.periods.sort((a, b) => a.start.localeCompare(b.start));
    chart.lines.sort(
      (a, b) =>
        (order.get(a.measure) ?? Infinity) - (order.get(b.measure) ?? Infinity) ||
        a.measure.localeCompare(b.measure) ||
        a.areaType.localeCompare(b.areaType) ||
        a.areaCode.localeCompare(b.areaCode),
    );
    chart.points = chart.series.periods.map((period) => ({
      period,
      x: shortPeriodLabel(period),
      t: epochDay(period.end),
      values: Object.fromEntries(chart.lines.map((l) => [l.key, chart.cells.get(`${l.key}|${period.id}`)?.value ?? null])),
    }));
    addExtras(chart, figures);
  }
  return out.sort(
    (a, b) =>
      (order.get(a.lines[0]?.measure ?? '') ?? Infinity) - (order.get(b.lines[0]?.measure ?? '') ?? Infinity) ||
      b.points.length - a.points.length ||
      a.key.localeCompare(b.key),
  );
}

/** A change is like for like only against the point before it in the same series. */
function addExtras(chart: SeriesChart, figures: readonly Figure[]): void {
  const ids = chart.series.periods.map((p) => p.id);
  for (const f of figures) {
    if (!f.preferred || !EXTRAS.includes(f.statistic)) continue;
    const at = ids.indexOf(f.period);
    if (at < 0) continue;
    if (!chart.lines.some((l) => l.key === lineKeyOf(f))) continue;
    if (f.comparison !== null && (at === 0 || ids[at - 1] !== f.comparison)) continue;
    const key = `${lineKeyOf(f)}|${f.statistic}`;
    if (!chart.extras.some((e) => e.key === key)) {
      chart.extras.push({ key, measure: f.measure, areaType: f.areaType, areaCode: f.areaCode, statistic: f.statistic });
    }
    chart.cells.set(`${key}|${f.period}`, f);
  }
}

export interface Labeller {
  measure: (id: string) => string;
  area: (type: string, code: string) => string;
  /** The partnership's own area, whose lines are named by their measure alone. */
  ownArea: AreaRef;
}

/** A line's name: the measure, and the area where it is not the partnership as a whole. */
export function lineLabel(line: ChartLine, labels: Labeller): string {
  const name = labels.measure(line.measure);
  return isArea(line, labels.ownArea) ? name : `${name} (${labels.area(line.areaType, line.areaCode)})`;
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function spanOf(points: readonly ChartPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const fy = first.period.financialYear;
  if ((first.period.type === 'quarter' || first.period.type === 'month') && fy && points.every((p) => p.period.financialYear === fy))
    return fy;
  return points.length === 2 ? `${first.x} and ${last.x}` : `${first.x} to ${last.x}`;
}

export function chartTitle(chart: SeriesChart, labels: Labeller, layout: AsbLayout): string {
  const own = chart.lines.map((l) => layout.chartTitles[l.measure]).find((t) => t !== undefined);
  // Measure names are kept as labelled: many are proper names (Youth JAG, Adults at Risk Group).
  const names = own ?? joinWords([...new Set(chart.lines.map((l) => lineLabel(l, labels)))]);
  const span = spanOf(chart.points);
  switch (chart.series.periods[0]?.type) {
    case 'quarter':
      return `${names} by quarter, ${span}`;
    case 'financial-year':
      return `${names} by financial year, ${span}`;
    case 'calendar-year':
      return `${names} by calendar year, ${span}`;
    case 'as-at':
      return `${names} as at ${span}`;
    case 'month':
      return `${names}, ${span}`;
    default:
      return `${names}, ${chart.series.label}, ${span}`;
  }
}

const STATISTIC_WORDS: Partial<Record<Statistic, string>> = {
  count: 'Counts',
  amount: 'Amounts',
  number: 'Numbers',
  rate: 'Rates',
};

function periodPhrase(chart: SeriesChart): string {
  switch (chart.series.periods[0]?.type) {
    case 'quarter':
      return 'by quarter';
    case 'financial-year':
      return 'by full financial year';
    case 'calendar-year':
      return 'by calendar year';
    case 'month':
      return 'for single months';
    case 'as-at':
      return 'each a position on the date shown';
    default:
      return `each for the ${chart.series.label}`;
  }
}

export function chartSubtitle(chart: SeriesChart): string {
  const what = `${STATISTIC_WORDS[chart.statistic] ?? 'Values'} of ${chart.unit.replace(/-/g, ' ')} as published, ${periodPhrase(chart)}`;
  const shares = chart.extras.some((e) => e.statistic === 'share' || e.statistic === 'percentage');
  const changes = chart.extras.some((e) => e.statistic === 'difference' || e.statistic === 'percent-change');
  const printed = [shares ? 'percentages' : '', changes ? 'changes' : ''].filter((w) => w !== '').join(' and ');
  const extras = printed === '' ? '' : ` The printed ${printed} are in the table.`;
  const drawn =
    chartShape(chart.points.length) === 'before-after'
      ? 'Two values only, so each is shown as before → after; nothing is estimated.'
      : 'Lines join published values only; nothing is estimated.';
  return `${what}. ${drawn}${extras}`;
}

/** One plain sentence: how each line went from its first published value to its last. */
export function chartSummary(chart: SeriesChart, labels: Labeller): string {
  const parts: string[] = [];
  for (const line of chart.lines) {
    const known = chart.points
      .map((p) => ({ x: p.x, v: p.values[line.key] }))
      .filter((p): p is { x: string; v: number } => typeof p.v === 'number');
    const first = known[0];
    const last = known[known.length - 1];
    if (!first || !last) continue;
    const name = lineLabel(line, labels);
    // Two values are a comparison: said as before → after with the change (chart-shape.ts), as the chart draws them.
    if (chartShape(chart.points.length) === 'before-after') {
      parts.push(
        first === last
          ? `${name} was ${formatNumber(last.v)} in ${last.x} only`
          : `${name}, ${first.x} to ${last.x}: ${beforeAfter(first.v, last.v).words}`,
      );
      continue;
    }
    let part =
      first.v === last.v
        ? `${name} was ${formatNumber(first.v)} in ${first.x} and again in ${last.x}`
        : `${name} went from ${formatNumber(first.v)} in ${first.x} to ${formatNumber(last.v)} in ${last.x}`;
    const inner = known.slice(1, -1);
    const top = inner.reduce<{ x: string; v: number } | null>((best, p) => (best === null || p.v > best.v ? p : best), null);
    if (top && top.v > first.v && top.v > last.v) part += `, highest ${formatNumber(top.v)} in ${top.x}`;
    parts.push(part);
  }
  if (parts.length === 0) return 'No values were published for this chart.';
  return `${parts.join('; ')}.`;
}

export interface AsbSection {
  info: SectionInfo;
  /** Table rows after every filter, in the tables' own order. */
  figures: Figure[];
  /** Figures in the section before the period filter. */
  total: number;
  charts: SeriesChart[];
  imageCharts: NotPublished[];
}

/**
 * Every section in page order, with what each holds under the filters. The
 * period filter narrows the tables only: a chart is a whole series or nothing.
 */
export function asbSections(
  figures: readonly Figure[],
  notPublished: readonly NotPublished[],
  periods: ReadonlyMap<string, Period>,
  filter: AsbFilter,
  layout: AsbLayout,
): AsbSection[] {
  return layout.sections
    .filter((s) => filter.section === '' || s.id === filter.section)
    .map((info) => {
      const own = figures.filter(
        (f) => sectionOf(f.measure, layout) === info.id && (filter.measure === '' || f.measure === filter.measure),
      );
      const charts = seriesCharts(
        figures.filter((f) => sectionOf(f.measure, layout) === info.id),
        periods,
        layout,
      ).filter((c) => filter.measure === '' || c.lines.some((l) => l.measure === filter.measure));
      const imageCharts = notPublished.filter((n) => {
        const place = imageChartPlace(n, layout);
        return place.section === info.id && (filter.measure === '' || place.measure === filter.measure);
      });
      return {
        info,
        figures: orderFigures(
          own.filter((f) => filter.period === '' || f.period === filter.period),
          periods,
          layout,
        ),
        total: own.length,
        charts,
        imageCharts,
      };
    });
}

export function hasContent(s: AsbSection): boolean {
  return s.total > 0 || s.charts.length > 0 || s.imageCharts.length > 0;
}
