// SYNTHETIC snapshots: made-up figures, notes, actions and recommendations, never a real partnership's.
import { describe, expect, it } from 'vitest';
import type { Action, Note, Recommendation } from '../../data/schema';
import { figure } from '../../../test/unit/fixtures';
import { compareSnapshots, figureKey, type Change, type SnapshotContent } from './compare';

const source = (line: number) => ({ kind: 'document' as const, document: 'SYNTHETIC.txt', ref: 'Synthetic', line });

function note(id: string, text: string, kind: Note['kind'] = 'remark'): Note {
  return { id, kind, generated: false, text, source: source(1), flag: null };
}

function action(id: string, text: string): Action {
  return {
    id,
    kind: 'action-log',
    meetingDate: '2098-01-01',
    minuteRef: '1',
    item: 'Synthetic item',
    text,
    owners: 'Synthetic owner',
    ownerIds: [],
    unresolvedOwners: ['Synthetic owner'],
    mentionIds: [],
    alsoRecorded: [],
    completeBy: 'not recorded',
    status: 'Ongoing',
    source: source(2),
  };
}

function recommendation(id: string, number: string, text: string): Recommendation {
  return { id, psa: 'Synthetic PSA', number, text, update: 'None', status: 'Open', source: source(3), updateSource: null };
}

function snapshot(id: string, parts: Partial<Omit<SnapshotContent, 'id'>>): SnapshotContent {
  return { id, figures: [], notes: [], actions: [], recommendations: [], ...parts };
}

const kept = figure({ value: 100 });
const restatedBefore = figure({ value: 9601, areaType: 'csp', areaCode: 'synthetic', period: 'fy2097-98' });
const restatedAfter = figure({ value: 9568, areaType: 'csp', areaCode: 'synthetic', period: 'fy2097-98' });
const dropped = figure({ value: 7, measure: 'burglary' });
const added = figure({ value: 12, period: 'fy2099-00' });

const EARLIER = snapshot('2098-01', {
  figures: [
    { dataset: 'beat-crime', figure: kept },
    { dataset: 'csp-crime', figure: restatedBefore },
    { dataset: 'beat-crime', figure: dropped },
  ],
  notes: [note('n1', 'An old remark.'), note('auto-aaa', 'A generated remark.')],
  actions: [action('a1', 'Do the first thing.')],
  recommendations: [recommendation('r1', '1', 'Recommend the first thing.')],
});

const LATER = snapshot('2099-01', {
  figures: [
    { dataset: 'beat-crime', figure: { ...kept, printings: [...kept.printings, ...added.printings] } },
    // The later snapshot keeps the earlier value, no longer preferred, beside the revised one.
    { dataset: 'csp-crime', figure: { ...restatedBefore, preferred: false } },
    { dataset: 'csp-crime', figure: restatedAfter },
    { dataset: 'beat-crime', figure: added },
  ],
  notes: [
    note('n1', 'An old remark.'),
    // Same words under a new generated id: not new.
    note('auto-bbb', 'A generated remark.'),
    note('n2', 'Revised between publications.', 'revision'),
  ],
  actions: [action('a1', 'Do the first thing.'), action('a2', 'Do the second thing.')],
  recommendations: [recommendation('r1', '1', 'Recommend the first thing.'), recommendation('r2', '2', 'Recommend the second thing.')],
});

function summary(changes: Change[]): string[] {
  return changes.map((c) => {
    switch (c.kind) {
      case 'new':
        return `new ${c.dataset} ${c.later?.value}`;
      case 'revised':
        return `revised ${c.dataset} ${c.earlier?.value} -> ${c.later?.value} (${c.difference})`;
      case 'no-longer-published':
        return `no longer published ${c.dataset} ${c.earlier?.value}`;
      case 'new-note':
        return `new note ${c.note.id}`;
      case 'new-action':
        return `new action ${c.action.id}`;
      case 'new-recommendation':
        return `new recommendation ${c.recommendation.id}`;
    }
  });
}

