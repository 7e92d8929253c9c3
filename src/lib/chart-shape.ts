/**
 * One rule for every view: how many like-for-like values decide what is
 * drawn. Three or more make a trend (a line); two are a comparison (before →
 * after); one is a single value (a ranked bar among areas); none, nothing.
 */
import { formatNumber } from './format';

export type ChartShape = 'line' | 'before-after' | 'single' | 'none';

export function chartShape(points: number): ChartShape {
  if (points >= 3) return 'line';
  if (points === 2) return 'before-after';
  if (points === 1) return 'single';
  return 'none';
}

export interface BeforeAfter {
  before: number;
  after: number;
  change: number;
  /** Change as a percentage of `before`; null where `before` is 0. */
  percent: number | null;
  /** e.g. "335 → 308, down 27 (−8.1%)". */
  words: string;
}

/**
 * Calculated from two published values, with the direction in words and a
 * sign (never colour alone). The percentage keeps one decimal place.
 */
export function beforeAfter(before: number, after: number, format: (v: number) => string = formatNumber): BeforeAfter {
  const change = after - before;
  const percent = before === 0 ? null : (change / before) * 100;
  const pair = `${format(before)} → ${format(after)}`;
  if (change === 0) return { before, after, change, percent, words: `${pair}, no change` };
  const pct = percent === null ? '' : ` (${percent > 0 ? '+' : '−'}${formatNumber(Math.abs(percent), 1)}%)`;
  const words = `${pair}, ${change > 0 ? 'up' : 'down'} ${format(Math.abs(change))}${pct}`;
  return { before, after, change, percent, words };
}
