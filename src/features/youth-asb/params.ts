import type { Partnership } from '../../data/partnership';
import { sortableColumnIds } from '../../components/data-table/columns';
import { choiceParam, sortFamily, stringParam } from '../../lib/url-state';
import { ASB_FIGURE_COLUMNS } from './asb-figure-columns';
import { asbLayout, sectionIds } from './sections';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASB_SORT_COLUMNS = sortableColumnIds(ASB_FIGURE_COLUMNS);

/**
 * The Youth ASB view's parameters, checked only for shape. The route uses
 * `youthAsbParams`, which accepts only the sections of the partnership's
 * profile (for `section` and for each section table's `sort.<section>`), so a
 * link to an unknown one is reported as ignored.
 */
export const YOUTH_ASB_PARAMS = {
  /** One section of the page; empty shows them all. */
  section: stringParam(KEBAB, "one of the page's sections"),
  /** One measure's figures; empty for all in the chosen section. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a measure id'),
  /** The tables' period; the charts keep their whole like-for-like series. */
  period: stringParam(/^[a-z0-9-]{4,40}$/, 'a period id'),
  /** Each section's table sorts on its own: `sort.interventions=-value`. */
  sort: sortFamily({ pattern: KEBAB, expects: "the sort of one of this page's sections' tables (sort.<section>)" }, ASB_SORT_COLUMNS),
};

export function youthAsbParams(partnership: Partnership): typeof YOUTH_ASB_PARAMS {
  const ids = sectionIds(asbLayout(partnership));
  return {
    ...YOUTH_ASB_PARAMS,
    section: choiceParam(ids, `one of the page's sections (${ids.join(', ')})`),
    sort: sortFamily(ids, ASB_SORT_COLUMNS),
  };
}
