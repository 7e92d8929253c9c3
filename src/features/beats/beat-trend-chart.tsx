import { memo, useCallback, useMemo, useState } from 'react';
import { BeforeAfterChart } from '../../components/charts/before-after-chart';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartKey } from '../../components/charts/chart-key';
import { LineChart } from '../../components/charts/line-chart';
import { RankedBars } from '../../components/charts/ranked-bars';
import { DataTable } from '../../components/data-table/data-table';
import { useCheckedSort } from '../../components/data-table/use-checked-sort';
import { chartShape, beforeAfter } from '../../lib/chart-shape';
import { formatNumber } from '../../lib/format';
import type { ViewState } from '../../lib/url-state';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareaName, subareasOf, type Subareas } from '../../data/partnership-areas';
import type { BEAT_PARAMS } from './params';
import { beatColumn, periodColumns, type TrendRow } from './beat-trend-columns';
import { contextSeries, pairedBeats, rankedBeats, trendSeries, trendSummary, type BeatTrend } from './selectors';
import type { ChartSeries } from '../../components/charts/palette';
import { useDocumentMode } from '../../components/layout/document-mode';
import { slug } from '../../lib/csv';
import { PERIODS_SHOWN, periodWindow } from './period-window';

interface Props {
  trend: BeatTrend;
  measure: string;
  measureName: string;
  state: ViewState<typeof BEAT_PARAMS>;
}

/** One function for every render, so the memoised drawing keeps. */
const formatCount = (v: number) => formatNumber(v);

/**
 * The drawing for as many periods as are published: a line from three, before → after for two, ranked bars for one.
 * Memoised: a filter that leaves the trend as it was (a page of small multiples, typing in the area picker) does not
 * draw the chart again.
 */
const TrendDrawing = memo(function TrendDrawing({
  trend,
  series,
  subareas,
}: {
  trend: BeatTrend;
  series: ChartSeries[];
  subareas: Subareas;
}) {
  const styleOf = (beat: string) => series.find((s) => s.key === beat)?.style ?? { colour: '#12436D', dash: '', marker: 'circle' as const };
  const shape = chartShape(trend.points.length);
  const context = useMemo(() => contextSeries(trend, subareas), [trend, subareas]);
  const points = useMemo(() => trend.points.map((p) => ({ ...p, values: { ...p.others, ...p.values } })), [trend.points]);
  const drawn = useMemo(() => [...context, ...series], [context, series]);
  if (shape === 'single') {
    const { ranked } = rankedBeats(trend);
    return (
      <RankedBars
        bars={ranked.map((r) => ({
          key: r.beat,
          label: subareaName(subareas, r.beat),
          value: r.value,
          valueText: formatNumber(r.value),
        }))}
      />
    );
  }
  if (shape === 'before-after') {
    const [first, last] = [trend.points[0], trend.points[trend.points.length - 1]];
    return (
      <BeforeAfterChart
        format={(v) => formatNumber(v)}
        beforeLabel={first?.x ?? ''}
        afterLabel={last?.x ?? ''}
        rows={pairedBeats(trend).map((p) => ({
          key: p.beat,
          label: subareaName(subareas, p.beat),
          before: p.before,
          after: p.after,
          words:
            p.before !== null && p.after !== null
              ? beforeAfter(p.before, p.after).words
              : `${p.before === null ? `${first?.x ?? ''} not published` : formatNumber(p.before)} → ${p.after === null ? `${last?.x ?? ''} not published` : formatNumber(p.after)}`,
          style: styleOf(p.beat),
        }))}
      />
    );
  }
  return (
    <>
      <ChartKey series={series} />
      {context.length > 0 ? (
        <p className="chart-context-note">
          Light grey lines: the other {context.length} {context.length === 1 ? subareas.singular : subareas.plural}, for comparison.
        </p>
      ) : null}
      <LineChart series={drawn} points={points} yLabel="Crimes" formatValue={formatCount} directLabels />
    </>
  );
});

