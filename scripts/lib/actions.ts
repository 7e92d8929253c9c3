/**
 * Actions as published: owners resolved to people, and an action recorded
 * both in the minutes and in the action log published once, with both
 * records. The match is explicit (an action-log row's `same_as` names the
 * agreed action), never guessed from similar words; the build checks that the
 * two say the same thing.
 */
import { NOT_RECORDED, type Action } from '../../src/data/schema.ts';
import type { Person } from '../../src/data/partnership.ts';
import { mentionedPeople, resolveOwners } from './people.ts';

export interface ActionInput {
  action: Omit<Action, 'ownerIds' | 'unresolvedOwners' | 'mentionIds' | 'alsoRecorded'>;
  sameAs: string | null;
  /** Where the row stands, for messages: `file:row`. */
  at: string;
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The published actions, in input order, each record of the same action folded into the one it is the same as. */
export function publishActions(inputs: readonly ActionInput[], people: readonly Person[], problems: string[]): Action[] {
  const out = new Map<string, Action>();
  for (const { action } of inputs) {
    const owners = resolveOwners(action.owners, people, NOT_RECORDED);
    out.set(action.id, {
      ...action,
      ownerIds: owners.ids,
      unresolvedOwners: owners.unresolved,
      mentionIds: mentionedPeople(action.text, people),
      alsoRecorded: [],
    });
  }
  const targets = new Set(inputs.flatMap((i) => (i.sameAs === null ? [] : [i.sameAs])));
  for (const { action, sameAs, at } of inputs) {
    if (sameAs === null) continue;
    const target = out.get(sameAs);
    const self = out.get(action.id);
    const targetInput = inputs.find((i) => i.action.id === sameAs);
    if (!target || !self || !targetInput) {
      problems.push(`${at}:same_as: no action ${sameAs} in this snapshot's documents`);
      continue;
    }
    if (targetInput.sameAs !== null || targets.has(action.id)) {
      problems.push(`${at}:same_as: ${sameAs} is itself a record of another action; name the action every record is the same as`);
      continue;
    }
    if (!sameWords(target.text, action.text)) {
      problems.push(`${at}:same_as: the text differs from ${sameAs}'s, so they cannot be shown as one action`);
      continue;
    }
    const merged: Action = {
      ...target,
      // The minutes record no owner for an agreed action; the log's owner column is the record of who owns it.
      owners: target.owners === NOT_RECORDED ? self.owners : target.owners,
      ownerIds: [...new Set([...target.ownerIds, ...self.ownerIds])],
      unresolvedOwners: [...new Set([...target.unresolvedOwners, ...self.unresolvedOwners])],
      mentionIds: [...new Set([...target.mentionIds, ...self.mentionIds])],
      completeBy: target.completeBy === NOT_RECORDED ? self.completeBy : target.completeBy,
      status: target.status === NOT_RECORDED ? self.status : target.status,
      alsoRecorded: [...target.alsoRecorded, { id: self.id, kind: self.kind, owners: self.owners, source: self.source }],
    };
    out.set(sameAs, merged);
    out.delete(action.id);
  }
  return [...out.values()];
}
