import { sortParam, stringParam } from '../../lib/url-state';

export const FAMILY_PARAMS = {
  /** Drill-down: one crime type's rank history. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type'),
  sort: sortParam(['measure', 'rank'], null),
};
