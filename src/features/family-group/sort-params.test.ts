import { describe, expect, it } from 'vitest';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { seriesStyle } from '../../components/charts/palette';
import { sortableColumnIds } from '../../components/data-table/columns';
import { CSP_TOTAL_COLUMNS } from './csp-total-columns';
import { MEMBER_COLUMNS } from './member-columns';
import { FAMILY_PARAMS } from './params';
import { positionColumns } from './position-columns';
import { measureSeries, rankGrid, type FamilyScope } from './selectors';

// SYNTHETIC positions of a made-up partnership, far in the future so they cannot be mistaken for real ones.
const scope: FamilyScope = {
  area: { type: 'csp', code: 'synthetic' },
  crimeTypes: ['all-crime', 'burglary-residential', 'robbery', 'shoplifting'],
  size: 15,
  unit: 'rank-of-15',
  allCrime: 'all-crime',
};
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
      rankGrid(figures, periods, scope),
      (m) => m,
      () => '#',
    );
    expect(sortableColumnIds(columns)).toEqual(['measure', D1, D2, 'movement', 'printed']);
    expectEverySortRoundTrips(FAMILY_PARAMS, { param: 'sort' }, columns);
  });

  it("a crime type's totals for the partnership, under sort.totals", () => {
    expectEverySortRoundTrips(FAMILY_PARAMS, { param: 'sort.totals' }, CSP_TOTAL_COLUMNS);
  });

  it('the members of the family group, under sort.members', () => {
    expectEverySortRoundTrips(FAMILY_PARAMS, { param: 'sort.members' }, MEMBER_COLUMNS);
  });
});

describe('crime type line styles', () => {
  it('are keyed by the crime type, so a crime type drawn alone looks as it does among the rest', () => {
    const grid = rankGrid(figures, periods, scope);
    const all = measureSeries(grid, grid.measures, (m) => m);
    for (const m of grid.measures) expect(measureSeries(grid, [m], (x) => x)[0]?.style).toEqual(all.find((s) => s.key === m)?.style);
    const withoutRobbery = measureSeries(grid, ['all-crime', 'shoplifting'], (m) => m);
    expect(withoutRobbery.map((s) => s.style)).toEqual(all.filter((s) => s.key !== 'robbery').map((s) => s.style));
  });

  it("are keyed by the crime type's place in the profile, so a snapshot without one crime type draws the others alike", () => {
    const grid = rankGrid(figures, periods, scope);
    const withoutAllCrime = rankGrid(
      figures.filter((f) => f.measure !== 'all-crime'),
      periods,
      scope,
    );
    const style = (g: typeof grid, m: string) => measureSeries(g, [m], (x) => x)[0]?.style;
    for (const m of ['robbery', 'shoplifting']) expect(style(withoutAllCrime, m)).toEqual(style(grid, m));
    // Burglary has no position here, yet keeps its place: robbery is styled third, not second.
    expect(style(grid, 'robbery')).toEqual(seriesStyle(2));
  });
});
