import { booleanParam, enumParam, stringParam } from '../lib/url-state';

export const VIEWS = ['overview', 'beats', 'family-group', 'youth-asb', 'actions', 'scorecards', 'data'] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_TITLES: Record<ViewId, string> = {
  overview: 'Overview',
  beats: 'Beat trends',
  'family-group': 'Family group',
  'youth-asb': 'Youth ASB',
  actions: 'Actions',
  scorecards: 'Scorecards',
  data: 'Data downloads',
};

/** Parameters every view shares. An empty snapshot means the manifest's default. */
export const APP_PARAMS = {
  view: enumParam(VIEWS, 'overview'),
  snapshot: stringParam(/^\d{4}-\d{2}$/, 'a snapshot id such as 2024-04'),
  embed: booleanParam(),
};
