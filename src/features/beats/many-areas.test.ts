import { describe, expect, it } from 'vitest';
import { drawnAreas, pageOf, rankedAreas, restrictTrend, sortedBy } from './many-areas';
import type { BeatTrend } from './selectors';
import { period } from '../../../test/unit/fixtures';

// SYNTHETIC: four made-up areas over three periods; d publishes nothing, c only once.
const P = ['m2099-01', 'm2099-02', 'm2099-03'].map((id) => period(id));
const VALUES: Record<string, (number | null)[]> = { a: [10, 12, 30], b: [50, 40, 35], c: [null, null, 5], d: [null, null, null] };
const TREND: BeatTrend = {
  series: null,
  beats: ['a', 'b', 'c', 'd'],
  cells: new Map(),
  points: P.map((p, i) => ({
    period: p,
    x: p.id,
    t: i,
    values: Object.fromEntries(Object.entries(VALUES).map(([code, v]) => [code, v[i] ?? null])),
    others: {},
  })),
};

describe('many areas', () => {
  it('ranks each area by its newest value and its change over the periods shown', () => {
    expect(rankedAreas(TREND)).toEqual([
      { code: 'a', latest: 30, change: 20 },
      { code: 'b', latest: 35, change: -15 },
      { code: 'c', latest: 5, change: null },
      { code: 'd', latest: null, change: null },
    ]);
  });

  it('draws the top N by value or by rise, leaving out areas with nothing to rank, or the chosen ones in order', () => {
    const ranked = rankedAreas(TREND);
    expect(drawnAreas(ranked, 'top-value', [], 2)).toEqual(['b', 'a']);
    expect(drawnAreas(ranked, 'top-value', [], 12)).toEqual(['b', 'a', 'c']);
    expect(drawnAreas(ranked, 'top-change', [], 12)).toEqual(['a', 'b']);
    expect(drawnAreas(ranked, 'chosen', ['d', 'a'])).toEqual(['a', 'd']);
    expect(sortedBy(ranked, 'change').map((a) => a.code)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps every period when it keeps only some lines', () => {
    const shown = restrictTrend(TREND, ['b']);
    expect(shown.beats).toEqual(['b']);
    expect(shown.points.map((p) => p.values)).toEqual([{ b: 50 }, { b: 40 }, { b: 35 }]);
  });

  it('pages a long list, saying which items are shown, and shows the last page for a page past the end', () => {
    const items = Array.from({ length: 150 }, (_, i) => i + 1);
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 13, from: 1, to: 12, total: 150 });
    expect(pageOf(items, 13)).toMatchObject({ page: 13, from: 145, to: 150, items: [145, 146, 147, 148, 149, 150] });
    expect(pageOf(items, 99).page).toBe(13);
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0 });
  });
});
