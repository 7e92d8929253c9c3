import { sortableColumnIds } from '../../components/data-table/columns';
import { BUILT_FROM_DATA, listParam, sortParam, stringParam } from '../../lib/url-state';
import { BEAT_FIGURE_COLUMNS } from './beat-figure-columns';

const BEAT = /^(5[6-9]|6[0-5])$/;
const PERIOD = /^[a-z0-9-]{4,40}$/;

export const BEAT_PARAMS = {
  /** A beat's own page when set. */
  beat: stringParam(BEAT, 'a Charnwood beat from 56 to 65'),
  measure: stringParam(/^[a-z0-9-]{1,60}$/, 'a crime type', 'all-crime'),
  /** Beats to compare; empty means all ten. */
  beats: listParam(BEAT, 'a comma-separated list of beats from 56 to 65'),
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
  /** Sort of the table of every figure on a beat's page. */
  'sort.figures': sortParam(sortableColumnIds(BEAT_FIGURE_COLUMNS)),
};
