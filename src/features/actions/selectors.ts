/**
 * Pure selectors for the actions view: from the published actions and PSA
 * recommendations to one list of rows, the filter options they offer, the
 * rows a filter keeps and the counts shown beside the table. No React.
 */
import { NOT_RECORDED, type Action, type Recommendation, type Source } from '../../data/schema';
import { formatDate } from '../../lib/periods';

export type RowType = Action['kind'] | 'psa-recommendation';

/** In the order the filter lists them. */
export const ROW_TYPES: readonly RowType[] = ['action-log', 'agreed', 'action-plan', 'forward-programme', 'psa-recommendation'];

export const TYPE_LABELS: Record<RowType, string> = {
  'action-log': 'Action log',
  agreed: 'Agreed action',
  'action-plan': 'Action plan',
  'forward-programme': 'Forward programme',
  'psa-recommendation': 'PSA recommendation',
};

/** The value the meeting filter uses for rows whose documents give no meeting date. */
export const NO_MEETING = 'not-recorded';

export interface ActionRow {
  id: string;
  type: RowType;
  /** ISO date, or null where the documents do not record the meeting. */
  meetingDate: string | null;
  minuteRef: string;
  item: string;
  text: string;
  /** The owner column as printed. */
  owners: string;
  /** The separate names in `owners`; empty where no owner is recorded. */
  ownerNames: string[];
  completeBy: string;
  status: string;
  /**
   * The schema has no priority field because no published document records
   * one; kept on the row so the priority filter appears by itself if one is
   * ever published.
   */
  priority: string | null;
  /** A recommendation's recorded update; null for actions, which have none. */
  update: string | null;
  source: Source;
  updateSource: Source | null;
}

/**
 * Names in an owner cell such as "Insp Charlotte Dickens/Sajan Devshi", so a
 * filter on one name finds shared actions. Only the slash separates owners:
 * commas and "and" also occur inside one owner's job title ("Head of Service
 * Early Help and Safer Communities, Leicestershire County Council").
 */
export function ownerNames(owners: string): string[] {
  if (owners.trim() === '' || owners === NOT_RECORDED) return [];
  const names = owners
    .split('/')
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '');
  return [...new Set(names)];
}

function fromAction(a: Action): ActionRow {
  return {
    id: a.id,
    type: a.kind,
    meetingDate: a.meetingDate === NOT_RECORDED ? null : a.meetingDate,
    minuteRef: a.minuteRef,
    item: a.item,
    text: a.text,
    owners: a.owners,
    ownerNames: ownerNames(a.owners),
    completeBy: a.completeBy,
    status: a.status,
    priority: null,
    update: null,
    source: a.source,
    updateSource: null,
  };
}

function fromRecommendation(r: Recommendation): ActionRow {
  return {
    id: r.id,
    type: 'psa-recommendation',
    // The documents tie recommendations to a strategic assessment, not to a meeting or minute.
    meetingDate: null,
    minuteRef: NOT_RECORDED,
    item: r.number === NOT_RECORDED ? `${r.psa} PSA` : `${r.psa} PSA, recommendation ${r.number}`,
    text: r.text,
    owners: NOT_RECORDED,
    ownerNames: [],
    completeBy: NOT_RECORDED,
    status: r.status,
    priority: null,
    update: r.update,
    source: r.source,
    updateSource: r.updateSource,
  };
}

/** Actions in the documents' order, then the recommendations. */
export function actionRows(actions: readonly Action[], recommendations: readonly Recommendation[]): ActionRow[] {
  return [...actions.map(fromAction), ...recommendations.map(fromRecommendation)];
}

/** "18 Jan 2024", or "not recorded". */
export function meetingLabel(date: string | null): string {
  return date === null ? NOT_RECORDED : formatDate(date);
}

