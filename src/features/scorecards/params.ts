import { BUILT_FROM_DATA, sortFamily, stringParam, textParam } from '../../lib/url-state';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SCORECARD_PARAMS = {
  /**
   * One section only: a scorecard id, or `targets` / `funding` for the two
   * sections that are not scorecards. Empty shows everything.
   */
  scorecard: stringParam(KEBAB, 'a scorecard id, "targets" or "funding"'),
  /** Rows whose printed RAG rating is this code (R, A, G, NS…); empty for all. */
  rag: stringParam(/^[A-Za-z]{1,3}$/, 'a RAG code such as R, A or G'),
  /** Words to find in an indicator, outcome or progress text. */
  q: textParam(100),
  /** One funding profile (an id from the profile's funds.csv); empty for all. */
  fund: stringParam(KEBAB, 'a funding profile id'),
  /**
   * Each table sorts on its own, `sort.<table>` (see `tableNames`). The
   * scorecards, and the columns each has, come from the data, so the names
   * and columns are checked once the data are in.
   */
  sort: sortFamily(
    { pattern: /^[a-z0-9-]{1,80}(\.[a-z0-9-]{1,40})?$/, expects: 'the sort of a table on this page (sort.<table>)' },
    BUILT_FROM_DATA,
  ),
};
