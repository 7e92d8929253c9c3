import type { ContextColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { measureLabel, periodLabel, type FigureLookups } from '../../components/figures/figure-context';
import type { Figure } from '../../data/schema';

function statisticName(statistic: string, subareaPlural: string): string {
  const names: Record<string, string> = {
    count: 'Count',
    difference: 'Difference',
    'percent-change': '% change',
    share: 'Share',
    rank: `Rank among ${subareaPlural}`,
    number: 'Number',
  };
  return names[statistic] ?? statistic;
}

export interface BeatFigureContext {
  lookups: FigureLookups;
  /** The beat's name from the profile. */
  beatName: string;
  /** What the partnership's sub-areas are called, e.g. "beats". */
  subareaPlural: string;
}

/** Every figure published for one beat; the `sort.figures` parameter is derived from these columns. */
export const BEAT_FIGURE_COLUMNS: readonly ContextColumn<Figure, BeatFigureContext>[] = [
  { id: 'measure', header: 'Crime type', value: (f, { lookups }) => measureLabel(lookups, f.measure), rowHeader: true },
  { id: 'statistic', header: 'Figure', value: (f, { subareaPlural }) => statisticName(f.statistic, subareaPlural) },
  {
    id: 'period',
    header: 'Period',
    value: (f, { lookups }) => lookups.periods.get(f.period)?.start ?? f.period,
    cell: (f, { lookups }) => periodLabel(lookups, f.period),
    csv: (f, { lookups }) => periodLabel(lookups, f.period),
  },
  { id: 'period-start', header: 'Period start', value: (f, { lookups }) => lookups.periods.get(f.period)?.start ?? null, hidden: true },
  { id: 'period-end', header: 'Period end', value: (f, { lookups }) => lookups.periods.get(f.period)?.end ?? null, hidden: true },
  {
    id: 'comparison',
    header: 'Compared with',
    value: (f, { lookups }) => (f.comparison ? periodLabel(lookups, f.comparison) : ''),
    sortable: false,
  },
  {
    id: 'value',
    header: 'Value as published',
    numeric: true,
    value: (f) => f.value,
    figure: (f) => f,
    cell: (f, { lookups, beatName }) => (
      <FigureValue figure={f} context={`${measureLabel(lookups, f.measure)}, ${beatName}, ${periodLabel(lookups, f.period)}`} />
    ),
  },
];