describe('comparing two snapshots', () => {
  it('finds every kind of change, and nothing where nothing changed', () => {
    const result = compareSnapshots(EARLIER, LATER);
    expect(summary(result.changes)).toEqual([
      'revised csp-crime 9601 -> 9568 (-33)',
      'new beat-crime 12',
      'no longer published beat-crime 7',
      'new note n2',
      'new action a2',
      'new recommendation r2',
    ]);
    expect(result.counts).toEqual({
      new: 1,
      revised: 1,
      'no-longer-published': 1,
      'new-note': 1,
      'new-action': 1,
      'new-recommendation': 1,
    });
    expect(result.from).toBe('2098-01');
    expect(result.to).toBe('2099-01');
  });

  it('keeps both figures of a revision, with their own printings', () => {
    const revised = compareSnapshots(EARLIER, LATER).changes.find((c) => c.kind === 'revised');
    expect(revised?.kind === 'revised' ? [revised.earlier?.printings, revised.later?.printings] : null).toEqual([
      restatedBefore.printings,
      restatedAfter.printings,
    ]);
  });

  it('finds nothing when a snapshot is compared with itself', () => {
    const result = compareSnapshots(LATER, LATER);
    expect(result.changes).toEqual([]);
  });

  it('reports the same figures the other way round as no longer published', () => {
    const result = compareSnapshots(LATER, EARLIER);
    expect(result.counts.new).toBe(1);
    expect(result.counts['no-longer-published']).toBe(1);
    expect(result.counts.revised).toBe(1);
    const revised = result.changes.find((c) => c.kind === 'revised');
    expect(revised?.kind === 'revised' ? revised.difference : null).toBe(33);
  });

  it('tells figures apart by dataset, area, measure, statistic, period and comparison, not by value or printing', () => {
    const base = figure({ value: 1 });
    const keys = new Set([
      figureKey('beat-crime', base),
      figureKey('csp-crime', base),
      figureKey('beat-crime', { ...base, areaCode: 'other' }),
      figureKey('beat-crime', { ...base, areaType: 'csp' }),
      figureKey('beat-crime', { ...base, measure: 'other' }),
      figureKey('beat-crime', { ...base, statistic: 'rate' }),
      figureKey('beat-crime', { ...base, period: 'fy2097-98' }),
      figureKey('beat-crime', { ...base, comparison: 'fy2097-98' }),
    ]);
    expect(keys.size).toBe(8);
    expect(figureKey('beat-crime', { ...base, value: 2, printings: [] })).toBe(figureKey('beat-crime', base));
  });

  it('never matches a period whose end is not printed with a dated one', () => {
    const undated = snapshot('2098-01', {
      figures: [{ dataset: 'csp-crime', figure: figure({ value: 5, period: 'fy2098-99-ytd-unstated' }) }],
    });
    const dated = snapshot('2099-01', {
      figures: [{ dataset: 'csp-crime', figure: figure({ value: 6, period: 'fy2098-99-ytd-2098-12-05' }) }],
    });
    expect(summary(compareSnapshots(undated, dated).changes)).toEqual(['new csp-crime 6', 'no longer published csp-crime 5']);
  });

  it('compares the value each snapshot shows where it holds several for one meaning', () => {
    const a = figure({ value: 10, preferred: false });
    const b = figure({ value: 11 });
    const both = snapshot('2098-01', {
      figures: [
        { dataset: 'asb', figure: a },
        { dataset: 'asb', figure: b },
      ],
    });
    const reordered = snapshot('2099-01', {
      figures: [
        { dataset: 'asb', figure: b },
        { dataset: 'asb', figure: a },
      ],
    });
    expect(compareSnapshots(both, reordered).changes).toEqual([]);
  });

  it('counts a note, action or recommendation as new only when neither its id nor its words were there before', () => {
    const before = snapshot('2098-01', { notes: [note('n1', 'Words.')], actions: [action('a1', 'Act.')] });
    const after = snapshot('2099-01', {
      notes: [note('n9', 'Words.'), note('n1', 'Reworded.')],
      actions: [action('a9', 'Act.')],
    });
    expect(compareSnapshots(before, after).changes).toEqual([]);
  });
});
