import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { areaLabel, measureLabel, periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import type { YOUTH_ASB_PARAMS } from './params';
import { STATISTIC_NAMES } from './labels';

interface Props {
  caption: string;
  figures: readonly Figure[];
  state: ViewState<typeof YOUTH_ASB_PARAMS>;
}

function columnsFor(lookups: FigureLookups): TableColumn<Figure>[] {
  return [
    { id: 'measure', header: 'Measure', value: (f) => measureLabel(lookups, f.measure), rowHeader: true },
    { id: 'area', header: 'Area', value: (f) => areaLabel(lookups, f.areaType, f.areaCode) },
    {
      id: 'statistic',
      header: 'Figure',
      // A superseded printing stays listed, said in words, so a reader can see both.
      value: (f) =>
        `${STATISTIC_NAMES[f.statistic] ?? f.statistic}${f.preferred ? '' : ' (another printing differs; not the preferred value)'}`,
    },
    {
      id: 'period',
      header: 'Period',
      value: (f) => lookups.periods.get(f.period)?.start ?? f.period,
      cell: (f) => periodLabel(lookups, f.period),
    },
    { id: 'comparison', header: 'Compared with', value: (f) => (f.comparison ? periodLabel(lookups, f.comparison) : '') },
    {
      id: 'value',
      header: 'Value as published',
      numeric: true,
      value: (f) => f.value,
      cell: (f) => (
        <FigureValue
          figure={f}
          context={`${measureLabel(lookups, f.measure)}, ${areaLabel(lookups, f.areaType, f.areaCode)}, ${periodLabel(lookups, f.period)}`}
        />
      ),
    },
  ];
}

export function AsbFiguresTable({ caption, figures, state }: Props) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => columnsFor(lookups), [lookups]);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={figures}
      rowKey={(f) => f.id}
      sort={state.params.sort}
      onSortChange={(sort) => state.setParams({ sort })}
      empty="No figures in this section for the chosen period."
    />
  );
}
