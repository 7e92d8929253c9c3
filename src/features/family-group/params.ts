import { sortableColumnIds } from '../../components/data-table/columns';
import { BUILT_FROM_DATA, sortParam, stringParam } from '../../lib/url-state';
import { CSP_TOTAL_COLUMNS } from './csp-total-columns';
import { MEMBER_COLUMNS } from './member-columns';

export const FAMILY_PARAMS = {
  /** Drill-down: one crime type's rank history. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type'),
  /** Sort of the positions table, which has one column per "as at" date: checked once the table is built. */
  sort: sortParam(BUILT_FROM_DATA),
  /** Sort of a crime type's totals for the partnership, on its drill-down page. */
  'sort.totals': sortParam(sortableColumnIds(CSP_TOTAL_COLUMNS)),
  /** Sort of the list of peers. */
  'sort.members': sortParam(sortableColumnIds(MEMBER_COLUMNS)),
};
