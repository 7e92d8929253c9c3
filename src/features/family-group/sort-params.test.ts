import { describe, expect, it } from 'vitest';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { sortableColumnIds } from '../../components/data-table/columns';
import { CSP_TOTAL_COLUMNS } from './csp-total-columns';
import { MEMBER_COLUMNS } from './member-columns';
import { FAMILY_PARAMS } from './params';
import { positionColumns } from './position-columns';
import { measureSeries, rankGrid } from './selectors';

// SYNTHETIC positions, far in the future so they cannot be mistaken for Charnwood's.
const D1 = 'asat-2096-12-31';
const D2 = 'asat-2097-03-31';
const periods = periodMap([D1, D2]);
const rank = (measure: string, period: string, value: number) =>
  figure({ areaType: 'csp', areaCode: 'synthetic', measure, statistic: 'rank', unit: 'rank-of-15', period, value });
const arrow = figure({
  areaType: 'csp',
  areaCode: 'synthetic',
  measure: 'robbery',
  statistic: 'movement',
  unit: 'direction',
  period: D2,
  comparison: D1,
  value: -1,
});
const figures = [
  rank('all-crime', D1, 9),
  rank('robbery', D1, 3),
  rank('shoplifting', D1, 5),
  rank('all-crime', D2, 11),
  rank('robbery', D2, 4),
  arrow,
];

describe('every sortable column of the family group tables round-trips through the URL', () => {
  it('the positions table, whose columns are the dates in the data, under sort', () => {
    const columns = positionColumns(
      rankGrid(figures, periods),
      (m) => m,
      () => '#',
    );
    expect(sortableColumnIds(columns)).toEqual(['measure', D1, D2, 'movement', 'printed']);
    expectEverySortRoundTrips(FAMILY_PARAMS, { param: 'sort' }, columns);
  });

  it("a crime type's Charnwood totals, under sort.totals", () => {
    expectEverySortRoundTrips(FAMILY_PARAMS, { param: 'sort.totals' }, CSP_TOTAL_COLUMNS);
  });

  it('the members of the family group, under sort.members', () => {
    expectEverySortRoundTrips(FAMILY_PARAMS, { param: 'sort.members' }, MEMBER_COLUMNS);
  });
});

describe('crime type line styles', () => {
  it('are keyed by the crime type, so a crime type drawn alone looks as it does among the rest', () => {
    const grid = rankGrid(figures, periods);
    const all = measureSeries(grid, grid.measures, (m) => m);
    for (const m of grid.measures) expect(measureSeries(grid, [m], (x) => x)[0]?.style).toEqual(all.find((s) => s.key === m)?.style);
    const withoutRobbery = measureSeries(grid, ['all-crime', 'shoplifting'], (m) => m);
    expect(withoutRobbery.map((s) => s.style)).toEqual(all.filter((s) => s.key !== 'robbery').map((s) => s.style));
  });
});
