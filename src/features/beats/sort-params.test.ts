import { describe, expect, it } from 'vitest';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { sortableColumnIds } from '../../components/data-table/columns';
import { readParams, sortProblem } from '../../lib/url-state';
import { BEAT_FIGURE_COLUMNS } from './beat-figure-columns';
import { trendColumns } from './beat-trend-columns';
import { BEAT_PARAMS } from './params';
import { beatTrend, sortKept, trendSeries } from './selectors';

// SYNTHETIC counts, far in the future so they cannot be mistaken for Charnwood's.
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
    const columns = trendColumns(beatTrend(figures, periods, query), 'Synthetic crime', () => '#');
    expect(sortableColumnIds(columns)).toEqual(['beat', ...YTD]);
    expectEverySortRoundTrips(BEAT_PARAMS, { param: 'sort' }, columns);
  });

  it('reports a period the trend table does not have once it is built, though the URL read it', () => {
    const columns = sortableColumnIds(trendColumns(beatTrend(figures, periods, query), 'Synthetic crime', () => '#'));
    const { values, problems } = readParams('sort=-fy2099-00', BEAT_PARAMS);
    expect(problems).toEqual([]);
    expect(sortProblem('sort', values.sort, columns)?.message).toMatch(/^"sort=-fy2099-00" is not a column to sort by \(beat, fy2096-97/);
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
    const all = trendSeries(beatTrend(figures, periods, query));
    const without57 = trendSeries(beatTrend(figures, periods, { ...query, beats: ['56', '58', '62'] }));
    expect(without57.map((s) => s.key)).toEqual(['56', '58', '62']);
    for (const s of without57) expect(s.style).toEqual(all.find((a) => a.key === s.key)?.style);
    // Beats are told apart by style: no two of the ten share all three.
    expect(new Set(all.map((s) => JSON.stringify(s.style))).size).toBe(all.length);
  });
});
