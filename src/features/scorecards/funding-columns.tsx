import type { ContextColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { areaLabel, measureLabel, periodLabel, type FigureLookups } from '../../components/figures/figure-context';
import type { Figure } from '../../data/schema';

/** A funding profile's amounts; every funding table's sort accepts these columns. */
export const FUNDING_COLUMNS: readonly ContextColumn<Figure, FigureLookups>[] = [
  { id: 'item', header: 'Item', value: (f, lookups) => measureLabel(lookups, f.measure), rowHeader: true },
  { id: 'area', header: 'Area', value: (f, lookups) => areaLabel(lookups, f.areaType, f.areaCode) },
  {
    id: 'period',
    header: 'Period',
    value: (f, lookups) => lookups.periods.get(f.period)?.start ?? f.period,
    cell: (f, lookups) => periodLabel(lookups, f.period),
  },
  {
    id: 'amount',
    header: 'Amount as published',
    numeric: true,
    value: (f) => f.value,
    figure: (f) => f,
    cell: (f, lookups) => <FigureValue figure={f} context={`${measureLabel(lookups, f.measure)}, ${periodLabel(lookups, f.period)}`} />,
  },
];
