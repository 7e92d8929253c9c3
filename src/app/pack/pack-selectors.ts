/**
 * What the meeting pack holds, worked out without the DOM: its sections in
 * order, the facts on its cover, and which changes since the last pack it
 * lists in full.
 */
import type { Period } from '../../lib/periods';
import { formatDate } from '../../lib/periods';
import type { ChangeKind } from '../../features/changes/compare';

export const PACK_SECTIONS = [
  { id: 'overview', title: 'Overview' },
  { id: 'beats', title: 'Crime by area' },
  { id: 'family-group', title: 'Family group' },
  { id: 'youth-asb', title: 'Youth and anti-social behaviour' },
  { id: 'actions', title: 'Actions' },
  { id: 'recommendations', title: 'Recommendations' },
  { id: 'notes', title: 'Data notes' },
  { id: 'new-since', title: 'New since the last pack' },
  { id: 'sources', title: 'Sources' },
] as const;

export type PackSectionId = (typeof PACK_SECTIONS)[number]['id'];

export interface PackSection {
  id: PackSectionId;
  number: number;
  title: string;
  /** The heading as printed: "3. Family group". */
  heading: string;
}

/**
 * The sections in order and numbered. The sub-area section is named by what
 * the partnership's sub-areas are ("Beats"); with no earlier snapshot there
 * is nothing to be new since, and that section is left out.
 */
export function packSections(options: { subareasTitle: string; hasEarlier: boolean }): PackSection[] {
  return PACK_SECTIONS.filter((s) => s.id !== 'new-since' || options.hasEarlier).map((s, i) => {
    const title = s.id === 'beats' ? options.subareasTitle : s.title;
    return { id: s.id, number: i + 1, title, heading: `${i + 1}. ${title}` };
  });
}

/**
 * The span of time the pack's figures cover, from the periods they are
 * published for: the earliest first day and the latest last day that the
 * documents state. A period whose first (or last) day is not printed has only
 * a placeholder date to order it by, which is never shown as a date.
 */
export function periodsSpan(periods: Iterable<Period>): string | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const p of periods) {
    if (p.startStated && (first === null || p.start < first)) first = p.start;
    if (p.endStated && (last === null || p.end > last)) last = p.end;
  }
  if (first === null || last === null) return null;
  return `${formatDate(first)} to ${formatDate(last)}`;
}

/** The changes a pack lists row by row; the rest it counts. New figures are in the sections themselves, each with its source. */
export const LISTED_CHANGES: readonly ChangeKind[] = ['revised', 'no-longer-published', 'new-action', 'new-recommendation'];

export function listedChanges<R extends { kind: ChangeKind }>(rows: readonly R[]): R[] {
  return rows.filter((r) => LISTED_CHANGES.includes(r.kind));
}
