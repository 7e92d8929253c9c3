import { useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartKey } from '../../components/charts/chart-key';
import { LineChart, type ChartSeries } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import type { ViewState } from '../../lib/url-state';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { FAMILY_PARAMS } from './params';
import { PrintedArrows } from './printed-arrows';
import { cellKey, latestChange, latestMovement, measuresWithArrows, overviewSummary, rankSeries, type RankGrid } from './selectors';

interface Props {
  grid: RankGrid;
  labelOf: (measure: string) => string;
  state: ViewState<typeof FAMILY_PARAMS>;
}

interface Row {
  measure: string;
}

/** Positions at 1 at the top, one line per crime type, with the crime type × date table as its alternative. */
export function RankChart({ grid, labelOf, state }: Props) {
  const { shortName } = usePartnership().partnership;
  const { size } = grid.scope;
  const series: ChartSeries[] = useMemo(() => grid.measures.map((m) => ({ key: m, label: labelOf(m) })), [grid, labelOf]);
  const points = useMemo(() => rankSeries(grid, grid.measures), [grid]);
  const rows: Row[] = useMemo(() => measuresWithArrows(grid).map((measure) => ({ measure })), [grid]);
  const change = latestChange(grid);
  const loneDates = grid.dates.filter((d) => !d.charted);
  const hasArrows = grid.printed.size > 0;

  const columns: TableColumn<Row>[] = useMemo(() => {
    const pair = change ? { from: change.from.period.id, to: change.to.period.id } : null;
    return [
      {
        id: 'measure',
        header: 'Crime type',
        value: (r) => labelOf(r.measure),
        cell: (r) => <a href={state.linkTo({ measure: r.measure, csort: null })}>{labelOf(r.measure)}</a>,
        rowHeader: true,
      },
      ...grid.dates.map((d): TableColumn<Row> => ({
        id: d.period.id,
        header: d.charted ? d.x : `${d.x} (quoted on its own)`,
        numeric: true,
        value: (r) => grid.cells.get(cellKey(r.measure, d.period.id))?.value ?? null,
        cell: (r) => {
          const f = grid.cells.get(cellKey(r.measure, d.period.id));
          return f ? (
            <FigureValue figure={f} context={`${labelOf(r.measure)}, position at ${d.x}`} />
          ) : (
            <span className="not-published">not published</span>
          );
        },
      })),
      ...(change
        ? [
            {
              id: 'movement',
              header: `Change, ${change.from.x} to ${change.to.x} (calculated from the positions)`,
              value: (r: Row) => latestMovement(grid, r.measure)?.places ?? null,
              cell: (r: Row) => {
                const m = latestMovement(grid, r.measure);
                return m ? <span className="family-movement">{m.words}</span> : <span className="not-published">not both published</span>;
              },
            } satisfies TableColumn<Row>,
          ]
        : []),
      ...(hasArrows
        ? [
            {
              id: 'printed',
              header: 'Arrow as printed',
              value: (r: Row) => grid.printed.get(r.measure)?.[0]?.value ?? null,
              cell: (r: Row) => (
                <PrintedArrows grid={grid} arrows={grid.printed.get(r.measure) ?? []} measureName={labelOf(r.measure)} expected={pair} />
              ),
            } satisfies TableColumn<Row>,
          ]
        : []),
    ];
  }, [grid, labelOf, state, change, hasArrows]);

  const chartedLabels = grid.dates.filter((d) => d.charted).map((d) => d.x);
  const subtitle =
    `${shortName}'s position out of the ${size} partnerships in its Home Office Most Similar Family Group, by crime type, ` +
    `as at ${chartedLabels.join(', ')}. 1st is best, so 1 is at the top of the scale and ${size} at the bottom.` +
    (loneDates.length > 0 ? ` Positions quoted on their own for ${loneDates.map((d) => d.x).join(' and ')} are in the table only.` : '');

  return (
    <ChartFrame
      keyLabels={series.map((s) => s.label)}
      title="Position in the family group, by crime type"
      subtitle={subtitle}
      summary={overviewSummary(grid, labelOf, shortName)}
      chart={
        <>
          <ChartKey series={series} />
          <LineChart series={series} points={points} yLabel="Position" reversed yDomain={[1, size]} />
        </>
      }
      table={
        <DataTable
          caption={`${shortName}'s position in its family group of ${size}, by crime type and date`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.measure}
          sort={state.params.sort}
          onSortChange={(sort) => state.setParams({ sort })}
        />
      }
      footer={
        [
          change ? 'The change is calculated by the dashboard from the two published positions; up means nearer 1st.' : '',
          hasArrows
            ? 'The arrows are shown as printed; where an arrow points a different way from the change in the published positions, it says so.'
            : '',
        ]
          .filter((s) => s !== '')
          .join(' ') || undefined
      }
    />
  );
}
