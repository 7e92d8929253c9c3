import { useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartKey } from '../../components/charts/chart-key';
import { LineChart, type ChartSeries } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { formatNumber } from '../../lib/format';
import type { ViewState } from '../../lib/url-state';
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
  const series: ChartSeries[] = useMemo(() => trend.beats.map((b) => ({ key: b, label: `Beat ${b}` })), [trend.beats]);
  const rows: Row[] = useMemo(() => trend.beats.map((beat) => ({ beat })), [trend.beats]);
  const columns: TableColumn<Row>[] = useMemo(
    () => [
      {
        id: 'beat',
        header: 'Beat',
        value: (r) => Number(r.beat),
        cell: (r) => <a href={state.linkTo({ beat: r.beat, crime: measure, period: '' })}>Beat {r.beat}</a>,
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
            <FigureValue figure={f} context={`${measureName}, Beat ${r.beat}, ${p.period.label}`} />
          ) : (
            <span className="not-published">not published</span>
          );
        },
      })),
    ],
    [trend, measure, measureName, state],
  );
  const subtitle = trend.series
    ? `${measureName}: police recorded crimes per beat, ${trend.series.label}. Counts as published; no figure is estimated.`
    : `${measureName}: no counts by beat were published.`;
  return (
    <ChartFrame
      keyLabels={series.map((s) => s.label)}
      title={`${measureName} by police beat`}
      subtitle={subtitle}
      summary={trendSummary(trend, measureName)}
      chart={
        <>
          <ChartKey series={series} />
          <LineChart series={series} points={trend.points} yLabel="Crimes" formatValue={(v) => formatNumber(v)} />
        </>
      }
      table={
        <DataTable
          caption={`${measureName} by police beat, ${trend.series?.label ?? ''}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.beat}
          fileName={`charnwood-beat-${measure}${trend.series ? `-${trend.series.key}` : ''}`}
          sort={state.params.sort}
          onSortChange={(sort) => state.setParams({ sort })}
        />
      }
    />
  );
}
