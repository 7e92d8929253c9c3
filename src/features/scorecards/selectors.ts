/**
 * Pure selectors for the scorecards view: from published rows, figures and
 * notes to what each table shows. No React, so each is unit-tested alone.
 * Nothing here adds figures up: a total is shown only where a document
 * prints one.
 */
import { NOT_RECORDED, type Figure, type Note, type ScorecardRow, type Source } from '../../data/schema';
import { slug } from '../../lib/csv';
import { parsePeriodId } from '../../lib/periods';
import { ARROW_WORDS, RAG_WORDS, type FundInfo, type ProfileScorecard, type ScorecardInfo } from './catalogue';

/** The data write "not recorded" where a document leaves a cell empty. */
export function isRecorded(text: string): boolean {
  const t = text.trim();
  return t !== '' && t !== NOT_RECORDED;
}

/** Scorecards present in the rows: those the profile lists in its order, then any others as first seen. */
export function scorecardIds(rows: readonly ScorecardRow[], scorecards: readonly ProfileScorecard[]): string[] {
  const present = [...new Set(rows.map((r) => r.scorecard))];
  const known = scorecards.map((s) => s.id).filter((id) => present.includes(id));
  return [...known, ...present.filter((id) => !known.includes(id))];
}

export function printedAt(f: Figure, source: Pick<Source, 'document' | 'line'>): boolean {
  return f.printings.some((p) => p.source.document === source.document && p.source.line === source.line);
}

function printedIn(f: Figure, document: string): boolean {
  return f.printings.some((p) => p.source.document === document);
}

function periodEnd(id: string): string {
  const parsed = parsePeriodId(id);
  return parsed.ok ? parsed.period.end : id;
}

function periodStart(id: string): string {
  const parsed = parsePeriodId(id);
  return parsed.ok ? parsed.period.start : id;
}

function firstLine(f: Figure): number {
  return f.printings[0]?.source.line ?? 0;
}

export interface RowView {
  key: string;
  row: ScorecardRow;
  /** Every figure printed on the row's own line. */
  line: Figure[];
  /** Dashboard layout: the earlier of two like figures on the line… */
  yearEnd: Figure | null;
  /** …and the later one. */
  current: Figure | null;
  ranks: Figure[];
  /** Figures on the line that are neither a rank nor one of a clear year-end/current pair. */
  unplaced: Figure[];
  /** Figures for the same measure printed elsewhere in the same document. */
  related: Figure[];
  /** Notes written about the row's own line. */
  notes: Note[];
}

/**
 * Splits a dashboard row's figures into its columns. The year-end and
 * current cells are told apart by their periods (several cells state their
 * own), and only when there are exactly two of the same statistic; anything
 * else is left unplaced rather than guessed.
 */
export function placeFigures(line: readonly Figure[]): Pick<RowView, 'yearEnd' | 'current' | 'ranks' | 'unplaced'> {
  const ranks = line.filter((f) => f.statistic === 'rank');
  const values = line.filter((f) => f.statistic !== 'rank');
  const [a, b] = [...values].sort((x, y) => periodEnd(x.period).localeCompare(periodEnd(y.period)));
  if (values.length === 2 && a && b && a.statistic === b.statistic && periodEnd(a.period) < periodEnd(b.period)) {
    return { yearEnd: a, current: b, ranks, unplaced: [] };
  }
  return { yearEnd: null, current: null, ranks, unplaced: values };
}

export function rowNotes(notes: Iterable<Note>, row: ScorecardRow): Note[] {
  const out: Note[] = [];
  for (const n of notes) {
    if (n.source && n.source.document === row.source.document && n.source.line === row.source.line) out.push(n);
  }
  return out;
}

export function buildRowViews(rows: readonly ScorecardRow[], figures: readonly Figure[], notes: Iterable<Note>): RowView[] {
  const allNotes = [...notes];
  return rows.map((row) => {
    const line = figures.filter((f) => printedAt(f, row.source)).sort((x, y) => periodStart(x.period).localeCompare(periodStart(y.period)));
    const related = figures
      .filter((f) => f.preferred && f.measure === row.measure && printedIn(f, row.source.document) && !line.includes(f))
      .sort((x, y) => periodStart(x.period).localeCompare(periodStart(y.period)) || firstLine(x) - firstLine(y));
    return { key: `${row.scorecard}|${row.row}`, row, line, ...placeFigures(line), related, notes: rowNotes(allNotes, row) };
  });
}

