import { sortParam, stringParam } from '../../lib/url-state';

export const FAMILY_PARAMS = {
  /** Drill-down: one crime type's rank history. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type'),
  /** Sort of the positions table (crime type × date). */
  // One column per "as at" date, so the sortable columns are checked against a pattern.
  sort: sortParam(
    {
      pattern: /^(measure|movement|printed|[a-z0-9]+-[0-9]{4}(-[0-9]{2}){0,2}[a-z0-9-]*)$/,
      expects: 'measure, movement, printed or a date',
    },
    null,
  ),
  /** Sort of a crime type's totals for the partnership, on its drill-down page. */
  csort: sortParam(['statistic', 'period', 'comparison', 'value'], null),
  /** Sort of the list of peers. */
  msort: sortParam(['member', 'force'], null),
};
