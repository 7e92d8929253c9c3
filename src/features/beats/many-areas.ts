/**
 * Beat trends for a partnership with many sub-areas (a force or county has
 * 150): above `MANY_AREAS` the chart draws a dozen lines, the top ones by
 * value or by change or the reader's own choice, and every area has a small
 * multiple, a page at a time. The threshold is about what a chart and a row
 * of checkboxes can hold, not about any partnership. Pure; unit-tested.
 */
import type { BeatTrend } from './selectors';

/** More sub-areas than this and the view switches to the picker, top N and paged small multiples. */
export const MANY_AREAS = 12;
/** Lines drawn at once, and small multiples on a page. */
export const TOP_N = 12;
export const PAGE_SIZE = 12;

export type LineChoice = 'top-value' | 'top-change' | 'chosen';

export interface RankedArea {
  code: string;
  /** The newest value in the periods shown; null where none is published. */
  latest: number | null;
  /** Newest minus oldest published value in the periods shown; null with fewer than two. */
  change: number | null;
}

/** Every area of the trend with its newest value and its change over the periods shown. */
export function rankedAreas(trend: BeatTrend): RankedArea[] {
  return trend.beats.map((code) => {
    let first: number | null = null;
    let last: number | null = null;
    let n = 0;
    for (const p of trend.points) {
      const v = p.values[code];
      if (v === null || v === undefined) continue;
      if (first === null) first = v;
      last = v;
      n += 1;
    }
    return { code, latest: last, change: n >= 2 && first !== null && last !== null ? last - first : null };
  });
}

/** Areas in order, highest first by `by`; areas without a figure last, in their own order. */
export function sortedBy(areas: readonly RankedArea[], by: 'latest' | 'change'): RankedArea[] {
  return areas
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const vx = x.a[by];
      const vy = y.a[by];
      if (vx === null || vy === null) return vx === vy ? x.i - y.i : vx === null ? 1 : -1;
      return vy - vx || x.i - y.i;
    })
    .map(({ a }) => a);
}

/** The areas whose lines are drawn: the top N by value or change, or those chosen (in the partnership's order). */
export function drawnAreas(areas: readonly RankedArea[], choice: LineChoice, chosen: readonly string[], n = TOP_N): string[] {
  if (choice === 'chosen') return areas.filter((a) => chosen.includes(a.code)).map((a) => a.code);
  return sortedBy(areas, choice === 'top-value' ? 'latest' : 'change')
    .slice(0, n)
    .filter((a) => (choice === 'top-value' ? a.latest : a.change) !== null)
    .map((a) => a.code);
}

/** The trend with only `beats`' lines: the same periods, so the axis does not move when the choice changes. */
export function restrictTrend(trend: BeatTrend, beats: readonly string[]): BeatTrend {
  return {
    ...trend,
    beats: [...beats],
    // No grey context lines at this scale: a hundred and more of them would hide the chosen ones and slow every paint; the small multiples give the context.
    points: trend.points.map((p) => ({
      ...p,
      values: Object.fromEntries(beats.map((b) => [b, p.values[b] ?? p.others[b] ?? null])),
      others: {},
    })),
  };
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown. */
  from: number;
  to: number;
  total: number;
}

/** One page of `items` (1-based); a page past the end shows the last. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (p - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page: p, pages, from: shown.length > 0 ? start + 1 : 0, to: start + shown.length, total: items.length };
}
