import { describe, expect, it } from 'vitest';
import type { ScorecardRow } from '../../data/schema';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { sortableColumnIds } from '../../components/data-table/columns';
import { EMPTY_LOOKUPS } from '../../components/figures/figure-context';
import { FUNDS, scorecardInfo } from './catalogue';
import { FUNDING_COLUMNS } from './funding-columns';
import { SCORECARD_PARAMS } from './params';
import { scorecardColumns } from './scorecard-columns';
import { buildRowViews, tableNames, type ColumnPlan } from './selectors';

/** A SYNTHETIC scorecard row: made-up wording, never shown as Charnwood's. */
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
    source: { document: 'SYNTHETIC.txt', ref: 'Synthetic table', line: 900 },
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

const GROUPED = 'csp-plan-2020-23-measures-of-success';
const cards = [
  { info: scorecardInfo('lscsb-2017-18-q2', 'Synthetic'), rows: [row('lscsb-2017-18-q2', 'a', 'Synthetic outcome')] },
  {
    info: scorecardInfo(GROUPED, 'Synthetic'),
    rows: [row(GROUPED, 'b', 'Priority 1: Synthetic'), row(GROUPED, 'c', 'Priority 2: Synthetic')],
  },
  { info: scorecardInfo('made-up-card', 'Synthetic'), rows: [row('made-up-card', 'd', 'Synthetic outcome')] },
].map((c) => ({ info: c.info, all: buildRowViews(c.rows, [], []) }));
const funds = FUNDS.map((fund) => ({ fund, items: [], totals: [], periodsWithoutTotal: [] }));

describe('every table on the scorecards page owns a sort key', () => {
  it('named by scorecard, outcome heading or funding profile', () => {
    expect(tableNames(cards, funds)).toEqual([
      'lscsb-2017-18-q2',
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
