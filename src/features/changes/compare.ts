/**
 * What changed between two snapshots: a pure comparison of what each
 * publishes, with no React and no lookups, so it can be tested on synthetic
 * snapshots and reused by anything that needs the counts.
 *
 * A figure's identity is what it means, not its value or where it was
 * printed: dataset, area, measure, statistic, period and comparison period,
 * the same key the build uses to merge printings and to flag values that
 * disagree (scripts/lib/figures.ts, meaningKey). Period ids are built from
 * the dates the documents state (fy2023-24, r12-2023-10-31…), so two
 * documents that word the same period differently give it the same id. A
 * period whose end is not printed keeps an id that says so
 * (fy2022-23-ytd-unstated); it is never matched with a dated one, since that
 * would assume a date no document states.
 */
import type { Action, Figure, FigureDataset, Note, Recommendation } from '../../data/schema';

export interface SnapshotContent {
  id: string;
  figures: readonly { dataset: FigureDataset; figure: Figure }[];
  notes: readonly Note[];
  actions: readonly Action[];
  recommendations: readonly Recommendation[];
}

export const CHANGE_KINDS = ['new', 'revised', 'no-longer-published', 'new-note', 'new-action', 'new-recommendation'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Where a change belongs when filtering by dataset: a figure's file, or the file notes, actions and recommendations come in. */
export type ChangeDataset = FigureDataset | 'notes';

export interface FigureChange {
  kind: 'new' | 'revised' | 'no-longer-published';
  key: string;
  dataset: FigureDataset;
  /** The figure as the earlier snapshot publishes it; null when new. */
  earlier: Figure | null;
  /** The figure as the later snapshot publishes it; null when no longer published. */
  later: Figure | null;
  /** Later value less earlier value, for a revision; null otherwise. */
  difference: number | null;
}

export type ItemChange =
  | { kind: 'new-note'; key: string; dataset: 'notes'; note: Note }
  | { kind: 'new-action'; key: string; dataset: 'actions'; action: Action }
  | { kind: 'new-recommendation'; key: string; dataset: 'actions'; recommendation: Recommendation };

export type Change = FigureChange | ItemChange;

export function isFigureChange(c: Change): c is FigureChange {
  return c.kind === 'new' || c.kind === 'revised' || c.kind === 'no-longer-published';
}

export interface Comparison {
  from: string;
  to: string;
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

/** What a figure means, independent of its value and of where it was printed. */
export function figureKey(dataset: FigureDataset, f: Figure): string {
  return [dataset, f.areaType, f.areaCode, f.measure, f.statistic, f.period, f.comparison ?? ''].join('|');
}

/**
 * One figure per meaning: the one the snapshot's views show. Where a
 * snapshot holds several values for one meaning (a document contradicting
 * itself, or a restatement), the build marks the latest publication's value
 * preferred, and the other values stay reachable through its notes.
 */
function shownFigures(content: SnapshotContent): Map<string, { dataset: FigureDataset; figure: Figure }> {
  const byKey = new Map<string, { dataset: FigureDataset; figure: Figure }>();
  for (const entry of content.figures) {
    const key = figureKey(entry.dataset, entry.figure);
    const held = byKey.get(key);
    if (!held || (!held.figure.preferred && entry.figure.preferred)) byKey.set(key, entry);
  }
  return byKey;
}

/**
 * Items new in `later`: a later id the earlier snapshot does not hold, unless
 * the earlier one holds the same content under another id (generated notes
 * are named by a hash, which may change when nothing a reader sees has).
 */
function newItems<T extends { id: string }>(earlier: readonly T[], later: readonly T[], content: (item: T) => string): T[] {
  const ids = new Set(earlier.map((i) => i.id));
  const contents = new Set(earlier.map(content));
  return later.filter((i) => !ids.has(i.id) && !contents.has(content(i)));
}

const noteContent = (n: Note) => `${n.kind}|${n.text}`;
const actionContent = (a: Action) => [a.kind, a.meetingDate, a.minuteRef, a.item, a.text].join('|');
const recommendationContent = (r: Recommendation) => [r.psa, r.number, r.text].join('|');

export function compareSnapshots(earlier: SnapshotContent, later: SnapshotContent): Comparison {
  const before = shownFigures(earlier);
  const after = shownFigures(later);
  const changes: Change[] = [];
  for (const [key, { dataset, figure }] of after) {
    const was = before.get(key);
    if (!was) changes.push({ kind: 'new', key, dataset, earlier: null, later: figure, difference: null });
    else if (was.figure.value !== figure.value) {
      changes.push({ kind: 'revised', key, dataset, earlier: was.figure, later: figure, difference: figure.value - was.figure.value });
    }
  }
  for (const [key, { dataset, figure }] of before) {
    if (!after.has(key)) changes.push({ kind: 'no-longer-published', key, dataset, earlier: figure, later: null, difference: null });
  }
  for (const note of newItems(earlier.notes, later.notes, noteContent)) {
    changes.push({ kind: 'new-note', key: `note|${note.id}`, dataset: 'notes', note });
  }
  for (const action of newItems(earlier.actions, later.actions, actionContent)) {
    changes.push({ kind: 'new-action', key: `action|${action.id}`, dataset: 'actions', action });
  }
  for (const recommendation of newItems(earlier.recommendations, later.recommendations, recommendationContent)) {
    changes.push({ kind: 'new-recommendation', key: `recommendation|${recommendation.id}`, dataset: 'actions', recommendation });
  }
  const counts: Record<ChangeKind, number> = {
    new: 0,
    revised: 0,
    'no-longer-published': 0,
    'new-note': 0,
    'new-action': 0,
    'new-recommendation': 0,
  };
  for (const c of changes) counts[c.kind] += 1;
  return { from: earlier.id, to: later.id, changes, counts };
}
