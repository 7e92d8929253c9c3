import { useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartKey } from '../../components/charts/chart-key';
import { LineChart, type ChartSeries } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { formatNumber } from '../../lib/format';
import type { ViewState } from '../../lib/url-state';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareaCodes, subareaName, subareasOf } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import type { BEAT_PARAMS } from './params';
import { trendSummary, type BeatTrend } from './selectors';

interface Props {
  trend: BeatTrend;
  measure: string;
  measureName: string;
  state: ViewState<typeof BEAT_PARAMS>;
}

interface Row {
  beat: string;
}

export function BeatTrendChart({ trend, measure, measureName, state }: Props) {
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const { singular } = subareas;
  const series: ChartSeries[] = useMemo(
    () => trend.beats.map((b) => ({ key: b, label: subareaName(subareas, b) })),
    [trend.beats, subareas],
  );
  const rows: Row[] = useMemo(() => trend.beats.map((beat) => ({ beat })), [trend.beats]);
  const columns: TableColumn<Row>[] = useMemo(
    () => [
      {
        id: 'beat',
        header: capitalise(singular),
        // Sorted in the profile's order, which need not be the codes' alphabetical order.
        value: (r) => subareaCodes(subareas).indexOf(r.beat),
        cell: (r) => <a href={state.linkTo({ beat: r.beat, crime: measure, period: '' })}>{subareaName(subareas, r.beat)}</a>,
        rowHeader: true,
      },
      ...trend.points.map((p): TableColumn<Row> => ({
        id: p.period.id,
        header: p.period.label,
        numeric: true,
        value: (r) => trend.cells.get(`${r.beat}|${p.period.id}`)?.value ?? null,
        cell: (r) => {
          const f = trend.cells.get(`${r.beat}|${p.period.id}`);
          return f ? (
            <FigureValue figure={f} context={`${measureName}, ${subareaName(subareas, r.beat)}, ${p.period.label}`} />
          ) : (
            <span className="not-published">not published</span>
          );
        },
      })),
    ],
    [trend, measure, measureName, state, subareas, singular],
  );
  const subtitle = trend.series
    ? `${measureName}: police recorded crimes per ${singular}, ${trend.series.label}. Counts as published; no figure is estimated.`
    : `${measureName}: no counts by ${singular} were published.`;
  return (
    <ChartFrame
      keyLabels={series.map((s) => s.label)}
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
          sort={state.params.sort}
          onSortChange={(sort) => state.setParams({ sort })}
        />
      }
    />
  );
}
