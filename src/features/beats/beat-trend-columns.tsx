import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import type { BeatTrend } from './selectors';

export interface TrendRow {
  beat: string;
}

/**
 * The trend table: a beat column, then one column per period of the chosen
 * series, so its sortable columns are known only once the data are in; the
 * `sort` parameter is checked against exactly these.
 */
export function trendColumns(trend: BeatTrend, measureName: string, beatLink: (beat: string) => string): TableColumn<TrendRow>[] {
  return [
    {
      id: 'beat',
      header: 'Beat',
      value: (r) => Number(r.beat),
      cell: (r) => <a href={beatLink(r.beat)}>Beat {r.beat}</a>,
      rowHeader: true,
    },
    ...trend.points.map((p): TableColumn<TrendRow> => ({
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
  ];
}
