import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { ViewState } from '../../lib/url-state';
import type { FAMILY_PARAMS } from './params';
import { cspFiguresFor, statisticName, type FamilyScope } from './selectors';

interface Props {
  figures: readonly Figure[];
  scope: FamilyScope;
  measure: string;
  measureName: string;
  state: ViewState<typeof FAMILY_PARAMS>;
}

function columnsFor(lookups: FigureLookups, measureName: string, scope: FamilyScope): TableColumn<Figure>[] {
  return [
    {
      id: 'period',
      header: 'Period',
      value: (f) => lookups.periods.get(f.period)?.start ?? f.period,
      cell: (f) => periodLabel(lookups, f.period),
      rowHeader: true,
    },
    { id: 'statistic', header: 'Figure', value: (f) => statisticName(f, scope) },
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
      cell: (f) => <FigureValue figure={f} context={`${measureName}, ${statisticName(f, scope)}, ${periodLabel(lookups, f.period)}`} />,
    },
  ];
}

/** The partnership's own totals for the crime type: what the documents print beside the position. */
export function CspTotals({ figures, scope, measure, measureName, state }: Props) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const rows = useMemo(() => cspFiguresFor(figures, lookups.periods, measure, scope.area), [figures, lookups, measure, scope]);
  const columns = useMemo(() => columnsFor(lookups, measureName, scope), [lookups, measureName, scope]);
  return (
    <section aria-labelledby="family-totals">
      <h2 id="family-totals">
        {shortName}&rsquo;s published totals for {measureName}
      </h2>
      <p>
        Counts, differences and percentage changes for {shortName} as a whole, as published, each with its own period. A year to date and a
        full year cover different lengths of time, so compare figures only with others of the same period.
      </p>
      <DataTable
        caption={`${measureName}: ${shortName}'s published figures (${rows.length})`}
        columns={columns}
        rows={rows}
        rowKey={(f) => f.id}
        sort={state.params.csort}
        onSortChange={(csort) => state.setParams({ csort })}
        empty={`No ${shortName} totals for ${measureName} are published in this snapshot.`}
      />
    </section>
  );
}
