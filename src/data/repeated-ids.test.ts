import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedIds } from './repeated-ids';

/** The plain way: every index whose id an earlier index already had. */
const naive = (ids: readonly string[]) => ids.flatMap((id, i) => (ids.indexOf(id) < i ? [i] : []));

describe('repeated ids', () => {
  it('finds every id equal to an earlier one, written end to end or listed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.nat({ max: 40 }), { maxLength: 200 }), (width, picks) => {
        // Few distinct ids, so repeats are common; characters beyond ASCII included.
        const ids = picks.map((p) => (p.toString(3) + 'é'.repeat(width)).slice(0, width).padEnd(width, '0'));
        expect(repeatedIds({ width, joined: ids.join('') }, ids.length)).toEqual(naive(ids));
        expect(repeatedIds(ids, ids.length)).toEqual(naive(ids));
      }),
      { numRuns: 300, seed: 20_261_130 },
    );
  });

  it('keeps up at force scale: tens of thousands of distinct ids, one repeated at the end', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => i.toString(16).padStart(12, '0'));
    ids.push(ids[12_345] ?? '');
    expect(repeatedIds({ width: 12, joined: ids.join('') }, ids.length)).toEqual([50_000]);
  });
});
