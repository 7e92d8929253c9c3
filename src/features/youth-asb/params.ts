import { sortParam, stringParam } from '../../lib/url-state';
import { SECTION_IDS } from './sections';

export const YOUTH_ASB_PARAMS = {
  /** One section of the page; empty shows them all. */
  section: stringParam(new RegExp(`^(${SECTION_IDS.join('|')})$`), `one of the page's sections (${SECTION_IDS.join(', ')})`),
  /** One measure's figures; empty for all in the chosen section. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a measure id'),
  /** The tables' period; the charts keep their whole like-for-like series. */
  period: stringParam(/^[a-z0-9-]{4,40}$/, 'a period id'),
  sort: sortParam(['measure', 'area', 'statistic', 'period', 'comparison', 'value'], null),
};
