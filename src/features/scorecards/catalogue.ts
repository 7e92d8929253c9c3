/**
 * What the documents call each scorecard and funding profile. The data keep
 * only ids, so the plain titles and the facts about how each was printed
 * (checked against the source documents) live here, once. An id that is not
 * listed still gets a section with a generic title, so nothing is dropped.
 */

export type ScorecardLayout = 'dashboard' | 'list';

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
  /** False for ids this catalogue does not know. */
  known: boolean;
}

const DASHBOARD_COLUMNS = { yearEnd: 'Year end', current: 'Current', rank: 'Nearest neighbour comparison' };

const NCW_REPORT = 'Q3 2019/20 Performance Report, Neighbourhoods and Community Wellbeing Scrutiny Committee, 10 March 2020';
const NCW_RAG_WORDS = { NS: 'Not yet started' };
// The report prints NS in the RAG column without a key; its summary (lines 398-407) counts such indicators as not yet started.
const NCW_RAG_KEY =
  'The report prints no key for “NS”. Its summary counts these indicators as “not yet started (as they are scheduled for reporting in future quarters)”.';

type CatalogueEntry = Omit<ScorecardInfo, 'id' | 'known' | 'columns' | 'ragWords' | 'ragKey' | 'groupByOutcome'> &
  Partial<Pick<ScorecardInfo, 'columns' | 'ragWords' | 'ragKey' | 'groupByOutcome'>>;

/** In the order the sections are shown: oldest document first. */
export const SCORECARDS: Readonly<Record<string, CatalogueEntry>> = {
  'lscsb-2017-18-q2': {
    title: 'Safer Communities Performance Dashboard, Quarter 2 2017/18',
    document:
      'Appendix 1 to “Safer Communities Performance 2017/18 Quarter 2”, Leicestershire Safer Communities Strategy Board, 1 December 2017',
    layout: 'dashboard',
    columns: {
      yearEnd: 'Year end (2016-17)',
      current: 'Current year Q2 rolling 12 months (2017-18)',
      rank: 'Nearest neighbour comparison',
    },
    refsPrinted: false,
    // Checked against the dashboard (lines 346-364): no legend for the arrows.
    arrowsExplained: false,
  },
  'ncw-q3-2019-20-every-resident-matters': {
    title: 'Corporate Plan objectives: Every Resident Matters, Quarter 3 2019/20',
    document: NCW_REPORT,
    layout: 'list',
    refsPrinted: true,
    arrowsExplained: false,
    ragWords: NCW_RAG_WORDS,
    ragKey: NCW_RAG_KEY,
  },
  'ncw-q3-2019-20-business-plan-indicators': {
    title: 'Business Plan Indicators, Quarter 3 2019/20',
    document: NCW_REPORT,
    layout: 'list',
    refsPrinted: true,
    arrowsExplained: false,
    ragWords: NCW_RAG_WORDS,
    ragKey: NCW_RAG_KEY,
  },
  'ncw-q3-2019-20-key-indicators': {
    title: 'Key Indicators, Quarter 3 2019/20',
    document: NCW_REPORT,
    layout: 'list',
    refsPrinted: true,
    arrowsExplained: false,
    ragWords: NCW_RAG_WORDS,
    ragKey: NCW_RAG_KEY,
  },
  'csp-plan-2020-23-measures-of-success': {
    title: 'CSP Plan 2020/2023: how will we measure success?',
    document:
      'Charnwood Community Safety Partnership Plan 2020/2023, in the Neighbourhoods and Community Wellbeing Scrutiny Committee papers, 10 March 2020',
    layout: 'list',
    // The plan prints its measures as bullets; the P1.1-style references are the data's own.
    refsPrinted: false,
    arrowsExplained: false,
    groupByOutcome: true,
  },
};

export function scorecardInfo(id: string, fallbackDocument: string): ScorecardInfo {
  const entry = SCORECARDS[id];
  if (entry) {
    return {
      ...entry,
      id,
      known: true,
      columns: entry.columns ?? DASHBOARD_COLUMNS,
      ragWords: entry.ragWords ?? {},
      ragKey: entry.ragKey ?? null,
      groupByOutcome: entry.groupByOutcome ?? false,
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

export interface FundInfo {
  id: string;
  title: string;
  /** Measures whose id starts with one of these belong to the fund. */
  prefixes: readonly string[];
  /** Measures that are the fund's itemised allocations, which a printed total may sum. */
  allocationPrefix: string | null;
  /** The measure the documents use for a printed total of the allocations. */
  totalMeasure: string | null;
}

/** Funding profiles, in the order shown; `other` catches every remaining amount in pounds. */
export const FUNDS: readonly FundInfo[] = [
  {
    id: 'plf',
    title: 'Partnership Locality Fund (PLF) allocations',
    prefixes: ['partnership-locality-fund', 'plf-'],
    allocationPrefix: 'plf-allocation-',
    totalMeasure: 'plf-allocation-total',
  },
  {
    id: 'ci001',
    title: 'PCC CI001 Youth Prevention and Diversion funding',
    prefixes: ['ci001-'],
    allocationPrefix: 'ci001-allocation-',
    totalMeasure: 'ci001-allocation-total',
  },
  { id: 'people-zone', title: 'Bell Foundry People Zone grants', prefixes: ['people-zone-'], allocationPrefix: null, totalMeasure: null },
  { id: 'other', title: 'Other funding, grants and costs', prefixes: [], allocationPrefix: null, totalMeasure: null },
];
