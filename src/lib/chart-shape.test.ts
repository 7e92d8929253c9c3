import { describe, expect, it } from 'vitest';
import { beforeAfter, chartShape } from './chart-shape';

describe('what a run of values is drawn as', () => {
  it('draws three or more as a line, two as before → after, one as a single value, none as nothing', () => {
    expect([0, 1, 2, 3, 9].map(chartShape)).toEqual(['none', 'single', 'before-after', 'line', 'line']);
  });
});

describe('before → after in words', () => {
  it('says the change with its sign and direction', () => {
    expect(beforeAfter(335, 308).words).toBe('335 → 308, down 27 (−8.1%)');
    expect(beforeAfter(1200, 1350).words).toBe('1,200 → 1,350, up 150 (+12.5%)');
  });

  it('says "no change" for equal values', () => {
    expect(beforeAfter(40, 40)).toMatchObject({ change: 0, percent: 0, words: '40 → 40, no change' });
  });

  it('gives no percentage from zero', () => {
    expect(beforeAfter(0, 5)).toMatchObject({ change: 5, percent: null, words: '0 → 5, up 5' });
  });

  it('uses the formatter given for the values and the change', () => {
    expect(beforeAfter(10.5, 12, (v) => `${v.toFixed(1)}%`).words).toBe('10.5% → 12.0%, up 1.5% (+14.3%)');
  });
});
