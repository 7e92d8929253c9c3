/**
 * What the documents call each scorecard and funding profile. The data keep
 * only ids; the plain titles and the facts about how each was printed come
 * from the partnership's profile (`scorecards.csv`, `funds.csv`). An id the
 * profile does not list still gets a section with a generic title, so
 * nothing is dropped.
 */
import type { Partnership } from '../../data/partnership';

export type ScorecardLayout = 'dashboard' | 'list';

/** One scorecard as the profile describes it. */
export type ProfileScorecard = Partnership['scorecards'][number];

export interface ScorecardInfo {
  id: string;
  title: string;
  /** The document the scorecard is printed in, in plain words. */
  document: string;
  /**
   * `dashboard`: a year-end and a current column plus a nearest-neighbour rank;
   * `list`: the figures printed on each row, whatever they are.
   */
  layout: ScorecardLayout;
  /** Headers of the dashboard's figure columns, as printed. */
  columns: { yearEnd: string; current: string; rank: string };
  /** True where the row references (e.g. "ERM1 - NS(2)") are printed in the document. */
  refsPrinted: boolean;
  /** False where the document prints arrows without saying what they mean. */
  arrowsExplained: boolean;
  /** Words for RAG codes other than R, A and G, from the document's own wording. */
  ragWords: Readonly<Record<string, string>>;
  /** What the document says, or does not say, about its RAG codes. */
  ragKey: string | null;
  /** True where the document prints the rows under outcome headings rather than in an outcome column. */
  groupByOutcome: boolean;
  /** False for ids the profile does not list. */
  known: boolean;
}

const DASHBOARD_COLUMNS = { yearEnd: 'Year end', current: 'Current', rank: 'Nearest neighbour comparison' };

export function scorecardInfo(id: string, fallbackDocument: string, scorecards: readonly ProfileScorecard[]): ScorecardInfo {
  const entry = scorecards.find((s) => s.id === id);
  if (entry) {
    return {
      ...entry,
      known: true,
      ragWords: Object.fromEntries(entry.ragWords.map((w) => [w.code.toUpperCase(), w.word])),
    };
  }
  return {
    id,
    title: `Scorecard “${id}”`,
    document: fallbackDocument,
    layout: 'list',
    columns: DASHBOARD_COLUMNS,
    refsPrinted: true,
    arrowsExplained: false,
    ragWords: {},
    ragKey: null,
    groupByOutcome: false,
    known: false,
  };
}

/** RAG codes as the documents print them, with the word each stands for. */
export const RAG_WORDS: Readonly<Record<string, string>> = { R: 'Red', A: 'Amber', G: 'Green' };

/** Arrows as printed, described by shape only: the documents do not say whether up is better. */
export const ARROW_WORDS: Readonly<Record<string, string>> = {
  '↑': 'up arrow',
  '↓': 'down arrow',
  '→': 'right arrow',
  '←': 'left arrow',
  '↔': 'left-right arrow',
  '↗': 'up-right arrow',
  '↘': 'down-right arrow',
};

/**
 * A funding profile: measures whose id starts with one of `measurePrefixes`
 * belong to it; `allocationPrefix` marks its itemised allocations, which a
 * printed `totalMeasure` may sum. The last one in the profile catches every
 * remaining amount in pounds.
 */
export type FundInfo = Partnership['funds'][number];
