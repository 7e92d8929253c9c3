// SYNTHETIC figures and documents: made up, never a real partnership's.
import { describe, expect, it } from 'vitest';
import { EMPTY_LOOKUPS, type FigureLookups } from '../../components/figures/figure-context';
import { figure } from '../../../test/unit/fixtures';
import { compareSnapshots, type SnapshotContent } from './compare';
import { changeRows, filterChanges, formatDifference, revisionSentence, type ChangeContext } from './selectors';

const printed = (value: number, printedAs: string, document: string) =>
  figure({
    value,
    areaType: 'csp',
    areaCode: 'vale',
    measure: 'all-crime',
    printings: [{ printed: printedAs, source: { kind: 'document', document, ref: 'Table 1', line: 4 } }],
  });

function lookups(id: string, title: string): FigureLookups {
  return {
    ...EMPTY_LOOKUPS,
    documents: new Map([
      ['OLD.txt', 'Synthetic pack, October 2098'],
      ['NEW.txt', 'Synthetic pack, April 2099'],
    ]),
    areas: new Map([['csp|vale', 'Synthetic Vale']]),
    measures: new Map([['all-crime', 'All crime']]),
    snapshot: { id, title, figuresTo: null },
  };
}

const CTX: ChangeContext = {
  from: lookups('2098-10', 'Synthetic pack, October 2098'),
  to: lookups('2099-04', 'Synthetic pack, April 2099'),
  datasets: {
    'beat-crime': 'Crime by beat',
    'csp-crime': 'Crime overview',
    'family-group': 'Family group',
    asb: 'ASB',
    actions: 'Actions',
    scorecards: 'Scorecards',
    notes: 'Data notes',
  },
};

const was = printed(9601, '9,601', 'OLD.txt');
const now = printed(9568, '9,568', 'NEW.txt');

describe('explaining changes in words', () => {
  it('says a revision is one, with both values and both publications', () => {
    expect(revisionSentence(was, now, CTX)).toBe(
      'Revised in Synthetic pack, April 2099: 9,568 (was 9,601 in Synthetic pack, October 2098).',
    );
  });

  it('gives a revision its size, in percentage points for a percentage', () => {
    expect(formatDifference(-33, was, now)).toBe('-33');
    const a = figure({
      value: 4.3,
      statistic: 'percent-change',
      unit: 'percent',
      printings: [{ printed: '+4.3%', source: { kind: 'document', document: 'OLD.txt', ref: 'T', line: 1 } }],
    });
    const b = figure({
      value: 3.9,
      statistic: 'percent-change',
      unit: 'percent',
      printings: [{ printed: '+3.9%', source: { kind: 'document', document: 'NEW.txt', ref: 'T', line: 1 } }],
    });
    expect(formatDifference(3.9 - 4.3, a, b)).toBe('-0.4 percentage points');
  });

  it('makes one row per change, revisions with both values, both sources and the difference', () => {
    const earlier: SnapshotContent = {
      id: '2098-10',
      figures: [{ dataset: 'csp-crime', figure: was }],
      notes: [],
      actions: [],
      recommendations: [],
    };
    const later: SnapshotContent = {
      id: '2099-04',
      figures: [
        { dataset: 'csp-crime', figure: { ...was, preferred: false } },
        { dataset: 'csp-crime', figure: now },
        { dataset: 'beat-crime', figure: printed(12, '12', 'NEW.txt') },
      ],
      notes: [],
      actions: [],
      recommendations: [],
    };
    const rows = changeRows(compareSnapshots(earlier, later).changes, CTX);
    expect(rows.map((r) => [r.kind, r.earlierText, r.laterText, r.differenceText])).toEqual([
      ['new', '', '12', ''],
      ['revised', '9,601', '9,568', '-33'],
    ]);
    const revised = rows[1]!;
    expect(revised.what).toBe('Synthetic Vale: All crime, count, fy2098-99');
    expect(revised.earlierSource).toBe('Printed as "9,601" in Synthetic pack, October 2098, Table 1, line 4');
    expect(revised.laterSource).toBe('Printed as "9,568" in Synthetic pack, April 2099, Table 1, line 4');
    expect(rows[0]!.explanation).toBe('Published in Synthetic pack, April 2099; not in Synthetic pack, October 2098.');
    expect(filterChanges(rows, { dataset: 'csp-crime', kind: '' }).map((r) => r.kind)).toEqual(['revised']);
    expect(filterChanges(rows, { dataset: '', kind: 'new' }).map((r) => r.dataset)).toEqual(['beat-crime']);
  });
});
