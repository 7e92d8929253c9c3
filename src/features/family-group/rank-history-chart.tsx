import { useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { LineChart } from '../../components/charts/line-chart';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { usePartnership } from '../../components/partnership/partnership-context';
import { PrintedArrows } from './printed-arrows';
import { measureSeries, measureSummary, rankHistory, rankSeries, type HistoryRow, type RankGrid } from './selectors';

interface Props {
  grid: RankGrid;
  measure: string;
  measureName: string;
}

/** One crime type's positions over time; the table adds dates quoted on their own and the movement in words. */
export function RankHistoryChart({ grid, measure, measureName }: Props) {
  const { shortName } = usePartnership().partnership;
  const { size } = grid.scope;
  const series = useMemo(() => measureSeries(grid, [measure], () => measureName), [grid, measure, measureName]);
  const points = useMemo(() => rankSeries(grid, [measure]).filter((p) => p.values[measure] !== null), [grid, measure]);
  const rows = useMemo(() => rankHistory(grid, measure), [grid, measure]);
  const hasArrows = rows.some((r) => r.printed.length > 0);
  const lone = rows.filter((r) => !r.date.charted);

  const columns: TableColumn<HistoryRow>[] = useMemo(
    () => [
      {
        id: 'date',
        header: 'As at',
        value: (r) => r.date.period.start,
        cell: (r) => (r.date.charted ? r.date.x : `${r.date.x} (quoted on its own)`),
        rowHeader: true,
      },
      {
        id: 'rank',
        header: 'Position',
        numeric: true,
        value: (r) => r.rank?.value ?? null,
        cell: (r) =>
          r.rank ? (
            <FigureValue figure={r.rank} context={`${measureName}, position at ${r.date.x}`} />
          ) : (
            <span className="not-published">not published</span>
          ),
      },
      {
        id: 'movement',
        header: 'Change since the previous date (calculated)',
        value: (r) => r.movement?.places ?? null,
        cell: (r) =>
          r.movement && r.previous ? (
            <span className="family-movement">
              {r.movement.words} since {r.previous.x}
            </span>
          ) : (
            <span className="not-published">{r.date.charted ? 'no earlier position' : 'not compared'}</span>
          ),
      },
      ...(hasArrows
        ? [
            {
              id: 'printed',
              header: 'Arrow as printed',
              value: (r: HistoryRow) => r.printed[0]?.value ?? null,
              cell: (r: HistoryRow) => <PrintedArrows grid={grid} arrows={r.printed} measureName={measureName} />,
            } satisfies TableColumn<HistoryRow>,
          ]
        : []),
    ],
    [grid, measureName, hasArrows],
  );

  const subtitle =
    `${measureName}: ${shortName}'s position out of the ${size} partnerships in its Home Office Most Similar Family Group, ` +
    `at each date a table of positions was published. 1st is best, so 1 is at the top of the scale.` +
    (lone.length > 0 ? ` Positions quoted on their own (${lone.map((r) => r.date.x).join(', ')}) are in the table only.` : '');

  return (
    <ChartFrame
      keySeries={series}
      title={`${measureName}: position in the family group`}
      subtitle={subtitle}
      summary={measureSummary(grid, measure, measureName, shortName)}
      chart={<LineChart series={series} points={points} yLabel="Position" reversed yDomain={[1, size]} breakGaps={false} />}
      table={
        <DataTable
          caption={`${measureName}: ${shortName}'s position in its family group of ${size}, by date`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.date.period.id}
          sort={null}
          empty={`No position in the family group was published for ${measureName}.`}
        />
      }
      footer="The change is calculated by the dashboard from two published positions; up means nearer 1st. Positions quoted on their own are not compared."
    />
  );
}
