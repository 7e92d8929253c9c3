import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { subareaCodes, subareaName, type Subareas } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import type { BeatTrend } from './selectors';

export interface TrendRow {
  beat: string;
}

/** The column naming the beat (or whatever the partnership's sub-areas are), a link to its page. */
export function beatColumn(beatLink: (beat: string) => string, subareas: Subareas): TableColumn<TrendRow> {
  const codes = subareaCodes(subareas);
  return {
    id: 'beat',
    header: capitalise(subareas.singular),
    // Sorted in the profile's order, which need not be the codes' alphabetical order.
    value: (r) => codes.indexOf(r.beat),
    csv: (r) => subareaName(subareas, r.beat),
    cell: (r) => <a href={beatLink(r.beat)}>{subareaName(subareas, r.beat)}</a>,
    rowHeader: true,
  };
}

/**
 * One column per period of the chosen series. Apart from the beat's column,
 * whose links follow the address: so a sort (which changes the address)
 * leaves these columns, and the figures in their cells, as they are.
 */
export function periodColumns(trend: BeatTrend, measureName: string, subareas: Subareas): TableColumn<TrendRow>[] {
  return trend.points.map((p): TableColumn<TrendRow> => ({
    id: p.period.id,
    header: p.period.label,
    numeric: true,
    value: (r) => trend.cells.get(`${r.beat}|${p.period.id}`)?.value ?? null,
    figure: (r) => trend.cells.get(`${r.beat}|${p.period.id}`),
    cell: (r) => {
      const f = trend.cells.get(`${r.beat}|${p.period.id}`);
      return f ? (
        <FigureValue figure={f} context={`${measureName}, ${subareaName(subareas, r.beat)}, ${p.period.label}`} />
      ) : (
        <span className="not-published">not published</span>
      );
    },
  }));
}

/**
 * The trend table: a column naming the beat, then one column per period of
 * the chosen series, so its sortable columns are known only once the data
 * are in; the `sort` parameter is checked against exactly these.
 */
export function trendColumns(
  trend: BeatTrend,
  measureName: string,
  beatLink: (beat: string) => string,
  subareas: Subareas,
): TableColumn<TrendRow>[] {
  return [beatColumn(beatLink, subareas), ...periodColumns(trend, measureName, subareas)];
}
