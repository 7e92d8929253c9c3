import type { Partnership } from '../data/partnership';
import { booleanParam, enumParam, readParams, stringParam } from '../lib/url-state';
import { capitalise } from '../lib/words';

export const VIEWS = ['overview', 'beats', 'family-group', 'youth-asb', 'actions', 'scorecards', 'data', 'changes', 'pack'] as const;
export type ViewId = (typeof VIEWS)[number];

/** The views the navigation lists; the meeting pack, a document made of all of them, is linked beside the snapshot instead. */
export const NAV_VIEWS = VIEWS.filter((v) => v !== 'pack');

/** Each view's title in the navigation, page title and embed header; the sub-area view is named by what the sub-areas are. */
export function viewTitles(partnership: Partnership): Record<ViewId, string> {
  return {
    overview: 'Overview',
    beats: `${capitalise(partnership.subareas.singular)} trends`,
    'family-group': 'Family group',
    'youth-asb': 'Youth ASB',
    actions: 'Actions',
    scorecards: 'Scorecards',
    data: 'Data downloads',
    changes: 'What changed',
    pack: 'Meeting pack',
  };
}

/** The page title of a view: the document's <title>, prerendered and set as the view changes. */
export function pageTitle(partnership: Partnership, view: ViewId): string {
  return `${viewTitles(partnership)[view]} – ${partnership.partnership.name}`;
}

/** Parameters every view shares. An empty snapshot means the manifest's default. */
export const APP_PARAMS = {
  view: enumParam(VIEWS, 'overview'),
  snapshot: stringParam(/^\d{4}-\d{2}$/, 'a snapshot id such as 2024-04'),
  embed: booleanParam(),
  /** With embed: the one chart or table to show, by its id on the page. */
  part: stringParam(/^[a-z0-9][a-z0-9.-]{0,99}$/, 'the id of a chart or table'),
  /** Every figure's source written beside it (the "Show sources" switch). */
  sources: booleanParam(),
};

const EMBED_ONLY = { embed: APP_PARAMS.embed };

/** Whether a query string asks for the embedded layout: parsed as the shell parses it, so embed=1 and embed=true mean one thing. */
export function isEmbedded(search: string | URLSearchParams): boolean {
  return readParams(search, EMBED_ONLY).values.embed;
}
