import { sortableColumnIds } from '../../components/data-table/columns';
import { listParam, sortFamily, stringParam, textParam } from '../../lib/url-state';
import { ACTION_COLUMNS } from './action-columns';

const MEETING_KEY = /^(\d{4}-\d{2}-\d{2}|not-recorded)$/;
const MEETING_KEYS = 'meeting dates (YYYY-MM-DD) or not-recorded, separated by commas';

export const ACTIONS_PARAMS = {
  /** A meeting date (ISO), or `not-recorded` for rows whose documents give none; empty for every meeting. */
  meeting: stringParam(/^(\d{4}-\d{2}-\d{2}|not-recorded)$/, 'a meeting date (YYYY-MM-DD) or not-recorded'),
  /** A person's id from the profile's people list, or an owner as printed where no person accounts for it; empty for everyone. */
  owner: textParam(200),
  /** A status exactly as recorded; empty for any. */
  status: textParam(200),
  type: stringParam(/^(action-log|agreed|action-plan|forward-programme|psa-recommendation)$/, 'a type of action or recommendation'),
  /** Only offered when a row records a priority; the published documents record none. */
  priority: textParam(100),
  q: textParam(200),
  /**
   * The meetings the reader opened or closed against the default (the newest
   * open, the rest closed; every one open under a filter), so a copied link,
   * a reload and Back show the same sections open. Toggling replaces the
   * history entry: Back leaves the page rather than stepping through toggles.
   */
  open: listParam(MEETING_KEY, MEETING_KEYS),
  closed: listParam(MEETING_KEY, MEETING_KEYS),
  /** Each meeting's table sorts on its own: `sort.2024-01-18=status`, `sort.not-recorded=-owners`. */
  sort: sortFamily(
    {
      pattern: MEETING_KEY,
      expects: "the sort of one meeting's table (sort.<meeting date> or sort.not-recorded)",
    },
    sortableColumnIds(ACTION_COLUMNS),
  ),
};
