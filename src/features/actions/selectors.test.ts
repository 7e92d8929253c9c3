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
  groupByMeeting,
  meetingName,
  NO_MEETING,
  peopleById,
  showingSentence,
  filterSummary,
  type ActionFilter,
} from './selectors';
import type { Person } from '../../data/partnership';

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
    ownerIds: [],
    unresolvedOwners: [],
    mentionIds: [],
    completeBy: 'not recorded',
    status: 'not recorded',
    source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic minutes', line },
    alsoRecorded: [],
    ...p,
  };
}

// SYNTHETIC people, each with the spellings a made-up document prints for them.
const PEOPLE: Person[] = [
  { id: 'alex-example', name: 'Alex Example', title: 'Inspector', organisation: null, aliases: ['Insp A. Example', 'Alex Example'] },
  { id: 'sam-sample', name: 'Sam Sample', title: null, organisation: null, aliases: ['Sam Sample', 'S. Sample'] },
  { id: 'jo-placeholder', name: 'Jo Placeholder', title: null, organisation: null, aliases: ['Jo Placeholder'] },
];
const people = peopleById(PEOPLE);

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
  action({
    kind: 'action-log',
    owners: 'Insp A. Example/Sam Sample',
    ownerIds: ['alex-example', 'sam-sample'],
    status: 'Complete',
    text: 'Look into the synthetic lamps.',
  }),
  action({ kind: 'action-log', owners: 'S. Sample', ownerIds: ['sam-sample'], status: 'Open', meetingDate: '2099-01-10' }),
  action({
    kind: 'forward-programme',
    owners: 'Jo Placeholder/Alex Example/Kit Dummy',
    ownerIds: ['jo-placeholder', 'alex-example'],
    unresolvedOwners: ['Kit Dummy'],
    meetingDate: 'not recorded',
    minuteRef: 'not recorded',
  }),
  action({
    text: 'That Alex Example report on widgets.',
    mentionIds: ['alex-example'],
    alsoRecorded: [
      {
        id: 'synthetic-log',
        kind: 'action-log',
        owners: 'not recorded',
        source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Log', line: 99 },
      },
    ],
  }),
];
const recs = [recommendation({ update: 'Agreed. Widgets delivered.' }), recommendation({ number: 'not recorded', psa: '2096/97' })];
const rows = actionRows(actions, recs);
const filterRowsBy = (f: ActionFilter) => filterRows(rows, f, people);
const ALL: ActionFilter = { meeting: '', owner: '', status: '', type: '', priority: '', q: '' };

