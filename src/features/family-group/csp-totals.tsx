import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import type { FAMILY_PARAMS } from './params';
import { cspFiguresFor, statisticName } from './selectors';

interface Props {
  figures: readonly Figure[];
  measure: string;
  measureName: string;
  state: ViewState<typeof FAMILY_PARAMS>;
}

function columnsFor(lookups: FigureLookups, measureName: string): TableColumn<Figure>[] {
  return [
    {
      id: 'period',
      header: 'Period',
      value: (f) => lookups.periods.get(f.period)?.start ?? f.period,
      cell: (f) => periodLabel(lookups, f.period),
      rowHeader: true,
    },
    { id: 'statistic', header: 'Figure', value: (f) => statisticName(f) },
    {
      id: 'comparison',
      header: 'Compared with',
      value: (f) => (f.comparison ? periodLabel(lookups, f.comparison) : ''),
      cell: (f) => (f.comparison ? periodLabel(lookups, f.comparison) : '–'),
    },
    {
      id: 'value',
      header: 'Value as published',
      numeric: true,
      value: (f) => f.value,
      cell: (f) => <FigureValue figure={f} context={`${measureName}, ${statisticName(f)}, ${periodLabel(lookups, f.period)}`} />,
    },
  ];
}

/** Charnwood's own totals for the crime type: what the documents print beside the position. */
export function CspTotals({ figures, measure, measureName, state }: Props) {
  const lookups = useFigureLookups();
  const rows = useMemo(() => cspFiguresFor(figures, lookups.periods, measure), [figures, lookups, measure]);
  const columns = useMemo(() => columnsFor(lookups, measureName), [lookups, measureName]);
  return (
    <section aria-labelledby="family-totals">
      <h2 id="family-totals">Charnwood&rsquo;s published totals for {measureName}</h2>
      <p>
        Counts, differences and percentage changes for Charnwood as a whole, as published, each with its own period. A year to date and a
        full year cover different lengths of time, so compare figures only with others of the same period.
      </p>
      <DataTable
        caption={`${measureName}: Charnwood's published figures (${rows.length})`}
        columns={columns}
        rows={rows}
        rowKey={(f) => f.id}
        sort={state.params.csort}
        onSortChange={(csort) => state.setParams({ csort })}
        empty={`No Charnwood totals for ${measureName} are published in this snapshot.`}
      />
    </section>
  );
}
