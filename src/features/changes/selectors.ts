/**
 * The comparison as rows a reader can scan: every change named and explained
 * in words, with the values as the documents print them and where each side
 * was printed.
 */
import type { Figure, Source } from '../../data/schema';
import { areaLabel, measureLabel, periodLabel, sourcePlace, type FigureLookups } from '../../components/figures/figure-context';
import { NOTE_KIND_LABELS } from '../../components/figures/note-kinds';
import { formatFigure } from '../../lib/figure-format';
import { formatSigned } from '../../lib/format';
import {
  CHANGE_KINDS,
  isFigureChange,
  type Change,
  type ChangeDataset,
  type ChangeKind,
  type FigureChange,
  type ItemChange,
} from './compare';
import { statisticLabel } from './labels';

export interface ChangeContext {
  /** Lookups of the earlier snapshot: its periods, notes and documents. */
  from: FigureLookups;
  /** Lookups of the later snapshot. */
  to: FigureLookups;
  datasets: Readonly<Record<ChangeDataset, string>>;
}

export interface ChangeRow {
  key: string;
  change: Change;
  kind: ChangeKind;
  dataset: ChangeDataset;
  /** Which figure, note, action or recommendation: the row's header. */
  what: string;
  earlierValue: number | null;
  earlierText: string;
  laterValue: number | null;
  laterText: string;
  differenceValue: number | null;
  differenceText: string;
  /** The change in a sentence, as the Code of Practice for Statistics asks a revision to be explained. */
  explanation: string;
  earlierSource: string;
  laterSource: string;
}

function figureWhat(f: Figure, lookups: FigureLookups): string {
  const compared = f.comparison ? ` compared with ${periodLabel(lookups, f.comparison)}` : '';
  return `${areaLabel(lookups, f.areaType, f.areaCode)}: ${measureLabel(lookups, f.measure)}, ${statisticLabel(f.statistic)}, ${periodLabel(lookups, f.period)}${compared}`;
}

/** Every place a figure was printed, in words, most recent publication first. */
export function printingsText(f: Figure, lookups: FigureLookups): string {
  return f.printings
    .map((p) => `${p.source.kind === 'extract' ? 'Given as' : 'Printed as'} "${p.printed}" in ${sourcePlace(lookups, p.source)}`)
    .join('; ');
}

/** The titles of the documents a figure was printed in, most recent first, each once. */
function documentsOf(f: Figure, lookups: FigureLookups): string {
  const titles = [...new Set(f.printings.map((p) => lookups.documents.get(p.source.document) ?? p.source.document))];
  return titles.join(' and ');
}

function latestDocument(f: Figure, lookups: FigureLookups): string {
  const document = f.printings[0]?.source.document ?? '';
  return lookups.documents.get(document) ?? document;
}

function decimals(f: Figure): number {
  return /\d\.(\d+)/.exec(f.printings[0]?.printed ?? '')?.[1]?.length ?? 0;
}

const PERCENT_STATISTICS = new Set(['percent-change', 'share', 'percentage']);

/** A revision's size: signed, to the precision of the more precise printing, in percentage points for a percentage. */
export function formatDifference(difference: number, earlier: Figure, later: Figure): string {
  const text = formatSigned(difference, Math.max(decimals(earlier), decimals(later)));
  return PERCENT_STATISTICS.has(later.statistic) || later.unit === 'percent' ? `${text} percentage points` : text;
}

/** "Revised in <later document>: 9,568 (was 9,601 in <earlier document>)." */
export function revisionSentence(earlier: Figure, later: Figure, ctx: Pick<ChangeContext, 'from' | 'to'>): string {
  return `Revised in ${latestDocument(later, ctx.to)}: ${formatFigure(later)} (was ${formatFigure(earlier)} in ${latestDocument(earlier, ctx.from)}).`;
}

function figureRow(c: FigureChange, ctx: ChangeContext): ChangeRow {
  const { earlier, later } = c;
  const shown = later ?? earlier;
  const base = {
    key: c.key,
    change: c,
    kind: c.kind,
    dataset: c.dataset,
    what: shown ? figureWhat(shown, later ? ctx.to : ctx.from) : c.key,
    earlierValue: earlier?.value ?? null,
    earlierText: earlier ? formatFigure(earlier) : '',
    laterValue: later?.value ?? null,
    laterText: later ? formatFigure(later) : '',
    differenceValue: c.difference,
    differenceText: c.difference !== null && earlier && later ? formatDifference(c.difference, earlier, later) : '',
    earlierSource: earlier ? printingsText(earlier, ctx.from) : '',
    laterSource: later ? printingsText(later, ctx.to) : '',
  };
  if (c.kind === 'revised' && earlier && later) return { ...base, explanation: revisionSentence(earlier, later, ctx) };
  if (later) return { ...base, explanation: `Published in ${documentsOf(later, ctx.to)}; not in ${ctx.from.snapshot.title}.` };
  if (earlier) return { ...base, explanation: `Published in ${documentsOf(earlier, ctx.from)}; not in ${ctx.to.snapshot.title}.` };
  return { ...base, explanation: '' };
}

function sourceText(source: Source | null, lookups: FigureLookups): string {
  return source ? sourcePlace(lookups, source) : "Written by the build's consistency checks";
}

const EMPTY_VALUES = {
  earlierValue: null,
  earlierText: '',
  laterValue: null,
  laterText: '',
  differenceValue: null,
  differenceText: '',
  earlierSource: '',
};

function itemRow(c: ItemChange, ctx: ChangeContext): ChangeRow {
  const base = { key: c.key, change: c, kind: c.kind, dataset: c.dataset, ...EMPTY_VALUES };
  switch (c.kind) {
    case 'new-note': {
      const revision =
        c.note.kind === 'revision'
          ? ' A later publication printed a different figure for the same thing: the data were revised, not contradicted.'
          : '';
      return {
        ...base,
        what: c.note.text,
        explanation: `${NOTE_KIND_LABELS[c.note.kind]}.${revision}`,
        laterSource: sourceText(c.note.source, ctx.to),
      };
    }
    case 'new-action':
      return {
        ...base,
        what: c.action.text,
        explanation: `Owners: ${c.action.owners}. Status: ${c.action.status}.`,
        laterSource: sourceText(c.action.source, ctx.to),
      };
    case 'new-recommendation':
      return {
        ...base,
        what: `${c.recommendation.psa}, recommendation ${c.recommendation.number}: ${c.recommendation.text}`,
        explanation: `Status: ${c.recommendation.status}. Update: ${c.recommendation.update}`,
        laterSource: sourceText(c.recommendation.source, ctx.to),
      };
  }
}

/** Rows in the order of the kinds (new, revised, no longer published, then notes, actions, recommendations), each kind in file order. */
export function changeRows(changes: readonly Change[], ctx: ChangeContext): ChangeRow[] {
  const rows = changes.map((c) => (isFigureChange(c) ? figureRow(c, ctx) : itemRow(c, ctx)));
  return rows.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind));
}

export interface ChangeFilter {
  /** Empty for every dataset. */
  dataset: string;
  /** Empty for every kind. */
  kind: string;
}

/** Rows, or the changes they are built from: both carry the dataset and kind the filters test. */
export function filterChanges<T extends Pick<ChangeRow, 'dataset' | 'kind'>>(rows: readonly T[], filter: ChangeFilter): T[] {
  return rows.filter((r) => (filter.dataset === '' || r.dataset === filter.dataset) && (filter.kind === '' || r.kind === filter.kind));
}