export function BeatTrendChart({ trend, measure, measureName, state }: Props) {
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const { singular, plural } = subareas;
  const { linkTo, setParams, reportProblem } = state;
  const series = useMemo(() => trendSeries(trend, subareas), [trend, subareas]);
  const rows: TrendRow[] = useMemo(() => trend.beats.map((beat) => ({ beat })), [trend.beats]);
  const beatLink = useCallback((beat: string) => linkTo({ beat, crime: measure, period: '' }), [linkTo, measure]);
  // Built apart so that a sort, whose new address changes only the beats' links, keeps every period column (and cell) as it is.
  const firstColumn = useMemo(() => beatColumn(beatLink, subareas), [beatLink, subareas]);
  const periods = useMemo(() => periodColumns(trend, measureName, subareas), [trend, measureName, subareas]);
  const columns = useMemo(() => [firstColumn, ...periods], [firstColumn, periods]);
  const sort = useCheckedSort('sort', state.params.sort, columns, reportProblem);
  // A long series draws its newest periods only, unless asked (period-window.ts); the older ones stay in the download.
  const [showAll, setShowAll] = useState(false);
  const periodIds = useMemo(() => periods.map((c) => c.id), [periods]);
  const span = periodWindow(periodIds, sort?.column ?? null, showAll);
  const older = useMemo(() => periods.slice(0, -PERIODS_SHOWN).map((c) => ({ ...c, hidden: true })), [periods]);
  const windowColumns = useMemo(() => [firstColumn, ...older, ...periods.slice(-PERIODS_SHOWN)], [firstColumn, older, periods]);
  const documentMode = useDocumentMode();
  const caption = `${measureName} by ${singular}, ${trend.series?.label ?? ''}`;
  const shape = chartShape(trend.points.length);
  const missing = shape === 'single' ? rankedBeats(trend).missing : [];
  const drawnAs =
    shape === 'single'
      ? ` One period only, so the ${plural} are ranked by their count.`
      : shape === 'before-after'
        ? ' Two periods only, so each is shown as before → after.'
        : '';
  const subtitle = trend.series
    ? `${measureName}: police recorded crimes per ${singular}, ${trend.series.label}. Counts as published; no figure is estimated.${drawnAs}`
    : `${measureName}: no counts by ${singular} were published.`;
  return (
    <ChartFrame
      keySeries={shape === 'line' ? series : []}
      title={`${measureName} by ${singular}`}
      subtitle={subtitle}
      summary={trendSummary(trend, measureName, subareas)}
      chart={<TrendDrawing trend={trend} series={series} subareas={subareas} />}
      table={
        <>
          {span.windowed ? (
            <p className="chart-context-note">
              {span.forced
                ? `All ${span.total} periods are shown, as the table is sorted by an older one.`
                : span.expanded
                  ? `All ${span.total} periods are shown.`
                  : `The newest ${span.shown} of ${span.total} periods are shown; the CSV download has all of them.`}
              {span.forced || documentMode ? null : (
                <>
                  {' '}
                  <button type="button" className="button-secondary" onClick={() => setShowAll(!span.expanded)}>
                    {span.expanded ? `Show the newest ${PERIODS_SHOWN} only` : `Show all ${span.total} periods`}
                  </button>
                </>
              )}
            </p>
          ) : null}
          <DataTable
            caption={`${caption}${span.expanded ? '' : ` (newest ${span.shown} of ${span.total} periods)`}`}
            partId={slug(caption)}
            columns={span.expanded ? columns : windowColumns}
            rows={rows}
            rowKey={(r) => r.beat}
            fileName={`${partnership.partnership.id}-${subareas.type}-${measure}${trend.series ? `-${trend.series.key}` : ''}`}
            sort={sort}
            onSortChange={(next) => setParams({ sort: next })}
          />
        </>
      }
      footer={
        missing.length > 0
          ? `Not published for ${trend.points[0]?.x ?? 'this period'}: ${missing.map((b) => subareaName(subareas, b)).join(', ')}. The documents give this period's count for the other ${plural} only.`
          : undefined
      }
    />
  );
}
