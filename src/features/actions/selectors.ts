/**
 * Pure selectors for the actions view: from the published actions and PSA
 * recommendations to one list of rows, the filter options they offer, the
 * rows a filter keeps and the counts shown beside the table. No React.
 */
import { NOT_RECORDED, type Action, type Recommendation, type Source } from '../../data/schema';
import type { Person } from '../../data/partnership';
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
  /** Every kind of record the action appears in: the minutes and the action log record some actions both. */
  types: RowType[];
  /** The owner column as printed. */
  owners: string;
  /**
   * The owners as the owner filter offers them: a person's id where the
   * profile's people list resolves the spelling, else the printed part;
   * empty where no owner is recorded.
   */
  ownerKeys: string[];
  /** Everyone the row names, as owner or in its words, for search. */
  people: string[];
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
  /** Other records of the same action, each with its owner column as printed there. */
  alsoRecorded: { type: RowType; owners: string; source: Source }[];
  updateSource: Source | null;
}

function fromAction(a: Action): ActionRow {
  return {
    id: a.id,
    type: a.kind,
    types: [a.kind, ...a.alsoRecorded.map((r) => r.kind).filter((k) => k !== a.kind)],
    meetingDate: a.meetingDate === NOT_RECORDED ? null : a.meetingDate,
    minuteRef: a.minuteRef,
    item: a.item,
    text: a.text,
    owners: a.owners,
    ownerKeys: [...a.ownerIds, ...a.unresolvedOwners],
    people: [...new Set([...a.ownerIds, ...a.mentionIds])],
    completeBy: a.completeBy,
    status: a.status,
    priority: null,
    update: null,
    source: a.source,
    alsoRecorded: a.alsoRecorded.map((r) => ({ type: r.kind, owners: r.owners, source: r.source })),
    updateSource: null,
  };
}

function fromRecommendation(r: Recommendation): ActionRow {
  return {
    id: r.id,
    type: 'psa-recommendation',
    types: ['psa-recommendation'],
    // The documents tie recommendations to a strategic assessment, not to a meeting or minute.
    meetingDate: null,
    minuteRef: NOT_RECORDED,
    item: r.number === NOT_RECORDED ? `${r.psa} PSA` : `${r.psa} PSA, recommendation ${r.number}`,
    text: r.text,
    owners: NOT_RECORDED,
    ownerKeys: [],
    people: [],
    completeBy: NOT_RECORDED,
    status: r.status,
    priority: null,
    update: r.update,
    source: r.source,
    alsoRecorded: [],
    updateSource: r.updateSource,
  };
}

/** Actions newest meeting first (the documents' order within a meeting), then those with no meeting, then the recommendations. */
export function actionRows(actions: readonly Action[], recommendations: readonly Recommendation[]): ActionRow[] {
  const dated = actions.map(fromAction);
  const newestFirst = [...dated].sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''));
  return [...newestFirst, ...recommendations.map(fromRecommendation)];
}

/** "18 Jan 2024", or "not recorded". */
export function meetingLabel(date: string | null): string {
  return date === null ? NOT_RECORDED : formatDate(date);
}

/**
 * The meeting named as a reader would cite it: the body whose document
 * records the action (its title up to the first comma, as publications.csv
 * gives it) and the date, "18 Jan 2024".
 */
export function meetingName(row: Pick<ActionRow, 'meetingDate' | 'source'>, documentTitles: ReadonlyMap<string, string>): string {
  if (row.meetingDate === null) return 'Meeting not recorded';
  const title = documentTitles.get(row.source.document);
  const body = title?.split(',')[0]?.trim();
  return body ? `${body}, ${formatDate(row.meetingDate)}` : formatDate(row.meetingDate);
}

export interface MeetingGroup {
  /** Stable, safe in an id and the table's sort key: the meeting date, or `not-recorded`. */
  key: string;
  name: string;
  rows: ActionRow[];
}

/**
 * Rows grouped by meeting, newest first, keeping each group's rows in the
 * order given; rows with no recorded meeting form the last group.
 */