describe('actions selectors', () => {
  it('finds a person by any printed spelling, their name or their title, with the same rows each way', () => {
    const ids = (q: string) => filterRowsBy({ ...ALL, q }).map((r) => r.id);
    const expected = [actions[0]?.id, actions[2]?.id, actions[3]?.id].sort();
    for (const q of ['Inspector Alex Example', 'Alex Example', 'Example', 'Insp A. Example', 'insp example']) {
      expect(ids(q).sort(), q).toEqual(expected);
    }
  });

  it('puts actions newest meeting first, then those with no meeting, then recommendations, leaving unrecorded details as not recorded', () => {
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.meetingDate)).toEqual(['2099-01-10', '2098-05-01', '2098-05-01', null, null, null]);
    expect(rows.find((r) => r.alsoRecorded.length > 0)?.types).toEqual(['agreed', 'action-log']);
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
  });

  it('names and groups meetings by the body whose document records them, newest first', () => {
    const titles = new Map([['SYNTHETIC.txt', 'Synthetic Vale Safety Partnership, 1 June 2099']]);
    expect(
      meetingName({ meetingDate: '2099-01-10', source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'x', line: 1 } }, titles),
    ).toBe('Synthetic Vale Safety Partnership, 10 Jan 2099');
    const groups = groupByMeeting(rows, titles);
    expect(groups.map((g) => [g.name, g.rows.length])).toEqual([
      ['Synthetic Vale Safety Partnership, 10 Jan 2099', 1],
      ['Synthetic Vale Safety Partnership, 1 May 2098', 2],
      ['Meeting not recorded', 3],
    ]);
  });

  it('formats meeting dates', () => {
    expect(meetingLabel('2099-01-10')).toBe('10 Jan 2099');
    expect(meetingLabel(null)).toBe('not recorded');
  });

  it('offers only the options present, and no priority when none is recorded', () => {
    const o = filterOptions(rows, people);
    expect(o.meetings).toEqual(['2099-01-10', '2098-05-01', NO_MEETING]);
    // Each person once, whatever spellings their rows print; an owner no person accounts for stays as printed.
    expect(o.owners).toEqual(['alex-example', 'jo-placeholder', 'Kit Dummy', 'sam-sample', 'not recorded']);
    expect(o.statuses).toEqual(['Complete', 'not recorded', 'Open']);
    expect(o.types).toEqual(['action-log', 'agreed', 'forward-programme', 'psa-recommendation']);
    expect(o.priorities).toEqual([]);
    expect(filterOptions([], people)).toEqual({ meetings: [], owners: [], statuses: [], types: [], priorities: [] });
  });

  it('filters by a person inside shared owner cells, whatever spelling each cell prints', () => {
    expect(filterRowsBy({ ...ALL, owner: 'alex-example' }).map((r) => r.owners)).toEqual([
      'Insp A. Example/Sam Sample',
      'Jo Placeholder/Alex Example/Kit Dummy',
    ]);
    expect(filterRowsBy({ ...ALL, owner: 'sam-sample' })).toHaveLength(2);
    expect(filterRowsBy({ ...ALL, owner: 'Kit Dummy' })).toHaveLength(1);
    expect(filterRowsBy({ ...ALL, owner: 'not recorded' })).toHaveLength(3);
  });

  it('filters by meeting, status and type, and combines filters', () => {
    expect(filterRowsBy({ ...ALL, meeting: '2099-01-10' })).toHaveLength(1);
    expect(filterRowsBy({ ...ALL, meeting: NO_MEETING })).toHaveLength(3);
    expect(filterRowsBy({ ...ALL, status: 'Complete' })).toHaveLength(1);
    expect(filterRowsBy({ ...ALL, type: 'psa-recommendation' })).toHaveLength(2);
    expect(filterRowsBy({ ...ALL, type: 'action-log', owner: 'sam-sample', status: 'Open' })).toHaveLength(1);
    // An action recorded in the minutes and the log is found under either type.
    expect(filterRowsBy({ ...ALL, type: 'action-log' })).toHaveLength(3);
  });

  it('searches text, item, owners and update, every word, ignoring case', () => {
    expect(filterRowsBy({ ...ALL, q: 'LAMPS' }).map((r) => r.id)).toEqual([actions[0]?.id]);
    expect(filterRowsBy({ ...ALL, q: 'widgets delivered' })).toHaveLength(1);
    expect(filterRowsBy({ ...ALL, q: 'kit' })).toHaveLength(1);
    expect(filterRowsBy({ ...ALL, q: 'synthetic item' })).toHaveLength(4);
    expect(filterRowsBy({ ...ALL, q: 'lamps widgets' })).toHaveLength(0);
    expect(filterRowsBy({ ...ALL, q: '   ' })).toHaveLength(6);
  });

  it('ignores filter values the snapshot does not offer', () => {
    const o = filterOptions(rows, people);
    expect(effectiveFilter({ ...ALL, meeting: '2000-01-01', owner: 'Nobody', type: 'action-plan', q: 'x' }, o)).toEqual({ ...ALL, q: 'x' });
    expect(effectiveFilter({ ...ALL, owner: 'Kit Dummy' }, o).owner).toBe('Kit Dummy');
  });

  it('counts the filtered rows by status and by owner', () => {
    expect(countByStatus(rows)).toEqual([
      { label: 'not recorded', count: 4 },
      { label: 'Complete', count: 1 },
      { label: 'Open', count: 1 },
    ]);
    expect(countByOwner(filterRowsBy({ ...ALL, type: 'action-log' }), people)).toEqual([
      { label: 'Sam Sample', count: 2 },
      { label: 'Alex Example', count: 1 },
      { label: 'not recorded', count: 1 },
    ]);
    expect(countByOwner([], people)).toEqual([]);
  });

  it('says how many rows are shown', () => {
    expect(showingSentence(7, 40)).toBe('Showing 7 of 40 actions and recommendations.');
    expect(showingSentence(1, 1)).toBe('Showing 1 of 1 action or recommendation.');
  });

  it('sums up a filter in force in one printable line, naming a person once by their name', () => {
    expect(filterSummary(ALL, people, 6, 6)).toBeNull();
    expect(filterSummary({ ...ALL, owner: 'alex-example', status: 'Open' }, people, 1, 6)).toBe(
      'Showing: owner Alex Example; status Open; 1 of 6 actions and recommendations.',
    );
    expect(filterSummary({ ...ALL, q: ' lamps ', type: 'action-log', meeting: NO_MEETING }, people, 0, 1)).toBe(
      'Showing: search \u201clamps\u201d; type Action log; meeting not recorded; 0 of 1 action or recommendation.',
    );
    expect(filterSummary({ ...ALL, meeting: '2099-01-10', owner: 'Kit Dummy' }, people, 1, 6)).toBe(
      'Showing: meeting 10 Jan 2099; owner Kit Dummy; 1 of 6 actions and recommendations.',
    );
  });
});
