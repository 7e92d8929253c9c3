import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/data/partnership.ts';
import type { Action } from '../../src/data/schema.ts';
import { mentionedPeople, resolveOwners } from './people.ts';
import { publishActions, type ActionInput } from './actions.ts';

// SYNTHETIC people and actions: made-up names, spellings and documents.
const PEOPLE: Person[] = [
  {
    id: 'alex-example',
    name: 'Alex Example',
    title: 'Inspector',
    organisation: null,
    aliases: ['Insp Alex Example', 'Insp A. Example', 'Alex Example'],
  },
  { id: 'sam-sample', name: 'Sam Sample', title: null, organisation: null, aliases: ['Sam Sample', 'S Sample'] },
  { id: 'kit-dummy', name: 'Kit Dummy', title: null, organisation: 'Synthetic Council', aliases: ['Kit Dummy', 'K Dummy'] },
];
const NR = 'not recorded';

describe('resolveOwners', () => {
  it('resolves every printed spelling to one person, case, spacing and full stops aside', () => {
    expect(resolveOwners('Insp A. Example/Sam Sample', PEOPLE, NR)).toEqual({ ids: ['alex-example', 'sam-sample'], unresolved: [] });
    expect(resolveOwners('insp a example / S  Sample', PEOPLE, NR)).toEqual({ ids: ['alex-example', 'sam-sample'], unresolved: [] });
    expect(resolveOwners('Alex Example/Insp Alex Example', PEOPLE, NR)).toEqual({ ids: ['alex-example'], unresolved: [] });
  });

  it('reads a run-together entry of several spellings as several people', () => {
    expect(resolveOwners('S Sample K Dummy Alex Example', PEOPLE, NR)).toEqual({
      ids: ['sam-sample', 'kit-dummy', 'alex-example'],
      unresolved: [],
    });
  });

  it('reads a spelling followed by a job title as that person', () => {
    expect(resolveOwners('Kit Dummy, Head of Synthetic Services, Synthetic Council', PEOPLE, NR).ids).toEqual(['kit-dummy']);
  });

  it('keeps an owner no spelling accounts for as printed, and none for "not recorded"', () => {
    expect(resolveOwners('Clerk/Sam Sample', PEOPLE, NR)).toEqual({ ids: ['sam-sample'], unresolved: ['Clerk'] });
    expect(resolveOwners('Sam Sampled', PEOPLE, NR)).toEqual({ ids: [], unresolved: ['Sam Sampled'] });
    expect(resolveOwners(NR, PEOPLE, NR)).toEqual({ ids: [], unresolved: [] });
  });
});

describe('mentionedPeople', () => {
  it('finds people named in an action by a spelling of two or more words, never by one word', () => {
    expect(mentionedPeople('That Insp A. Example liaise with Sam Sample, and report.', PEOPLE)).toEqual(['alex-example', 'sam-sample']);
    expect(mentionedPeople('That the example be noted.', PEOPLE)).toEqual([]);
  });
});

describe('publishActions', () => {
  const src = (line: number) => ({ kind: 'document' as const, document: 'SYNTHETIC.txt', ref: 'Synthetic', line });
  const base = (id: string, p: Partial<Action>): ActionInput['action'] => ({
    id,
    kind: 'agreed',
    meetingDate: '2099-01-01',
    minuteRef: '1',
    item: 'ITEM',
    text: 'That Alex Example look at the synthetic lamps.',
    owners: NR,
    completeBy: NR,
    status: NR,
    source: src(1),
    ...p,
  });

  it('publishes an action recorded in the minutes and the log once, with both sources and the log owner', () => {
    const problems: string[] = [];
    const out = publishActions(
      [
        { action: base('m1', {}), sameAs: null, at: 'a.csv:2' },
        { action: base('m2', { text: 'That the report be noted.' }), sameAs: null, at: 'a.csv:3' },
        {
          action: base('l1', {
            kind: 'action-log',
            owners: 'Insp A. Example',
            text: 'that Alex Example look at the  synthetic lamps.',
            source: src(9),
          }),
          sameAs: 'm1',
          at: 'a.csv:4',
        },
      ],
      PEOPLE,
      problems,
    );
    expect(problems).toEqual([]);
    expect(out.map((a) => a.id)).toEqual(['m1', 'm2']);
    expect(out[0]).toMatchObject({
      owners: 'Insp A. Example',
      ownerIds: ['alex-example'],
      mentionIds: ['alex-example'],
      alsoRecorded: [{ id: 'l1', kind: 'action-log', owners: 'Insp A. Example', source: src(9) }],
    });
  });

  it('refuses a match to a missing action or one whose words differ', () => {
    const problems: string[] = [];
    const out = publishActions(
      [
        { action: base('m1', {}), sameAs: null, at: 'a.csv:2' },
        { action: base('l1', { kind: 'action-log', text: 'Something else.' }), sameAs: 'm1', at: 'a.csv:3' },
        { action: base('l2', { kind: 'action-log' }), sameAs: 'm9', at: 'a.csv:4' },
      ],
      PEOPLE,
      problems,
    );
    expect(problems).toEqual([
      "a.csv:3:same_as: the text differs from m1's, so they cannot be shown as one action",
      "a.csv:4:same_as: no action m9 in this snapshot's documents",
    ]);
    expect(out).toHaveLength(3);
  });
});
