import { describe, expect, it } from 'vitest';
import { figure, periodMap, SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { sortableColumnIds } from '../../components/data-table/columns';
import { readParams, sortProblem } from '../../lib/url-state';
import { BEAT_FIGURE_COLUMNS } from './beat-figure-columns';
import { trendColumns } from './beat-trend-columns';
import type { Partnership } from '../../data/partnership';
import { subareasOf } from '../../data/partnership-areas';
import { beatParams } from './params';
import { beatTrend, sortKept, trendSeries } from './selectors';

// SYNTHETIC: a made-up partnership with numbered beats, and counts far in the future so they cannot be mistaken for real ones.
const PARTNERSHIP: Partnership = {
  ...SYNTHETIC_PARTNERSHIP,
  subareas: { type: 'beat', singular: 'beat', plural: 'beats' },
  areas: [
    SYNTHETIC_PARTNERSHIP.areas[0]!,
    ...['56', '57', '58', '59', '62'].map((code) => ({ type: 'beat', code, name: `Beat ${code}`, shortName: null })),
  ],
};
const subareas = subareasOf(PARTNERSHIP);
// The spec the route uses: built from the profile, with every table's sort key.
const BEAT_PARAMS = beatParams(PARTNERSHIP);
const YTD = ['fy2096-97-ytd-2096-12-05', 'fy2097-98-ytd-2097-12-05', 'fy2098-99-ytd-2098-12-05'];
const periods = periodMap(YTD);
const figures = YTD.flatMap((period, i) =>
  ['56', '57', '58', '62'].map((areaCode, j) => figure({ areaCode, period, value: 100 + 10 * i + j })),
);
const query = { measure: 'all-crime', seriesKey: '', beats: [], from: '', to: '' };

describe('every sortable column of the beat tables round-trips through the URL', () => {
  it('the figures on a beat page, under sort.figures', () => {
    expectEverySortRoundTrips(BEAT_PARAMS, { param: 'sort.figures' }, BEAT_FIGURE_COLUMNS);
  });

  it('the trend table, whose columns are the periods in the data, under sort', () => {
    const columns = trendColumns(beatTrend(figures, periods, query, subareas), 'Synthetic crime', () => '#', subareas);
    expect(sortableColumnIds(columns)).toEqual(['beat', ...YTD]);
    expectEverySortRoundTrips(BEAT_PARAMS, { param: 'sort' }, columns);
  });

  it('reports a period the trend table does not have once it is built, though the URL read it', () => {
    const columns = sortableColumnIds(trendColumns(beatTrend(figures, periods, query, subareas), 'Synthetic crime', () => '#', subareas));
    const { values, problems } = readParams('sort=-fy2099-00', BEAT_PARAMS);
    expect(problems).toEqual([]);
    expect(sortProblem('sort', values.sort, columns)?.message).toMatch(
      /^The value of "sort" \(“-fy2099-00”\) is not a column to sort by \(beat, fy2096-97/,
    );
  });

  it('keeps the trend sort when a filter keeps its column, and drops it when the column goes', () => {
    const byPeriod = { column: YTD[1]!, descending: true };
    expect(sortKept(byPeriod, YTD)).toBe(byPeriod);
    expect(sortKept(byPeriod, [YTD[2]!])).toBeNull();
    expect(sortKept({ column: 'beat', descending: false }, [])).toEqual({ column: 'beat', descending: false });
    expect(sortKept(null, YTD)).toBeNull();
  });
});

describe('beat line styles', () => {
  it("keep each beat's colour, dash and marker when another beat is unticked", () => {
    const all = trendSeries(beatTrend(figures, periods, query, subareas), subareas);
    const without57 = trendSeries(beatTrend(figures, periods, { ...query, beats: ['56', '58', '62'] }, subareas), subareas);
    expect(without57.map((s) => s.key)).toEqual(['56', '58', '62']);
    for (const s of without57) expect(s.style).toEqual(all.find((a) => a.key === s.key)?.style);
    // Beats are told apart by style: no two share all three.
    expect(new Set(all.map((s) => JSON.stringify(s.style))).size).toBe(all.length);
    // Each beat is styled by its place among all the partnership's beats in the profile, not among those with figures.
    expect(all.map((s) => s.key)).toEqual(['56', '57', '58', '59', '62']);
    expect(all.map((s) => s.label)).toEqual(['Beat 56', 'Beat 57', 'Beat 58', 'Beat 59', 'Beat 62']);
  });
});
