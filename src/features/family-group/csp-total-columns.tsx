import type { ContextColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, type FigureLookups } from '../../components/figures/figure-context';
import type { Figure } from '../../data/schema';
import { statisticName, type FamilyScope } from './selectors';

export interface CspTotalContext {
  lookups: FigureLookups;
  measureName: string;
  /** The family group's size and unit, from the profile, which name a position. */
  scope: FamilyScope;
}

/** The partnership's own totals for one crime type; the `sort.totals` parameter is derived from these columns. */
export const CSP_TOTAL_COLUMNS: readonly ContextColumn<Figure, CspTotalContext>[] = [
  {
    id: 'period',
    header: 'Period',
    value: (f, { lookups }) => lookups.periods.get(f.period)?.start ?? f.period,
    cell: (f, { lookups }) => periodLabel(lookups, f.period),
    rowHeader: true,
  },
  { id: 'statistic', header: 'Figure', value: (f, { scope }) => statisticName(f, scope) },
  {
    id: 'comparison',
    header: 'Compared with',
    value: (f, { lookups }) => (f.comparison ? periodLabel(lookups, f.comparison) : ''),
    cell: (f, { lookups }) => (f.comparison ? periodLabel(lookups, f.comparison) : '–'),
  },
  {
    id: 'value',
    header: 'Value as published',
    numeric: true,
    value: (f) => f.value,
    figure: (f) => f,
    cell: (f, { lookups, measureName, scope }) => (
      <FigureValue figure={f} context={`${measureName}, ${statisticName(f, scope)}, ${periodLabel(lookups, f.period)}`} />
    ),
  },
];