export function groupByMeeting(rows: readonly ActionRow[], documentTitles: ReadonlyMap<string, string>): MeetingGroup[] {
  const groups = new Map<string, MeetingGroup>();
  for (const r of rows) {
    // One meeting a day: the documents record no two bodies meeting on one date, and the date is the table's sort key.
    const key = r.meetingDate ?? NO_MEETING;
    const g = groups.get(key) ?? { key, name: meetingName(r, documentTitles), rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  const dated = [...groups.values()].filter((g) => g.key !== NO_MEETING).sort((a, b) => b.key.localeCompare(a.key));
  const undated = groups.get(NO_MEETING);
  return undated ? [...dated, undated] : dated;
}

/** The people list by id, and how the owner filter and counts name an owner key. */
export type People = ReadonlyMap<string, Person>;

export function peopleById(people: readonly Person[]): People {
  return new Map(people.map((p) => [p.id, p]));
}

/** A person's name, or the printed owner where the key is no person's id. */
export function ownerLabel(key: string, people: People): string {
  return people.get(key)?.name ?? key;
}

export interface FilterOptions {
  /** Meeting dates present, newest first, then NO_MEETING if any row lacks one. */
  meetings: string[];
  /** Owner keys (a person's id, or a printed owner no person accounts for) by name A to Z, then "not recorded" if any row has no owner. */
  owners: string[];
  statuses: string[];
  types: RowType[];
  /** Empty when no row records a priority: the filter is then not shown. */
  priorities: string[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' });

export function filterOptions(rows: readonly ActionRow[], people: People): FilterOptions {
  const dates = [...new Set(rows.flatMap((r) => (r.meetingDate === null ? [] : [r.meetingDate])))].sort().reverse();
  const keys = [...new Set(rows.flatMap((r) => r.ownerKeys))].sort((a, b) => byText(ownerLabel(a, people), ownerLabel(b, people)));
  return {
    meetings: rows.some((r) => r.meetingDate === null) ? [...dates, NO_MEETING] : dates,
    owners: rows.some((r) => r.ownerKeys.length === 0) ? [...keys, NOT_RECORDED] : keys,
    statuses: [...new Set(rows.map((r) => r.status))].sort(byText),
    types: ROW_TYPES.filter((t) => rows.some((r) => r.types.includes(t))),
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

/** The words a person is known by: every printed spelling, their name and title, without full stops ("C." is "c"). */
function personWords(p: Person): string[] {
  return [p.name, p.title ?? '', ...p.aliases]
    .join(' ')
    .toLocaleLowerCase('en-GB')
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/**
 * The people a search names: those every word of it starts one of their
 * words ("Insp", "Inspector", "C.", "Charlotte", "Dickens"), so a person is
 * found by any spelling or title the documents print for them.
 */
export function peopleSearched(q: string, people: People): Set<string> {
  const terms = searchTerms(q).map((t) => t.replace(/\./g, ''));
  const found = new Set<string>();
  if (terms.length === 0 || terms.every((t) => t === '')) return found;
  for (const p of people.values()) {
    const words = personWords(p);
    if (terms.every((t) => t === '' || words.some((w) => w.startsWith(t)))) found.add(p.id);
  }
  return found;
}

/** Every word of the search appears in the text, item, owners or update; or the search names a person the row names. */
function matchesSearch(row: ActionRow, terms: readonly string[], searched: ReadonlySet<string>): boolean {
  if (terms.length === 0) return true;
  if (row.people.some((id) => searched.has(id))) return true;
  const haystack = [row.text, row.item, row.owners, ...row.alsoRecorded.map((r) => r.owners), row.update ?? '']
    .join('\n')
    .toLocaleLowerCase('en-GB');
  return terms.every((t) => haystack.includes(t));
}

function matchesOwner(row: ActionRow, owner: string): boolean {
  if (owner === '') return true;
  if (owner === NOT_RECORDED) return row.ownerKeys.length === 0;
  return row.ownerKeys.includes(owner);
}

export function filterRows(rows: readonly ActionRow[], filter: ActionFilter, people: People): ActionRow[] {
  const terms = searchTerms(filter.q);
  const searched = peopleSearched(filter.q, people);
  return rows.filter(
    (r) =>
      (filter.meeting === '' || (filter.meeting === NO_MEETING ? r.meetingDate === null : r.meetingDate === filter.meeting)) &&
      matchesOwner(r, filter.owner) &&
      (filter.status === '' || r.status === filter.status) &&
      (filter.type === '' || r.types.some((t) => t === filter.type)) &&
      (filter.priority === '' || r.priority === filter.priority) &&
      matchesSearch(r, terms, searched),
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

/** Rows per owner, each person once under their name, most first; a shared row counts once for each of its owners. */
export function countByOwner(rows: readonly ActionRow[], people: People): Count[] {
  return tally(rows.flatMap((r) => (r.ownerKeys.length === 0 ? [NOT_RECORDED] : r.ownerKeys.map((k) => ownerLabel(k, people)))));
}

export function showingSentence(shown: number, total: number): string {
  const noun = total === 1 ? 'action or recommendation' : 'actions and recommendations';
  return `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${noun}.`;
}

/**
 * What a filtered list shows, in one line for paper, where the filter
 * controls are not printed: "Showing: owner Charlotte Dickens; status open;
 * 8 of 104 actions and recommendations." Null when nothing is filtered.
 * Built from the filter in force, so it names only what the list applies.
 */
export function filterSummary(filter: ActionFilter, people: People, shown: number, total: number): string | null {
  const parts: string[] = [];
  if (filter.q.trim() !== '') parts.push(`search \u201c${filter.q.trim()}\u201d`);
  const type = ROW_TYPES.find((t) => t === filter.type);
  if (type) parts.push(`type ${TYPE_LABELS[type]}`);
  if (filter.meeting !== '') parts.push(`meeting ${filter.meeting === NO_MEETING ? 'not recorded' : meetingLabel(filter.meeting)}`);
  if (filter.owner !== '') parts.push(`owner ${filter.owner === NOT_RECORDED ? 'not recorded' : ownerLabel(filter.owner, people)}`);
  if (filter.status !== '') parts.push(`status ${filter.status}`);
  if (filter.priority !== '') parts.push(`priority ${filter.priority}`);
  if (parts.length === 0) return null;
  const noun = total === 1 ? 'action or recommendation' : 'actions and recommendations';
  return `Showing: ${parts.join('; ')}; ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${noun}.`;
}