export interface FilterOptions {
  /** Meeting dates present, newest first, then NO_MEETING if any row lacks one. */
  meetings: string[];
  /** Owner names A to Z, then "not recorded" if any row has no owner. */
  owners: string[];
  statuses: string[];
  types: RowType[];
  /** Empty when no row records a priority: the filter is then not shown. */
  priorities: string[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' });

export function filterOptions(rows: readonly ActionRow[]): FilterOptions {
  const dates = [...new Set(rows.flatMap((r) => (r.meetingDate === null ? [] : [r.meetingDate])))].sort().reverse();
  const names = [...new Set(rows.flatMap((r) => r.ownerNames))].sort(byText);
  return {
    meetings: rows.some((r) => r.meetingDate === null) ? [...dates, NO_MEETING] : dates,
    owners: rows.some((r) => r.ownerNames.length === 0) ? [...names, NOT_RECORDED] : names,
    statuses: [...new Set(rows.map((r) => r.status))].sort(byText),
    types: ROW_TYPES.filter((t) => rows.some((r) => r.type === t)),
    priorities: [...new Set(rows.flatMap((r) => (r.priority === null ? [] : [r.priority])))].sort(byText),
  };
}

export interface ActionFilter {
  meeting: string;
  owner: string;
  status: string;
  type: string;
  priority: string;
  q: string;
}

/**
 * Drops filter values this snapshot does not offer (say, a meeting from a
 * link made for a newer snapshot), so an old link shows everything rather
 * than an empty table with no way to see why.
 */
export function effectiveFilter(filter: ActionFilter, options: FilterOptions): ActionFilter {
  const keep = (value: string, allowed: readonly string[]) => (allowed.includes(value) ? value : '');
  return {
    meeting: keep(filter.meeting, options.meetings),
    owner: keep(filter.owner, options.owners),
    status: keep(filter.status, options.statuses),
    type: keep(filter.type, options.types),
    priority: keep(filter.priority, options.priorities),
    q: filter.q,
  };
}

function searchTerms(q: string): string[] {
  return q
    .toLocaleLowerCase('en-GB')
    .split(/\s+/)
    .filter((t) => t !== '');
}

/** Every word of the search must appear in the text, item, owners or update. */
function matchesSearch(row: ActionRow, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = [row.text, row.item, row.owners, row.update ?? ''].join('\n').toLocaleLowerCase('en-GB');
  return terms.every((t) => haystack.includes(t));
}

function matchesOwner(row: ActionRow, owner: string): boolean {
  if (owner === '') return true;
  if (owner === NOT_RECORDED) return row.ownerNames.length === 0;
  return row.ownerNames.includes(owner);
}

export function filterRows(rows: readonly ActionRow[], filter: ActionFilter): ActionRow[] {
  const terms = searchTerms(filter.q);
  return rows.filter(
    (r) =>
      (filter.meeting === '' || (filter.meeting === NO_MEETING ? r.meetingDate === null : r.meetingDate === filter.meeting)) &&
      matchesOwner(r, filter.owner) &&
      (filter.status === '' || r.status === filter.status) &&
      (filter.type === '' || r.type === filter.type) &&
      (filter.priority === '' || r.priority === filter.priority) &&
      matchesSearch(r, terms),
  );
}

export interface Count {
  label: string;
  count: number;
}

function tally(labels: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || byText(a.label, b.label));
}

/** Rows per recorded status, most first. */
export function countByStatus(rows: readonly ActionRow[]): Count[] {
  return tally(rows.map((r) => r.status));
}

/** Rows per owner name, most first; a shared row counts once for each of its owners. */
export function countByOwner(rows: readonly ActionRow[]): Count[] {
  return tally(rows.flatMap((r) => (r.ownerNames.length === 0 ? [NOT_RECORDED] : r.ownerNames)));
}

export function showingSentence(shown: number, total: number): string {
  const noun = total === 1 ? 'action or recommendation' : 'actions and recommendations';
  return `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${noun}.`;
}
