// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runConsistencyChecks, printedDecimals } from './consistency.ts';
import type { BuiltFigure } from './figures.ts';

// SYNTHETIC figures, for testing the checks only: not Charnwood data.
let n = 0;
function fig(p: Partial<BuiltFigure> & Pick<BuiltFigure, 'statistic' | 'value'> & { printed: string }): BuiltFigure {
  n += 1;
  const { printed, ...rest } = p;
  return {
    id: `f${n}`,
    dataset: 'beat-crime',
    areaType: 'beat',
    areaCode: '57',
    measure: 'burglary-residential',
    period: 'fy2098-99-ytd-2098-12-05',
    comparison: null,
    unit: 'crimes',
    printings: [{ printed, source: { document: 'synthetic.txt', ref: 'Synthetic', line: n } }],
    preferred: true,
    noteIds: [],
    remark: null,
    latestPublication: '2099-01-01',
    ...rest,
  };
}
const C = { comparison: 'fy2097-98-ytd-2097-12-05' };

describe('consistency checks', () => {
  it('flags a % change that does not follow from a count and its printed difference', () => {
    const pct = fig({ statistic: 'percent-change', value: 177.8, printed: '+ 177.8%', ...C });
    const notes = runConsistencyChecks([
      fig({ statistic: 'count', value: 25, printed: '25' }),
      fig({ statistic: 'difference', value: 14, printed: '14', ...C }),
      pct,
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.figureIds).toContain(pct.id);
    expect(notes[0]?.note.text).toContain('+127.3%');
    expect(notes[0]?.note.kind).toBe('inconsistency');
  });

  it('accepts a % change rounded to the precision it was printed with', () => {
    const notes = runConsistencyChecks([
      fig({ statistic: 'count', value: 1963, printed: '1963' }),
      fig({ statistic: 'count', value: 2183, printed: '2183', period: C.comparison }),
      fig({ statistic: 'percent-change', value: -10, printed: '-10%', ...C }),
    ]);
    expect(notes).toEqual([]);
  });

  it('flags a difference that does not match its counts', () => {
    const notes = runConsistencyChecks([
      fig({ statistic: 'count', value: 753, printed: '753' }),
      fig({ statistic: 'count', value: 717, printed: '717', period: C.comparison }),
      fig({ statistic: 'difference', value: 34, printed: '34', ...C }),
    ]);
    expect(notes.map((x) => x.note.text)).toEqual([expect.stringContaining('difference of +36')]);
  });

  it('flags a borough total that is not the sum of its ten beats', () => {
    const beats = ['56', '57', '58', '59', '60', '61', '62', '63', '64', '65'].map((b) =>
      fig({ statistic: 'count', value: 10, printed: '10', areaCode: b, measure: 'all-crime' }),
    );
    const total = fig({
      statistic: 'count',
      value: 99,
      printed: '99',
      areaType: 'csp',
      areaCode: 'synthetic',
      measure: 'all-crime',
      dataset: 'csp-crime',
    });
    const notes = runConsistencyChecks([...beats, total]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.note.text).toContain('add up to 100');
    expect(notes[0]?.figureIds).toEqual([total.id]);
  });

  it('flags one meaning printed with two values', () => {
    const a = fig({ statistic: 'count', value: 75, printed: '75' });
    const b = fig({ statistic: 'count', value: 76, printed: '76', preferred: false });
    const notes = runConsistencyChecks([a, b]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.figureIds.sort()).toEqual([a.id, b.id].sort());
  });

  it('reads the precision a document claims from the printed value', () => {
    expect(printedDecimals('-6.1%')).toBe(1);
    expect(printedDecimals('+43%')).toBe(0);
    expect(printedDecimals('10,195')).toBe(0);
  });
});
