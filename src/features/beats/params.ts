import type { Partnership } from '../../data/partnership';
import { codeSpan, subareaCodes, subareasOf } from '../../data/partnership-areas';
import { sortableColumnIds } from '../../components/data-table/columns';
import { BUILT_FROM_DATA, choiceListParam, choiceParam, enumParam, listParam, sortParam, stringParam } from '../../lib/url-state';
import { BEAT_FIGURE_COLUMNS } from './beat-figure-columns';

const CODE = /^[A-Za-z0-9-]{1,40}$/;
const PERIOD = /^[a-z0-9-]{4,40}$/;

/**
 * The beats view's parameters, checked only for shape. The route uses
 * `beatParams`, which accepts only the partnership's own sub-areas, so a
 * link to an unknown one is reported as ignored.
 */
export const BEAT_PARAMS = {
  /** A beat's own page when set. */
  beat: stringParam(CODE, 'an area code'),
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type', 'all-crime'),
  /** Beats to compare; empty means all of them. */
  beats: listParam(CODE, 'a comma-separated list of area codes'),
  /** Which like-for-like period series to draw; empty means the longest. */
  series: stringParam(/^[a-z0-9-]{1,40}$/, 'a period series'),
  from: stringParam(PERIOD, 'a period id'),
  to: stringParam(PERIOD, 'a period id'),
  /** Drill-down on a beat's page: one crime type (empty for all)… */
  crime: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type'),
  /** …and one period (empty for all). */
  period: stringParam(PERIOD, 'a period id'),
  /** Sort of the trend table, which has one column per period: checked once the table is built. */
  sort: sortParam(BUILT_FROM_DATA),
  /** With many sub-areas (many-areas.ts): the lines drawn, top N by value or change or the chosen ones… */
  lines: enumParam(['top-value', 'top-change', 'chosen'], 'top-value'),
  /** …and the page of small multiples. */
  page: stringParam(/^[1-9][0-9]{0,3}$/, 'a page number', '1'),
  /** Sort of the table of every figure on a beat's page. */
  'sort.figures': sortParam(sortableColumnIds(BEAT_FIGURE_COLUMNS)),
};

/** BEAT_PARAMS with the sub-areas and the first crime type of this partnership. */
export function beatParams(partnership: Partnership): typeof BEAT_PARAMS {
  const subareas = subareasOf(partnership);
  const codes = subareaCodes(subareas);
  const span = codeSpan(codes);
  const firstCrime = partnership.crimeTypes[0];
  return {
    ...BEAT_PARAMS,
    beat: choiceParam(codes, `a ${partnership.partnership.shortName} ${subareas.singular} from ${span}`),
    measure: firstCrime === undefined ? BEAT_PARAMS.measure : { ...BEAT_PARAMS.measure, default: firstCrime },
    beats: choiceListParam(codes, `a comma-separated list of ${subareas.plural} from ${span}`),
  };
}
