import { z } from 'zod';
import { sortParam, stringParam, type Param, type SortState } from '../../lib/url-state';

/**
 * The positions table has one column per "as at" date, so its sortable
 * columns cannot be listed in advance: they are checked against a pattern.
 */
function patternSortParam(column: RegExp, expects: string): Param<SortState | null> {
  return {
    schema: z
      .string()
      .regex(/^-?[a-z][a-z0-9-]*$/)
      .transform((s) => ({ column: s.replace(/^-/, ''), descending: s.startsWith('-') }))
      .refine((s) => column.test(s.column)) as unknown as z.ZodType<SortState | null, string>,
    default: null,
    write: (v) => (v === null ? '' : `${v.descending ? '-' : ''}${v.column}`),
    expects,
  };
}

export const FAMILY_PARAMS = {
  /** Drill-down: one crime type's rank history. */
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type'),
  /** Sort of the positions table (crime type × date). */
  sort: patternSortParam(
    /^(measure|movement|printed|[a-z0-9]+-[0-9]{4}(-[0-9]{2}){0,2}[a-z0-9-]*)$/,
    'a column to sort by (measure, movement, printed or a date), with "-" in front for descending',
  ),
  /** Sort of a crime type's Charnwood totals, on its drill-down page. */
  csort: sortParam(['statistic', 'period', 'comparison', 'value'], null),
  /** Sort of the list of peers. */
  msort: sortParam(['member', 'force'], null),
};
