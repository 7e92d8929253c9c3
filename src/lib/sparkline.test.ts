import { describe, expect, it } from 'vitest';
import { epochDay, sparkGeometry } from './sparkline';

describe('sparkGeometry', () => {
  it('places points in proportion to time, not evenly', () => {
    // SYNTHETIC: three dates 1 and 3 years apart.
    const g = sparkGeometry(
      [
        { x: epochDay('2090-12-05'), y: 1 },
        { x: epochDay('2091-12-05'), y: 2 },
        { x: epochDay('2094-12-05'), y: 3 },
      ],
      100,
      20,
      0,
      10,
    );
    const [a, b, c] = g.dots;
    expect(a?.cx).toBe(0);
    expect(c?.cx).toBe(100);
    expect(b?.cx).toBeCloseTo(25, 0);
  });

  it('breaks the line where a period is missing', () => {
    const years = [2090, 2091, 2094, 2095].map((y) => ({ x: epochDay(`${y.toString()}-12-05`), y: y - 2089 }));
    const g = sparkGeometry(years, 100, 20);
    expect(g.dots).toHaveLength(4);
    expect(g.segments).toHaveLength(2);
    expect(g.segments[0]).toMatch(/^M\S+ \S+ L\S+ \S+$/);
  });

  it('draws higher values higher, and a flat series across the middle', () => {
    const up = sparkGeometry(
      [
        { x: 0, y: 1 },
        { x: 1, y: 5 },
      ],
      10,
      10,
      0,
    );
    expect(up.dots[1]?.cy).toBeLessThan(up.dots[0]?.cy ?? 0);
    const flat = sparkGeometry(
      [
        { x: 0, y: 3 },
        { x: 1, y: 3 },
      ],
      10,
      10,
    );
    expect(flat.dots.map((d) => d.cy)).toEqual([5, 5]);
  });
});
