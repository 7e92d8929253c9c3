import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartKey } from '../../components/charts/chart-key';
import { LineChart } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table/data-table';
import { useCheckedSort } from '../../components/data-table/use-checked-sort';
import { formatNumber } from '../../lib/format';
import type { ViewState } from '../../lib/url-state';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareasOf } from '../../data/partnership-areas';
import type { BEAT_PARAMS } from './params';
import { trendColumns, type TrendRow } from './beat-trend-columns';
import { trendSeries, trendSummary, type BeatTrend } from './selectors';

interface Props {
  trend: BeatTrend;
  measure: string;
  measureName: string;
  state: ViewState<typeof BEAT_PARAMS>;
}

export function BeatTrendChart({ trend, measure, measureName, state }: Props) {
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const { singular } = subareas;
  const { linkTo, setParams, reportProblem } = state;
  const series = useMemo(() => trendSeries(trend, subareas), [trend, subareas]);
  const rows: TrendRow[] = useMemo(() => trend.beats.map((beat) => ({ beat })), [trend.beats]);
  const beatLink = useCallback((beat: string) => linkTo({ beat, crime: measure, period: '' }), [linkTo, measure]);
  const columns = useMemo(() => trendColumns(trend, measureName, beatLink, subareas), [trend, measureName, beatLink, subareas]);
  const sort = useCheckedSort('sort', state.params.sort, columns, reportProblem);
  const subtitle = trend.series
    ? `${measureName}: police recorded crimes per ${singular}, ${trend.series.label}. Counts as published; no figure is estimated.`
    : `${measureName}: no counts by ${singular} were published.`;
  return (
    <ChartFrame
      keySeries={series}
      title={`${measureName} by ${singular}`}
      subtitle={subtitle}
      summary={trendSummary(trend, measureName, subareas)}
      chart={
        <>
          <ChartKey series={series} />
          <LineChart series={series} points={trend.points} yLabel="Crimes" formatValue={(v) => formatNumber(v)} />
        </>
      }
      table={
        <DataTable
          caption={`${measureName} by ${singular}, ${trend.series?.label ?? ''}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.beat}
          fileName={`${partnership.partnership.id}-${subareas.type}-${measure}${trend.series ? `-${trend.series.key}` : ''}`}
          sort={sort}
          onSortChange={(next) => setParams({ sort: next })}
        />
      }
    />
  );
}
