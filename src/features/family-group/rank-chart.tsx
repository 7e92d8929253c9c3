import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { DataTable } from '../../components/data-table/data-table';
import { useCheckedSort } from '../../components/data-table/use-checked-sort';
import type { ViewState } from '../../lib/url-state';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { FAMILY_PARAMS } from './params';
import { positionColumns, type PositionRow } from './position-columns';
import { chartShape } from '../../lib/chart-shape';
import { RankSmallMultiples } from './rank-small-multiples';
import { latestChange, measuresWithArrows, overviewSummary, rankPanel, type RankGrid } from './selectors';

interface Props {
  grid: RankGrid;
  labelOf: (measure: string) => string;
  state: ViewState<typeof FAMILY_PARAMS>;
}

/** Each crime type's positions over time in its own small panel (1st at the top), with the crime type × date table as their alternative. */
export function RankChart({ grid, labelOf, state }: Props) {
  const { shortName } = usePartnership().partnership;
  const { size } = grid.scope;
  const { linkTo, setParams, reportProblem } = state;
  const panels = useMemo(() => grid.measures.map((m) => ({ key: m, label: labelOf(m), points: rankPanel(grid, m) })), [grid, labelOf]);
  const rows: PositionRow[] = useMemo(() => measuresWithArrows(grid).map((measure) => ({ measure })), [grid]);
  const change = latestChange(grid);
  const loneDates = grid.dates.filter((d) => !d.charted);
  const hasArrows = grid.printed.size > 0;

  const measureLink = useCallback((m: string) => linkTo({ measure: m, 'sort.totals': null }), [linkTo]);
  const columns = useMemo(() => positionColumns(grid, labelOf, measureLink), [grid, labelOf, measureLink]);
  const sort = useCheckedSort('sort', state.params.sort, columns, reportProblem);

  const chartedLabels = grid.dates.filter((d) => d.charted).map((d) => d.x);
  const subtitle =
    `${shortName}'s position out of the ${size} partnerships in its Home Office Most Similar Family Group, by crime type, ` +
    `as at ${chartedLabels.join(', ')}, one panel per crime type, dates spaced in proportion to the time between them. 1st is best, so 1st is at the top of each panel and ${size} at the bottom.` +
    (loneDates.length > 0 ? ` Positions quoted on their own for ${loneDates.map((d) => d.x).join(' and ')} are in the table only.` : '');

  const table = (
    <DataTable
      caption={`${shortName}'s position in its family group of ${size}, by crime type and date`}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.measure}
      sort={sort}
      onSortChange={(next) => setParams({ sort: next })}
    />
  );
  // Panels of history need three dates or more (chart-shape.ts); with fewer, the dot plot above shows every charted position, and the table keeps the rest.
  if (chartShape(chartedLabels.length) !== 'line') {
    return (
      <section aria-labelledby="family-all-positions">
        <h2 id="family-all-positions">Every published position, by crime type and date</h2>
        {table}
      </section>
    );
  }

  return (
    <ChartFrame
      title="Position in the family group, by crime type"
      subtitle={subtitle}
      summary={overviewSummary(grid, labelOf, shortName)}
      chart={<RankSmallMultiples panels={panels} size={size} />}
      table={table}
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
