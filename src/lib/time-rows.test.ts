import { describe, expect, it } from 'vitest';
import { timeRows } from './time-rows';

describe('timeRows', () => {
  it('keeps points at their times and puts an empty row in a gap, so the line breaks there', () => {
    // SYNTHETIC: yearly points with two years missing between the second and third.
    const rows = timeRows(
      [
        { t: 0, values: { a: 1 } },
        { t: 365, values: { a: 2 } },
        { t: 1461, values: { a: 3 } },
        { t: 1826, values: { a: 4 } },
      ],
      ['a'],
    );
    expect(rows.map((r) => r.t)).toEqual([0, 365, 913, 1461, 1826]);
    expect(rows[2]?.values).toEqual({ a: null });
  });

  it('adds nothing where the points are evenly spaced', () => {
    const rows = timeRows(
      [
        { t: 10, values: { a: 1 } },
        { t: 20, values: { a: null } },
        { t: 30, values: { a: 3 } },
      ],
      ['a'],
    );
    expect(rows).toHaveLength(3);
  });
});
