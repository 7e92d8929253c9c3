/** Words for the overview: a change and a position said in plain English, kept apart from whether it is good. */
import { ordinal } from '../../lib/ordinal';

export { ordinal };

/** The direction of a change in the count, never whether it is good: fewer crimes are "down". */
export function changeWord(value: number): string {
  if (value > 0) return 'up';
  if (value < 0) return 'down';
  return 'no change';
}

/** A position against the one before (whose date the reader is told), where 1st is best. */
export function positionMovement(now: number, before: number): string {
  if (now === before) return 'unchanged';
  return `${now < before ? 'better' : 'worse'} than ${ordinal(before)}`;
}

/** `12th of 15` for a rank printed as `12/15`; just the ordinal where the group size is unknown. */
export function positionWords(rank: number, unit: string): string {
  const of = /^rank-of-(\d+)$/.exec(unit)?.[1];
  return of ? `${ordinal(rank)} of ${of}` : ordinal(rank);
}
