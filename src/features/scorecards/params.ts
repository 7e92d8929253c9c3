import { sortParam, stringParam, textParam } from '../../lib/url-state';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Sortable columns of the scorecard tables (each table shows the ones it has). */
export const SCORECARD_SORT_COLUMNS = ['indicator', 'outcome', 'rag', 'direction', 'progress', 'rank'] as const;
export const FUNDING_SORT_COLUMNS = ['item', 'area', 'period', 'amount'] as const;

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
  sort: sortParam(SCORECARD_SORT_COLUMNS, null),
  /** One funding profile (an id from the profile's funds.csv); empty for all. */
  fund: stringParam(KEBAB, 'a funding profile id'),
  fundsort: sortParam(FUNDING_SORT_COLUMNS, null),
};
