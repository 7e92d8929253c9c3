import { sortableColumnIds } from '../../components/data-table/columns';
import { sortFamily, stringParam } from '../../lib/url-state';
import { ASB_FIGURE_COLUMNS } from './asb-figure-columns';
import { SECTION_IDS } from './sections';

export const YOUTH_ASB_PARAMS = {
  /** One section of the page; empty shows them all. */
  section: stringParam(new RegExp(`^(${SECTION_IDS.join('|')})$`), `one of the page's sections (${SECTION_IDS.join(', ')})`),
  /** One measure's figures; empty for all in the chosen section. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a measure id'),
  /** The tables' period; the charts keep their whole like-for-like series. */
  period: stringParam(/^[a-z0-9-]{4,40}$/, 'a period id'),
  /** Each section's table sorts on its own: `sort.interventions=-value`. */
  sort: sortFamily(SECTION_IDS, sortableColumnIds(ASB_FIGURE_COLUMNS)),
};
