import { FIGURE_DATASETS } from '../../data/schema';
import type { Partnership } from '../../data/partnership';
import type { ChangeDataset, ChangeKind } from './compare';

export const CHANGE_DATASETS: readonly ChangeDataset[] = [...FIGURE_DATASETS, 'notes'];

/** Each kind in words; the table says it in words, never by colour alone. */
export const KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  new: 'New figure',
  revised: 'Revised figure',
  'no-longer-published': 'No longer published',
  'new-note': 'New data note',
  'new-action': 'New action',
  'new-recommendation': 'New recommendation',
};

/** Each dataset as the published-data page describes its file, named from the profile. */
export function datasetLabels(p: Partnership): Readonly<Record<ChangeDataset, string>> {
  return {
    'beat-crime': `Crime by ${p.subareas.singular}`,
    'csp-crime': `${p.partnership.shortName} crime overview`,
    'family-group': 'Most Similar Family Group',
    asb: 'Anti-social behaviour',
    actions: 'Actions and recommendations',
    scorecards: 'Scorecards, KPIs and funding',
    notes: 'Data notes',
  };
}

const STATISTIC_LABELS: Readonly<Record<string, string>> = {
  count: 'count',
  difference: 'difference',
  'percent-change': '% change',
  share: 'share',
  percentage: 'percentage',
  rank: 'rank',
  movement: 'direction',
  rate: 'rate',
  amount: 'amount',
  target: 'target',
  number: 'number',
};

export function statisticLabel(statistic: string): string {
  return STATISTIC_LABELS[statistic] ?? statistic;
}
