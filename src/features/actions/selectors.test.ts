import { describe, expect, it } from 'vitest';
import type { Action, Recommendation } from '../../data/schema';
import {
  actionRows,
  countByOwner,
  countByStatus,
  effectiveFilter,
  filterOptions,
  filterRows,
  meetingLabel,
  NO_MEETING,
  ownerNames,
  showingSentence,
  type ActionFilter,
} from './selectors';

// SYNTHETIC actions and recommendations: made-up words, made-up people, far-future dates.
let line = 0;
function action(p: Partial<Action>): Action {
  line += 1;
  return {
    id: `synthetic-a${line}`,
    kind: 'agreed',
    meetingDate: '2098-05-01',
    minuteRef: '3',
    item: 'Synthetic item',
    text: 'That the synthetic report be noted.',
    owners: 'not recorded',
    completeBy: 'not recorded',
    status: 'not recorded',
    source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic minutes', line },
    ...p,
  };
}

function recommendation(p: Partial<Recommendation>): Recommendation {
  line += 1;
  return {
    id: `synthetic-r${line}`,
    psa: '2097/98',
    number: '1',
    text: 'Synthetic recommendation about widgets.',
    update: 'not recorded',
    status: 'not recorded',
    source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic assessment', line },
    updateSource: null,
    ...p,
  };
}

const actions = [
  action({ kind: 'action-log', owners: 'Alex Example/Sam Sample', status: 'Complete', text: 'Look into the synthetic lamps.' }),
  action({ kind: 'action-log', owners: 'Sam Sample', status: 'Open', meetingDate: '2099-01-10' }),
  action({
    kind: 'forward-programme',
    owners: 'Jo Placeholder/Alex Example/Kit Dummy',
    meetingDate: 'not recorded',
    minuteRef: 'not recorded',
  }),
  action({}),
];
const recs = [recommendation({ update: 'Agreed. Widgets delivered.' }), recommendation({ number: 'not recorded', psa: '2096/97' })];
const rows = actionRows(actions, recs);
const ALL: ActionFilter = { meeting: '', owner: '', status: '', type: '', priority: '', q: '' };

describe('actions selectors', () => {
  it('splits owner cells on slashes only, keeping job titles whole', () => {
    expect(ownerNames('Alex Example/Sam Sample')).toEqual(['Alex Example', 'Sam Sample']);
    expect(ownerNames('A. Example / S.  Sample')).toEqual(['A. Example', 'S. Sample']);
    expect(ownerNames('Jo Placeholder, Head of Examples and Dummies')).toEqual(['Jo Placeholder, Head of Examples and Dummies']);
    expect(ownerNames('Sandy Anderson')).toEqual(['Sandy Anderson']);
    expect(ownerNames('not recorded')).toEqual([]);
  });

  it('puts actions and recommendations in one list, leaving unrecorded details as not recorded', () => {
    expect(rows).toHaveLength(6);
    const rec = rows[4];
    expect(rec).toMatchObject({
      type: 'psa-recommendation',
      meetingDate: null,
      minuteRef: 'not recorded',
      owners: 'not recorded',
      update: 'Agreed. Widgets delivered.',
    });
    expect(rec?.item).toBe('2097/98 PSA, recommendation 1');
    expect(rows[5]?.item).toBe('2096/97 PSA');
    expect(rows[0]?.update).toBeNull();
    expect(rows[2]?.meetingDate).toBeNull();
  });

  it('formats meeting dates', () => {
    expect(meetingLabel('2099-01-10')).toBe('10 Jan 2099');
    expect(meetingLabel(null)).toBe('not recorded');
  });

  it('offers only the options present, and no priority when none is recorded', () => {
    const o = filterOptions(rows);
    expect(o.meetings).toEqual(['2099-01-10', '2098-05-01', NO_MEETING]);
    expect(o.owners).toEqual(['Alex Example', 'Jo Placeholder', 'Kit Dummy', 'Sam Sample', 'not recorded']);
    expect(o.statuses).toEqual(['Complete', 'not recorded', 'Open']);
    expect(o.types).toEqual(['action-log', 'agreed', 'forward-programme', 'psa-recommendation']);
    expect(o.priorities).toEqual([]);
    expect(filterOptions([])).toEqual({ meetings: [], owners: [], statuses: [], types: [], priorities: [] });
  });

  it('filters by owner name inside shared owner cells', () => {
    expect(filterRows(rows, { ...ALL, owner: 'Alex Example' }).map((r) => r.owners)).toEqual([
      'Alex Example/Sam Sample',
      'Jo Placeholder/Alex Example/Kit Dummy',
    ]);
    expect(filterRows(rows, { ...ALL, owner: 'Sam Sample' })).toHaveLength(2);
    expect(filterRows(rows, { ...ALL, owner: 'not recorded' })).toHaveLength(3);
  });

  it('filters by meeting, status and type, and combines filters', () => {
    expect(filterRows(rows, { ...ALL, meeting: '2099-01-10' })).toHaveLength(1);
    expect(filterRows(rows, { ...ALL, meeting: NO_MEETING })).toHaveLength(3);
    expect(filterRows(rows, { ...ALL, status: 'Complete' })).toHaveLength(1);
    expect(filterRows(rows, { ...ALL, type: 'psa-recommendation' })).toHaveLength(2);
    expect(filterRows(rows, { ...ALL, type: 'action-log', owner: 'Sam Sample', status: 'Open' })).toHaveLength(1);
  });

  it('searches text, item, owners and update, every word, ignoring case', () => {
    expect(filterRows(rows, { ...ALL, q: 'LAMPS' }).map((r) => r.id)).toEqual([rows[0]?.id]);
    expect(filterRows(rows, { ...ALL, q: 'widgets delivered' })).toHaveLength(1);
    expect(filterRows(rows, { ...ALL, q: 'kit' })).toHaveLength(1);
    expect(filterRows(rows, { ...ALL, q: 'synthetic item' })).toHaveLength(4);
    expect(filterRows(rows, { ...ALL, q: 'lamps widgets' })).toHaveLength(0);
    expect(filterRows(rows, { ...ALL, q: '   ' })).toHaveLength(6);
  });

  it('ignores filter values the snapshot does not offer', () => {
    const o = filterOptions(rows);
    expect(effectiveFilter({ ...ALL, meeting: '2000-01-01', owner: 'Nobody', type: 'action-plan', q: 'x' }, o)).toEqual({ ...ALL, q: 'x' });
    expect(effectiveFilter({ ...ALL, owner: 'Kit Dummy' }, o).owner).toBe('Kit Dummy');
  });

  it('counts the filtered rows by status and by owner', () => {
    expect(countByStatus(rows)).toEqual([
      { label: 'not recorded', count: 4 },
      { label: 'Complete', count: 1 },
      { label: 'Open', count: 1 },
    ]);
    expect(countByOwner(filterRows(rows, { ...ALL, type: 'action-log' }))).toEqual([
      { label: 'Sam Sample', count: 2 },
      { label: 'Alex Example', count: 1 },
    ]);
    expect(countByOwner([])).toEqual([]);
  });

  it('says how many rows are shown', () => {
    expect(showingSentence(7, 40)).toBe('Showing 7 of 40 actions and recommendations.');
    expect(showingSentence(1, 1)).toBe('Showing 1 of 1 action or recommendation.');
  });
});
