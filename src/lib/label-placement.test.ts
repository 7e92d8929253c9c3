import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement';

describe('placing direct labels', () => {
  it('leaves labels that do not overlap where their lines end', () => {
    expect(
      Object.fromEntries(
        placeLabels(
          [
            { key: 'a', y: 10 },
            { key: 'b', y: 50 },
          ],
          14,
          0,
          100,
        ) ?? [],
      ),
    ).toEqual({ a: 10, b: 50 });
  });

  it('nudges overlapping labels apart, keeping their order', () => {
    const placed = placeLabels(
      [
        { key: 'a', y: 40 },
        { key: 'b', y: 42 },
        { key: 'c', y: 44 },
      ],
      14,
      0,
      100,
    );
    expect(placed?.get('a')).toBe(40);
    expect(placed?.get('b')).toBe(54);
    expect(placed?.get('c')).toBe(68);
  });

  it('pushes labels up from the bottom edge', () => {
    const placed = placeLabels(
      [
        { key: 'a', y: 98 },
        { key: 'b', y: 100 },
      ],
      14,
      0,
      100,
    );
    expect(placed?.get('b')).toBe(100);
    expect(placed?.get('a')).toBe(86);
  });

  it('places none when they cannot all fit, so the key names the lines', () => {
    const wants = Array.from({ length: 10 }, (_, i) => ({ key: String(i), y: 50 }));
    expect(placeLabels(wants, 14, 0, 100)).toBeNull();
  });

  it('never lets two labels come closer than the gap', () => {
    const wants = [5, 6, 7, 90, 91, 30].map((y, i) => ({ key: `k${i.toString()}`, y }));
    const ys = [...(placeLabels(wants, 14, 0, 100)?.values() ?? [])].sort((a, b) => a - b);
    expect(ys).toHaveLength(6);
    ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(14));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
  });
});
