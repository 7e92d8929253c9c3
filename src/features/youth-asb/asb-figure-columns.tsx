import type { ContextColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { areaLabel, measureLabel, periodLabel, type FigureLookups } from '../../components/figures/figure-context';
import type { Figure } from '../../data/schema';
import { STATISTIC_NAMES } from './labels';

/** Each section's table of figures; every section's `sort.<section>` parameter is derived from these columns. */
export const ASB_FIGURE_COLUMNS: readonly ContextColumn<Figure, FigureLookups>[] = [
  { id: 'measure', header: 'Measure', value: (f, lookups) => measureLabel(lookups, f.measure), rowHeader: true },
  { id: 'area', header: 'Area', value: (f, lookups) => areaLabel(lookups, f.areaType, f.areaCode) },
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
    value: (f, lookups) => lookups.periods.get(f.period)?.start ?? f.period,
    cell: (f, lookups) => periodLabel(lookups, f.period),
  },
  { id: 'comparison', header: 'Compared with', value: (f, lookups) => (f.comparison ? periodLabel(lookups, f.comparison) : '') },
  {
    id: 'value',
    header: 'Value as published',
    numeric: true,
    value: (f) => f.value,
    figure: (f) => f,
    cell: (f, lookups) => (
      <FigureValue
        figure={f}
        context={`${measureLabel(lookups, f.measure)}, ${areaLabel(lookups, f.areaType, f.areaCode)}, ${periodLabel(lookups, f.period)}`}
      />
    ),
  },
];
