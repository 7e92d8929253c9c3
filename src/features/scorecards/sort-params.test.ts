import { describe, expect, it } from 'vitest';
import type { ScorecardRow } from '../../data/schema';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { sortableColumnIds } from '../../components/data-table/columns';
import { EMPTY_LOOKUPS } from '../../components/figures/figure-context';
import { scorecardInfo, type FundInfo, type ProfileScorecard } from './catalogue';
import { FUNDING_COLUMNS } from './funding-columns';
import { SCORECARD_PARAMS } from './params';
import { scorecardColumns } from './scorecard-columns';
import { buildRowViews, tableNames, type ColumnPlan } from './selectors';

/** A SYNTHETIC scorecard row: made-up wording, never shown as a real partnership's. */
function row(scorecard: string, id: string, outcome: string): ScorecardRow {
  return {
    scorecard,
    row: id,
    outcome,
    indicator: `Synthetic indicator ${id}`,
    measure: 'all-crime',
    rag: 'G',
    direction: '↑',
    progress: 'G',
    source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic table', line: 900 },
  };
}

// Every column a scorecard can have; each table shows those its rows fill.
const EVERY_COLUMN: ColumnPlan = {
  outcome: true,
  rag: true,
  yearEnd: true,
  current: true,
  rank: true,
  lineFigures: true,
  direction: true,
  progress: true,
  related: true,
  notes: true,
};

/** SYNTHETIC scorecards and funds, as a profile's scorecards.csv and funds.csv would list them. */
const card = (id: string, layout: 'dashboard' | 'list', groupByOutcome: boolean): ProfileScorecard => ({
  id,
  title: `Synthetic ${id}`,
  document: 'Synthetic document',
  layout,
  columns: { yearEnd: 'Year end', current: 'Current', rank: 'Rank' },
  refsPrinted: true,
  arrowsExplained: false,
  ragWords: [],
  ragKey: null,
  groupByOutcome,
});
const DASHBOARD = 'synthetic-dashboard';
const GROUPED = 'synthetic-measures-of-success';
const SCORECARDS = [card(DASHBOARD, 'dashboard', false), card(GROUPED, 'list', true)];
const FUNDS: FundInfo[] = [
  { id: 'synthetic-fund', title: 'Synthetic fund', measurePrefixes: ['synthetic-fund-'], allocationPrefix: null, totalMeasure: null },
  { id: 'other', title: 'Other funding', measurePrefixes: [], allocationPrefix: null, totalMeasure: null },
];
const cards = [
  { info: scorecardInfo(DASHBOARD, 'Synthetic', SCORECARDS), rows: [row(DASHBOARD, 'a', 'Synthetic outcome')] },
  {
    info: scorecardInfo(GROUPED, 'Synthetic', SCORECARDS),
    rows: [row(GROUPED, 'b', 'Priority 1: Synthetic'), row(GROUPED, 'c', 'Priority 2: Synthetic')],
  },
  { info: scorecardInfo('made-up-card', 'Synthetic', SCORECARDS), rows: [row('made-up-card', 'd', 'Synthetic outcome')] },
].map((c) => ({ info: c.info, all: buildRowViews(c.rows, [], []) }));
const funds = FUNDS.map((fund) => ({ fund, items: [], totals: [], periodsWithoutTotal: [] }));

describe('every table on the scorecards page owns a sort key', () => {
  it('named by scorecard, outcome heading or funding profile', () => {
    expect(tableNames(cards, funds)).toEqual([
      DASHBOARD,
      `${GROUPED}.priority-1`,
      `${GROUPED}.priority-2`,
      'made-up-card',
      ...FUNDS.map((f) => `fund-${f.id}`),
    ]);
  });

  describe.each(cards)('$info.id', ({ info }) => {
    it.each(['dashboard', 'list'] as const)('every sortable column of the %s layout round-trips through the URL', (layout) => {
      const columns = scorecardColumns({ ...info, layout }, EVERY_COLUMN, EMPTY_LOOKUPS);
      expect(sortableColumnIds(columns)).toContain('indicator');
      for (const table of tableNames(
        cards.filter((c) => c.info.id === info.id),
        [],
      )) {
        expectEverySortRoundTrips(SCORECARD_PARAMS, { family: 'sort', table }, columns);
      }
    });
  });

  it.each(FUNDS.map((f) => f.id))('every sortable column of the %s funding table round-trips through the URL', (fund) => {
    expectEverySortRoundTrips(SCORECARD_PARAMS, { family: 'sort', table: `fund-${fund}` }, FUNDING_COLUMNS);
  });
});
