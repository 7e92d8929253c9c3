import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { PrintedArrows } from './printed-arrows';
import { cellKey, latestChange, latestMovement, type RankGrid } from './selectors';

export interface PositionRow {
  measure: string;
}

/**
 * The positions table: a crime type column, one column per "as at" date,
 * then the change and the printed arrow where the data have them. Its
 * sortable columns are known only once the data are in; the `sort`
 * parameter is checked against exactly these.
 */
export function positionColumns(
  grid: RankGrid,
  labelOf: (measure: string) => string,
  measureLink: (measure: string) => string,
): TableColumn<PositionRow>[] {
  const change = latestChange(grid);
  const pair = change ? { from: change.from.period.id, to: change.to.period.id } : null;
  const columns: TableColumn<PositionRow>[] = [
    {
      id: 'measure',
      header: 'Crime type',
      value: (r) => labelOf(r.measure),
      cell: (r) => <a href={measureLink(r.measure)}>{labelOf(r.measure)}</a>,
      rowHeader: true,
    },
    ...grid.dates.map((d): TableColumn<PositionRow> => ({
      id: d.period.id,
      header: d.charted ? d.x : `${d.x} (quoted on its own)`,
      numeric: true,
      value: (r) => grid.cells.get(cellKey(r.measure, d.period.id))?.value ?? null,
      figure: (r) => grid.cells.get(cellKey(r.measure, d.period.id)),
      cell: (r) => {
        const f = grid.cells.get(cellKey(r.measure, d.period.id));
        return f ? (
          <FigureValue figure={f} context={`${labelOf(r.measure)}, position at ${d.x}`} />
        ) : (
          <span className="not-published">not published</span>
        );
      },
    })),
  ];
  if (change) {
    columns.push({
      id: 'movement',
      header: `Change, ${change.from.x} to ${change.to.x} (calculated from the positions)`,
      value: (r) => latestMovement(grid, r.measure)?.places ?? null,
      cell: (r) => {
        const m = latestMovement(grid, r.measure);
        return m ? <span className="family-movement">{m.words}</span> : <span className="not-published">not both published</span>;
      },
    });
  }
  if (grid.printed.size > 0) {
    columns.push({
      id: 'printed',
      header: 'Arrow as printed',
      value: (r) => grid.printed.get(r.measure)?.[0]?.value ?? null,
      cell: (r) => (
        <PrintedArrows grid={grid} arrows={grid.printed.get(r.measure) ?? []} measureName={labelOf(r.measure)} expected={pair} />
      ),
    });
  }
  return columns;
}
