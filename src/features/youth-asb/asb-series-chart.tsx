import { useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartKey } from '../../components/charts/chart-key';
import { BeforeAfterChart } from '../../components/charts/before-after-chart';
import { LineChart } from '../../components/charts/line-chart';
import { styledSeries } from '../../components/charts/palette';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { beforeAfter, chartShape } from '../../lib/chart-shape';
import { formatNumber } from '../../lib/format';
import type { Statistic } from '../../data/schema';
import type { AsbLayout } from './sections';
import {
  chartSubtitle,
  chartSummary,
  chartTitle,
  lineLabel,
  type ChartExtra,
  type ChartPoint,
  type Labeller,
  type SeriesChart,
} from './selectors';

interface Props {
  chart: SeriesChart;
  labels: Labeller;
  layout: AsbLayout;
}

const EXTRA_WORDS: Partial<Record<Statistic, string>> = {
  share: 'share, as printed',
  percentage: 'percentage, as printed',
  difference: 'change on the period before, as printed',
  'percent-change': '% change on the period before, as printed',
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A printed share's header in the document's words where the profile gives them, else from its line's name. */
function extraHeader(e: ChartExtra, labels: Labeller, layout: AsbLayout): string {
  const own = e.statistic === 'share' ? layout.shareHeaders[e.measure] : undefined;
  return own ?? `${lineLabel(e, labels)}: ${EXTRA_WORDS[e.statistic] ?? e.statistic}`;
}

export function AsbSeriesChart({ chart, labels, layout }: Props) {
  const title = chartTitle(chart, labels, layout);
  // A chart's lines are never filtered, so its own list of lines is the full list each line's style is keyed by.
  const series = useMemo(
    () =>
      styledSeries(
        chart.lines.map((l) => l.key),
        chart.lines.map((l) => ({ key: l.key, label: lineLabel(l, labels) })),
      ),
    [chart, labels],
  );
  const columns: TableColumn<ChartPoint>[] = useMemo(() => {
    const valueColumn = (key: string, header: string): TableColumn<ChartPoint> => ({
      id: key,
      header,
      numeric: true,
      value: (p) => chart.cells.get(`${key}|${p.period.id}`)?.value ?? null,
      cell: (p) => {
        const f = chart.cells.get(`${key}|${p.period.id}`);
        return f ? (
          <FigureValue figure={f} context={`${header}, ${p.period.label}`} />
        ) : (
          <span className="not-published">not published</span>
        );
      },
    });
    return [
      { id: 'period', header: 'Period', value: (p) => p.period.label, rowHeader: true },
      ...chart.lines.map((l) => valueColumn(l.key, lineLabel(l, labels))),
      ...chart.extras.map((e) => valueColumn(e.key, extraHeader(e, labels, layout))),
    ];
  }, [chart, labels, layout]);
  // Two like-for-like values are a comparison, not a line (the same rule as every view: chart-shape.ts).
  const twoValues = chartShape(chart.points.length) === 'before-after';
  const [first, last] = [chart.points[0], chart.points[chart.points.length - 1]];
  return (
    <ChartFrame
      keySeries={twoValues ? [] : series}
      headingLevel={3}
      title={title}
      subtitle={chartSubtitle(chart)}
      summary={chartSummary(chart, labels)}
      chart={
        twoValues ? (
          <BeforeAfterChart
            beforeLabel={first?.x ?? ''}
            afterLabel={last?.x ?? ''}
            format={(v) => formatNumber(v)}
            rows={series.map((s) => {
              const before = first?.values[s.key] ?? null;
              const after = last?.values[s.key] ?? null;
              return {
                key: s.key,
                label: s.label,
                before,
                after,
                words:
                  before !== null && after !== null
                    ? beforeAfter(before, after).words
                    : `${before === null ? 'not published' : formatNumber(before)} → ${after === null ? 'not published' : formatNumber(after)}`,
                style: s.style,
              };
            })}
          />
        ) : (
          <>
            <ChartKey series={series} />
            <LineChart
              series={series}
              points={chart.points}
              yLabel={capitalise(chart.unit.replace(/-/g, ' '))}
              formatValue={(v) => formatNumber(v)}
            />
          </>
        )
      }
      table={<DataTable caption={title} columns={columns} rows={chart.points} rowKey={(p) => p.period.id} sort={null} />}
    />
  );
}