export interface RowFilter {
  rag: string;
  q: string;
}

export function filterRows(views: readonly RowView[], filter: RowFilter): RowView[] {
  const words = filter.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return views.filter((v) => {
    if (filter.rag !== '' && v.row.rag.trim().toUpperCase() !== filter.rag.toUpperCase()) return false;
    if (words.length === 0) return true;
    const text = [v.row.row, v.row.indicator, v.row.outcome, v.row.progress].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

const RAG_ORDER = ['R', 'A', 'G'];

/** RAG codes printed in the rows, red-amber-green first. */
export function ragOptions(rows: readonly ScorecardRow[]): string[] {
  const codes = [...new Set(rows.map((r) => r.rag.trim().toUpperCase()).filter((c) => isRecorded(c) && /^[A-Z]{1,3}$/.test(c)))];
  const rank = (c: string) => (RAG_ORDER.includes(c) ? RAG_ORDER.indexOf(c) : RAG_ORDER.length);
  return codes.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface RagLabel {
  code: string;
  /** Null where neither the document nor the catalogue gives a word for the code. */
  word: string | null;
  /** `R – Red`, or the code alone. */
  text: string;
}

export function ragLabel(printed: string, extraWords: Readonly<Record<string, string>> = {}): RagLabel | null {
  if (!isRecorded(printed)) return null;
  const code = printed.trim();
  const word = RAG_WORDS[code.toUpperCase()] ?? extraWords[code.toUpperCase()] ?? null;
  return { code, word, text: word ? `${code} – ${word}` : code };
}

export interface DirectionLabel {
  printed: string;
  words: string;
}

export function directionLabel(printed: string): DirectionLabel | null {
  if (!isRecorded(printed)) return null;
  const p = printed.trim();
  return { printed: p, words: ARROW_WORDS[p] ?? 'as printed' };
}

/** Which optional columns a scorecard's table needs: a column every row leaves empty is left out. */
export interface ColumnPlan {
  outcome: boolean;
  rag: boolean;
  yearEnd: boolean;
  current: boolean;
  rank: boolean;
  lineFigures: boolean;
  direction: boolean;
  progress: boolean;
  related: boolean;
  notes: boolean;
}

export function columnPlan(views: readonly RowView[], layout: 'dashboard' | 'list'): ColumnPlan {
  const someRow = (p: (v: RowView) => boolean) => views.some(p);
  const dashboard = layout === 'dashboard';
  return {
    outcome: someRow((v) => isRecorded(v.row.outcome)),
    rag: someRow((v) => isRecorded(v.row.rag)),
    yearEnd: dashboard && someRow((v) => v.yearEnd !== null),
    current: dashboard && someRow((v) => v.current !== null),
    rank: dashboard && someRow((v) => v.ranks.length > 0),
    lineFigures: dashboard ? someRow((v) => v.unplaced.length > 0) : someRow((v) => v.line.length > 0),
    direction: someRow((v) => isRecorded(v.row.direction)),
    progress: someRow((v) => isRecorded(v.row.progress)),
    related: someRow((v) => v.related.length > 0),
    notes: someRow((v) => v.notes.length > 0),
  };
}

/** The row's reference in front of its indicator, unless the indicator already starts with it. */
export function indicatorText(row: ScorecardRow, refsPrinted: boolean): string {
  if (!refsPrinted || row.indicator.startsWith(row.row)) return row.indicator;
  return `${row.row}: ${row.indicator}`;
}

/** The fund a measure belongs to; null only where the profile lists no funds at all. */
export function fundOf(measure: string, funds: readonly FundInfo[]): FundInfo | null {
  // The profile's check makes the last fund the catch-all: it lists no prefixes.
  return funds.find((fund) => fund.measurePrefixes.some((p) => measure.startsWith(p))) ?? funds[funds.length - 1] ?? null;
}

export interface FundGroup {
  fund: FundInfo;
  /** Published amounts, printed totals excluded, in period then document order. */
  items: Figure[];
  /** Totals exactly as the documents print them. */
  totals: Figure[];
  /** Periods with itemised allocations but no printed total. */
  periodsWithoutTotal: string[];
}

export function fundingGroups(figures: readonly Figure[], funds: readonly FundInfo[]): FundGroup[] {
  const amounts = figures
    .filter((f) => f.preferred && f.unit === 'gbp')
    .sort((x, y) => periodStart(x.period).localeCompare(periodStart(y.period)) || firstLine(x) - firstLine(y));
  return funds
    .map((fund): FundGroup => {
      const mine = amounts.filter((f) => fundOf(f.measure, funds)?.id === fund.id);
      const totals = mine.filter((f) => f.measure === fund.totalMeasure);
      const items = mine.filter((f) => f.measure !== fund.totalMeasure);
      const allocationPeriods = new Set(
        items.filter((f) => fund.allocationPrefix !== null && f.measure.startsWith(fund.allocationPrefix)).map((f) => f.period),
      );
      const periodsWithoutTotal = [...allocationPeriods].filter((p) => !totals.some((t) => t.period === p));
      return { fund, items, totals, periodsWithoutTotal };
    })
    .filter((g) => g.items.length > 0 || g.totals.length > 0);
}

export interface TargetRow {
  target: Figure;
  /** Other figures for the same measure and area (results, baselines), never computed. */
  results: Figure[];
}

/** Targets printed outside every scorecard row, each with what was published for the same measure and area. */
export function targetsOutsideScorecards(figures: readonly Figure[], rows: readonly ScorecardRow[]): TargetRow[] {
  const onRow = (f: Figure) => rows.some((r) => printedAt(f, r.source));
  return figures
    .filter((f) => f.preferred && f.statistic === 'target' && !onRow(f))
    .sort((x, y) => periodStart(x.period).localeCompare(periodStart(y.period)) || firstLine(x) - firstLine(y))
    .map((target) => ({
      target,
      results: figures
        .filter(
          (f) =>
            f.preferred &&
            f.statistic !== 'target' &&
            f.measure === target.measure &&
            f.areaType === target.areaType &&
            f.areaCode === target.areaCode,
        )
        .sort((x, y) => periodStart(x.period).localeCompare(periodStart(y.period))),
    }));
}

export interface OutcomeGroup {
  outcome: string;
  total: number;
  shown: RowView[];
}

/** Rows under their outcome headings, in the order the outcomes first appear; empty groups are kept so counts stay honest. */
export function outcomeGroups(all: readonly RowView[], shown: readonly RowView[]): OutcomeGroup[] {
  const outcomes = [...new Set(all.map((v) => v.row.outcome))];
  return outcomes.map((outcome) => ({
    outcome,
    total: all.filter((v) => v.row.outcome === outcome).length,
    shown: shown.filter((v) => v.row.outcome === outcome),
  }));
}

/** True where a scorecard's rows are shown under their outcome headings, one table per heading. */
export function groupedByOutcome(info: ScorecardInfo, all: readonly RowView[]): boolean {
  return info.groupByOutcome && all.some((v) => isRecorded(v.row.outcome));
}

/** "Priority 1: Prevent…" is captioned "Priority 1"; an outcome without such a label is used whole. */
export function shortOutcome(outcome: string): string {
  const label = /^([^:]{1,20}):/.exec(outcome)?.[1];
  return label ?? outcome;
}

/*
 * Every table on the page owns its sort, kept in the URL as `sort.<table>`.
 * The names are readable and stable from quarter to quarter: a scorecard's
 * id, its id and outcome heading where it is split by heading, and
 * `fund-<id>` for a funding profile.
 */

export function scorecardTableName(scorecard: string, outcome: string | null): string {
  return outcome === null ? scorecard : `${scorecard}.${slug(shortOutcome(outcome)) || 'outcome'}`;
}

export function fundTableName(fund: string): string {
  return `fund-${fund}`;
}

/** The names of every table the page can show for these scorecards and funding profiles, whatever the filters hide. */
export function tableNames(cards: readonly { info: ScorecardInfo; all: readonly RowView[] }[], funds: readonly FundGroup[]): string[] {
  return [
    ...cards.flatMap(({ info, all }) =>
      groupedByOutcome(info, all)
        ? outcomeGroups(all, all).map((g) => scorecardTableName(info.id, g.outcome))
        : [scorecardTableName(info.id, null)],
    ),
    ...funds.map((g) => fundTableName(g.fund.id)),
  ];
}
