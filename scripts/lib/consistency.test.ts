// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { printedDecimals, printedPrecision, runConsistencyChecks } from './consistency.ts';
import type { BuiltFigure } from './figures.ts';
import type { Partnership } from '../../src/data/partnership.ts';
import { SYNTHETIC_PARTNERSHIP } from '../../test/unit/fixtures.ts';

// SYNTHETIC: a made-up partnership with ten numbered beats, whose profile the totals check reads.
const BEATS = ['56', '57', '58', '59', '60', '61', '62', '63', '64', '65'];
const PARTNERSHIP: Partnership = {
  ...SYNTHETIC_PARTNERSHIP,
  subareas: { type: 'beat', singular: 'beat', plural: 'beats' },
  areas: [SYNTHETIC_PARTNERSHIP.areas[0]!, ...BEATS.map((code) => ({ type: 'beat', code, name: `Beat ${code}`, shortName: null }))],
};
const OWN = PARTNERSHIP.partnership.area;

// SYNTHETIC figures, for testing the checks only: not a real partnership's data.
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
    printings: [{ printed, source: { kind: 'document', document: 'synthetic.txt', ref: 'Synthetic', line: n } }],
    preferred: true,
    noteIds: [],
    remark: null,
    latestSnapshot: '2099-01',
    ...rest,
  };
}
const C = { comparison: 'fy2097-98-ytd-2097-12-05' };

