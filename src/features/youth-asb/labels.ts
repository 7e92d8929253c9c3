import { areaLabel, measureLabel, type FigureLookups } from '../../components/figures/figure-context';
import type { AreaRef } from '../../data/partnership-areas';
import type { Labeller } from './selectors';

/** The selectors take labels as functions so they stay free of React and testable with made-up names. */
export function labellerFor(lookups: FigureLookups, ownArea: AreaRef): Labeller {
  return {
    measure: (id) => measureLabel(lookups, id),
    area: (type, code) => areaLabel(lookups, type, code),
    ownArea,
  };
}

export const STATISTIC_NAMES: Readonly<Record<string, string>> = {
  count: 'Count',
  amount: 'Amount',
  number: 'Number',
  rate: 'Rate',
  target: 'Target',
  difference: 'Change',
  'percent-change': '% change',
  share: 'Share',
  percentage: 'Percentage',
  rank: 'Rank',
  movement: 'Movement',
};
