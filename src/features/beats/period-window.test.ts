import { describe, expect, it } from 'vitest';
import { PERIODS_SHOWN, periodWindow } from './period-window';

// SYNTHETIC period ids: a series of 120 months, and one of 8 (as long as the longest bundled series).
const months = Array.from({ length: 120 }, (_, i) => `m${String(i + 1).padStart(3, '0')}`);
const short = months.slice(0, 8);

describe('the trend table’s period window', () => {
  it('draws a series no longer than the window whole, with no control', () => {
    expect(periodWindow(short, null, false)).toEqual({ windowed: false, expanded: true, forced: false, shown: 8, total: 8 });
    expect(periodWindow(months.slice(0, PERIODS_SHOWN), null, false).windowed).toBe(false);
  });

  it('draws the newest periods of a longer series, and all of them when asked', () => {
    expect(periodWindow(months, null, false)).toEqual({ windowed: true, expanded: false, forced: false, shown: PERIODS_SHOWN, total: 120 });
    expect(periodWindow(months, null, true)).toEqual({ windowed: true, expanded: true, forced: false, shown: 120, total: 120 });
  });

  it('draws every period when the table is sorted by one outside the window, but not for a sort inside it', () => {
    expect(periodWindow(months, 'm001', false)).toMatchObject({ expanded: true, forced: true, shown: 120 });
    expect(periodWindow(months, 'm120', false)).toMatchObject({ expanded: false, forced: false });
    expect(periodWindow(months, 'beat', false)).toMatchObject({ expanded: false, forced: false });
  });
});