describe('consistency checks', () => {
  it('flags a % change that does not follow from a count and its printed difference', () => {
    const pct = fig({ statistic: 'percent-change', value: 177.8, printed: '+ 177.8%', ...C });
    const notes = runConsistencyChecks(
      [fig({ statistic: 'count', value: 25, printed: '25' }), fig({ statistic: 'difference', value: 14, printed: '14', ...C }), pct],
      PARTNERSHIP,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]?.figureIds).toContain(pct.id);
    expect(notes[0]?.note.text).toContain('+127.3%');
    expect(notes[0]?.note.kind).toBe('inconsistency');
    // The reason the figure's flag states, in one line.
    expect(notes[0]?.note.flag).toBe('25 after a change of +14 is +127.3%');
  });

  it('accepts a % change rounded to the precision it was printed with', () => {
    const notes = runConsistencyChecks(
      [
        fig({ statistic: 'count', value: 1963, printed: '1963' }),
        fig({ statistic: 'count', value: 2183, printed: '2183', period: C.comparison }),
        fig({ statistic: 'percent-change', value: -10, printed: '-10%', ...C }),
      ],
      PARTNERSHIP,
    );
    expect(notes).toEqual([]);
  });

  it('accepts a % change truncated to its printed precision, and says so once per document, not as an inconsistency', () => {
    // -627 on 10,195 is -6.150%: truncated to one decimal place it is -6.1%, rounded -6.2%.
    const pct = fig({ statistic: 'percent-change', value: -6.1, printed: '-6.1%', ...C });
    // -52 on 1,185 is -4.388%: truncated -4.3%, rounded -4.4%.
    const other = fig({ statistic: 'percent-change', value: -4.3, printed: '-4.3%', measure: 'violence-with-injury', ...C });
    const notes = runConsistencyChecks(
      [
        fig({ statistic: 'count', value: 9568, printed: '9568' }),
        fig({ statistic: 'count', value: 10195, printed: '10,195', period: C.comparison }),
        pct,
        fig({ statistic: 'count', value: 1133, printed: '1133', measure: 'violence-with-injury' }),
        fig({ statistic: 'count', value: 1185, printed: '1,185', measure: 'violence-with-injury', period: C.comparison }),
        other,
      ],
      PARTNERSHIP,
      new Map([['synthetic.txt', 'A synthetic publication']]),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]?.note.kind).toBe('remark');
    expect(notes[0]?.note.text).toMatch(/^Rounding convention of A synthetic publication \(synthetic\.txt\): /);
    expect(notes[0]?.note.text).toContain('-6.150% is printed -6.1%');
    expect(notes[0]?.note.text).toContain('2 are truncated');
    expect(notes[0]?.figureIds.sort()).toEqual([pct.id, other.id].sort());
    expect(notes.some((x) => x.note.kind === 'inconsistency')).toBe(false);
  });

  it('still flags a % change that is neither rounded nor truncated', () => {
    // 86 on 440 is +19.545%: +19.5% either way; +19.6% is neither.
    const pct = fig({ statistic: 'percent-change', value: 19.6, printed: '+19.6%', ...C });
    const notes = runConsistencyChecks(
      [
        fig({ statistic: 'count', value: 526, printed: '526' }),
        fig({ statistic: 'count', value: 440, printed: '440', period: C.comparison }),
        pct,
      ],
      PARTNERSHIP,
    );
    expect(notes.map((x) => [x.note.kind, x.figureIds[0]])).toEqual([['inconsistency', pct.id]]);
    expect(notes[0]?.note.text).toContain('+19.5%');
  });

  it('flags a difference that does not match its counts', () => {
    const notes = runConsistencyChecks(
      [
        fig({ statistic: 'count', value: 753, printed: '753' }),
        fig({ statistic: 'count', value: 717, printed: '717', period: C.comparison }),
        fig({ statistic: 'difference', value: 34, printed: '34', ...C }),
      ],
      PARTNERSHIP,
    );
    expect(notes.map((x) => x.note.text)).toEqual([expect.stringContaining('difference of +36')]);
  });

  it('flags a borough total that is not the sum of its ten beats', () => {
    const beats = BEATS.map((b) => fig({ statistic: 'count', value: 10, printed: '10', areaCode: b, measure: 'all-crime' }));
    const total = fig({
      statistic: 'count',
      value: 99,
      printed: '99',
      areaType: OWN.type,
      areaCode: OWN.code,
      measure: 'all-crime',
      dataset: 'csp-crime',
    });
    const notes = runConsistencyChecks([...beats, total], PARTNERSHIP);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.note.text).toBe(
      "The ten beats' published figures for this period add up to 100, not the Synthetic Vale total 99 (synthetic.txt, line " +
        `${total.printings[0]?.source.line}).`,
    );
    expect(notes[0]?.note.flag).toBe('the ten beats add up to 100');
    expect(notes[0]?.figureIds).toEqual([total.id]);
  });

  it("compares only the partnership's own total with its beats, never a peer's or the county's", () => {
    const beats = BEATS.map((b) => fig({ statistic: 'count', value: 10, printed: '10', areaCode: b, measure: 'all-crime' }));
    const peer = fig({
      statistic: 'count',
      value: 99,
      printed: '99',
      areaType: OWN.type,
      areaCode: 'synthetic-peer',
      measure: 'all-crime',
    });
    const county = fig({ statistic: 'count', value: 98, printed: '98', areaType: 'county', areaCode: 'synthetic', measure: 'all-crime' });
    expect(runConsistencyChecks([...beats, peer, county], PARTNERSHIP)).toEqual([]);
  });

  it('counts the sub-areas the profile lists, and names them in its words', () => {
    const wards = ['w1', 'w2', 'w3'].map((w) =>
      fig({ statistic: 'count', value: 5, printed: '5', areaType: 'ward', areaCode: w, measure: 'all-crime' }),
    );
    const total = fig({ statistic: 'count', value: 16, printed: '16', areaType: OWN.type, areaCode: OWN.code, measure: 'all-crime' });
    const notes = runConsistencyChecks([...wards, total], SYNTHETIC_PARTNERSHIP);
    expect(notes.map((x) => x.note.text)).toEqual([
      expect.stringMatching(/^The three wards' published figures for this period add up to 15, not the Synthetic Vale total 16 /),
    ]);
    // With one ward missing, there is no total to check.
    expect(runConsistencyChecks([...wards.slice(1), total], SYNTHETIC_PARTNERSHIP)).toEqual([]);
  });

  it('records beats and a total printed in different publications as a revision, not a contradiction', () => {
    const beats = BEATS.map((b) => fig({ statistic: 'count', value: 10, printed: '10', areaCode: b, measure: 'all-crime' }));
    const total = fig({
      statistic: 'count',
      value: 99,
      printed: '99',
      areaType: OWN.type,
      areaCode: OWN.code,
      measure: 'all-crime',
      dataset: 'csp-crime',
      printings: [{ printed: '99', source: { kind: 'document', document: 'earlier-synthetic.txt', ref: 'Synthetic', line: 1 } }],
    });
    const notes = runConsistencyChecks([...beats, total], PARTNERSHIP);
    expect(notes.map((x) => x.note.kind)).toEqual(['revision']);
    expect(notes[0]?.note.text).toContain('add up to 100');
    expect(notes[0]?.note.text).toContain('revision');
  });

  it('flags one meaning printed with two values', () => {
    const a = fig({ statistic: 'count', value: 75, printed: '75' });
    const b = fig({ statistic: 'count', value: 76, printed: '76', preferred: false });
    const notes = runConsistencyChecks([a, b], PARTNERSHIP);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.figureIds.sort()).toEqual([a.id, b.id].sort());
  });

  it('calls one meaning printed differently by two publications a revision', () => {
    const a = fig({ statistic: 'count', value: 75, printed: '75' });
    const b = fig({
      statistic: 'count',
      value: 76,
      printed: '76',
      preferred: false,
      printings: [{ printed: '76', source: { kind: 'document', document: 'earlier-synthetic.txt', ref: 'Synthetic', line: 9 } }],
    });
    expect(runConsistencyChecks([a, b], PARTNERSHIP).map((x) => x.note.kind)).toEqual(['revision']);
  });

  it('reads the precision a document claims from the printed value', () => {
    expect(printedDecimals('-6.1%')).toBe(1);
    expect(printedDecimals('+43%')).toBe(0);
    expect(printedDecimals('10,195')).toBe(0);
  });

  it.each([
    [(-627 / 10195) * 100, -6.1, 1, 'truncated'],
    [(-52 / 1185) * 100, -4.3, 1, 'truncated'],
    [(-7 / 73) * 100, -9.5, 1, 'truncated'],
    [(42 / 80) * 100, 52, 0, 'truncated'],
    [(50 / 577) * 100, 8.7, 1, 'rounded'],
    [(-220 / 2183) * 100, -10, 0, 'either'],
    [(86 / 440) * 100, 19.6, 1, 'neither'],
    [(14 / 11) * 100, 177.8, 1, 'neither'],
    [12.5, 12.5, 1, 'exact'],
  ] as const)('%f printed as %f (%i decimals) is %s', (value, printed, decimals, expected) => {
    expect(printedPrecision(value, printed, decimals)).toBe(expected);
  });
});
