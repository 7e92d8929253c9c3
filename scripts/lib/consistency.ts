/**
 * Consistency checks run at build time. Each finds published figures that
 * disagree with each other and returns a note to show beside them; nothing
 * here ever changes a published value.
 *
 * A printed percentage is taken to claim only the precision of its digits,
 * and either rounding or truncation to that precision is accepted: both are
 * conventions, not contradictions. Where a document truncates, one remark per
 * document says so. Figures printed in different publications that disagree
 * are revisions (the later publication restated the data), not
 * contradictions; only disagreements within one document are inconsistencies.
 */
import type { Note, NoteKind } from '../../src/data/schema.ts';
import type { Partnership } from '../../src/data/partnership.ts';
import { isArea, subareaCodes, subareasOf } from '../../src/data/partnership-areas.ts';
import { formatNumber, formatSigned } from '../../src/lib/format.ts';
import { countWord } from '../../src/lib/words.ts';
import { shortHash, type BuiltFigure } from './figures.ts';

export interface GeneratedNote {
  note: Note;
  figureIds: string[];
}

function where(f: BuiltFigure): string {
  const p = f.printings[0];
  // An extract is cited by its row, a document by its line.
  return p ? `${p.printed} (${p.source.document}, ${p.source.kind === 'extract' ? 'row' : 'line'} ${p.source.line})` : String(f.value);
}

/** Decimals shown in the printed value: the precision the document claims. */
export function printedDecimals(printed: string): number {
  const m = /\d\.(\d+)/.exec(printed);
  return m?.[1]?.length ?? 0;
}

export type PrintedPrecision = 'exact' | 'either' | 'rounded' | 'truncated' | 'neither';

/**
 * How `printed` (a value shown with `decimals` decimal places) relates to the
 * exact `value`: `exact`; `either` where rounding and truncation give the same
 * digits; `rounded` (half away from zero) or `truncated` (the digits beyond
 * the printed precision dropped: -6.150% printed -6.1%) where only one of the
 * two conventions gives the printed digits; `neither` is a real disagreement.
 */
export function printedPrecision(value: number, printed: number, decimals: number): PrintedPrecision {
  const scale = 10 ** decimals;
  // toFixed clears binary noise such as 86.99999999999999 before digits are cut.
  const scaled = Number((value * scale).toFixed(9));
  const shown = Math.round(printed * scale);
  if (scaled === shown) return 'exact';
  const rounds = shown === Math.sign(scaled) * Math.round(Math.abs(scaled));
  const truncates = shown === Math.trunc(scaled);
  if (rounds && truncates) return 'either';
  if (rounds) return 'rounded';
  if (truncates) return 'truncated';
  return 'neither';
}

function documentsOf(f: BuiltFigure): Set<string> {
  return new Set(f.printings.map((p) => p.source.document));
}

/** Whether one document printed every one of `figures`: then a disagreement among them is the document's own. */
function sameDocument(figures: readonly BuiltFigure[]): boolean {
  const [first, ...rest] = figures;
  if (!first) return true;
  return [...documentsOf(first)].some((d) => rest.every((f) => documentsOf(f).has(d)));
}

/** `flag`: the one-line reason a contradiction states on the figure itself; a revision or remark has none. */
function note(check: string, kind: NoteKind, text: string, figures: BuiltFigure[], flag: string | null = null): GeneratedNote {
  const ids = figures.map((f) => f.id);
  const source = figures[0]?.printings[0]?.source ?? null;
  return {
    note: {
      id: `auto-${check}-${shortHash(ids.join('|') + text)}`,
      kind,
      generated: true,
      text,
      source,
      flag: kind === 'inconsistency' ? flag : null,
    },
    figureIds: ids,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Every figure of each meaning, so a check can prefer the one printed beside the figure it checks. */
type Index = Map<string, BuiltFigure[]>;

function key(f: Pick<BuiltFigure, 'areaType' | 'areaCode' | 'measure'>, statistic: string, period: string, comparison: string): string {
  return [f.areaType, f.areaCode, f.measure, statistic, period, comparison].join('|');
}

function indexAll(figures: BuiltFigure[]): Index {
  const index: Index = new Map();
  for (const f of figures) {
    const k = key(f, f.statistic, f.period, f.comparison ?? '');
    index.set(k, [...(index.get(k) ?? []), f]);
  }
  return index;
}

/** The figure of this meaning printed in one of `near`'s documents if there is one, else the preferred one. */
function pick(index: Index, k: string, near: BuiltFigure): BuiltFigure | undefined {
  const all = index.get(k) ?? [];
  const docs = documentsOf(near);
  return all.find((f) => f.printings.some((p) => docs.has(p.source.document))) ?? all.find((f) => f.preferred);
}

interface Truncation {
  figure: BuiltFigure;
  exact: number;
  decimals: number;
}

interface ChangeResults {
  notes: GeneratedNote[];
  truncations: Truncation[];
  /** Per document, how many percentages match their counts only when rounded, for the convention remark. */
  rounded: Map<string, number>;
}

/** Differences and % changes recomputed from the counts they compare. */
function checkChanges(figures: BuiltFigure[], index: Index): ChangeResults {
  const notes: GeneratedNote[] = [];
  const truncations: Truncation[] = [];
  const rounded = new Map<string, number>();
  for (const f of figures) {
    if (!f.preferred || f.comparison === null) continue;
    if (f.statistic !== 'difference' && f.statistic !== 'percent-change') continue;
    const now = pick(index, key(f, 'count', f.period, ''), f);
    const before = pick(index, key(f, 'count', f.comparison, ''), f);
    const diff = pick(index, key(f, 'difference', f.period, f.comparison), f);

    if (f.statistic === 'difference' && now && before && now.value - before.value !== f.value) {
      const kind = sameDocument([f, now, before]) ? 'inconsistency' : 'revision';
      notes.push(
        note(
          'difference',
          kind,
          `Published difference ${where(f)} does not match its counts: ${formatNumber(before.value)} to ${formatNumber(now.value)} is a difference of ${formatSigned(now.value - before.value)}.` +
            (kind === 'revision' ? ' The counts were printed in a different publication, so this is recorded as a revision.' : ''),
          // Only the difference is flagged: the counts agree with everything else printed.
          [f],
          `${formatNumber(before.value)} to ${formatNumber(now.value)} is ${formatSigned(now.value - before.value)}`,
        ),
      );
    }
    if (f.statistic !== 'percent-change') continue;
    // The earlier count may be printed, or implied by a printed count and difference.
    let base: number | null = null;
    let basis = '';
    let shortBasis = '';
    let related: BuiltFigure[] = [];
    if (now && before) {
      base = before.value;
      basis = `the counts ${formatNumber(before.value)} and ${formatNumber(now.value)}`;
      shortBasis = `${formatNumber(before.value)} to ${formatNumber(now.value)} is`;
      related = [now, before];
    } else if (now && diff) {
      base = now.value - diff.value;
      basis = `the count ${formatNumber(now.value)} and difference ${formatSigned(diff.value)} printed with it`;
      shortBasis = `${formatNumber(now.value)} after a change of ${formatSigned(diff.value)} is`;
      related = [now, diff];
    }
    if (base === null || base === 0 || !now) continue;
    const exact = ((now.value - base) / base) * 100;
    const decimals = printedDecimals(f.printings[0]?.printed ?? '');
    const precision = printedPrecision(exact, f.value, decimals);
    if (precision === 'truncated') truncations.push({ figure: f, exact, decimals });
    if (precision === 'rounded') {
      for (const d of documentsOf(f)) rounded.set(d, (rounded.get(d) ?? 0) + 1);
    }
    if (precision === 'neither') {
      const kind = sameDocument([f, ...related]) ? 'inconsistency' : 'revision';
      const recomputed = `${formatSigned(Number(exact.toFixed(Math.max(1, decimals))))}%`;
      notes.push(
        note(
          'percent',
          kind,
          `Published % change ${where(f)} does not match ${basis}, which give ${recomputed}` +
            ` (neither rounded nor truncated to the printed precision).` +
            (kind === 'revision' ? ' The counts were printed in a different publication, so this is recorded as a revision.' : ''),
          // Only the % change is flagged: its counts agree with everything else printed.
          [f],
          `${shortBasis} ${recomputed}`,
        ),
      );
    }
  }
  return { notes, truncations, rounded };
}

function signedExact(value: number, decimals: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(decimals + 2)}%`;
}

/**
 * One remark per document that truncates percentages, attached to the figures
 * it truncated, so a reader who recomputes one learns the convention once.
 */
function conventionRemarks(results: ChangeResults, titles: ReadonlyMap<string, string>): GeneratedNote[] {
  const byDocument = new Map<string, Truncation[]>();
  for (const t of results.truncations) {
    for (const d of documentsOf(t.figure)) byDocument.set(d, [...(byDocument.get(d) ?? []), t]);
  }
  const notes: GeneratedNote[] = [];
  for (const [document, list] of [...byDocument.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = [
      ...new Set(list.flatMap((t) => t.figure.printings.filter((p) => p.source.document === document).map((p) => p.source.line))),
    ].sort((a, b) => a - b);
    const example = [...list].sort((a, b) => (a.figure.printings[0]?.source.line ?? 0) - (b.figure.printings[0]?.source.line ?? 0))[0];
    if (!example) continue;
    const printedAs = example.figure.printings.find((p) => p.source.document === document) ?? example.figure.printings[0];
    const rounded = results.rounded.get(document) ?? 0;
    const text =
      `Rounding convention of ${titles.get(document) ?? document} (${document}): some percentages are cut off at the printed ` +
      `precision instead of being rounded, so ${signedExact(example.exact, example.decimals)} is printed ${printedAs?.printed ?? ''} ` +
      `(line ${printedAs?.source.line ?? ''}). Of the % changes that can be recomputed from the counts printed with them, ` +
      `${list.length} ${list.length === 1 ? 'is' : 'are'} truncated this way (printed on line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` +
      (rounded > 0 ? ` and ${rounded} ${rounded === 1 ? 'is' : 'are'} rounded` : '') +
      '. Truncation is a convention, not an inconsistency, so these figures are not marked inconsistent.';
    const figures = list.map((t) => t.figure);
    const generated = note('convention', 'remark', text, figures);
    // One id per document, whatever the snapshot, so links to it stay stable.
    generated.note.id = `auto-convention-${shortHash(document)}`;
    generated.note.source = printedAs?.source ?? null;
    notes.push(generated);
  }
  return notes;
}

/**
 * The partnership's own totals compared with the sum of its sub-areas (the
 * beats, in its profile), where every sub-area is published. Only the
 * partnership's own area counts as the total: never a peer's or the county's.
 */
function checkTotals(figures: BuiltFigure[], index: Index, partnership: Partnership, titles: ReadonlyMap<string, string>): GeneratedNote[] {
  const own = partnership.partnership.area;
  const subareas = subareasOf(partnership);
  const codes = subareaCodes(subareas);
  if (codes.length === 0) return [];
  // "The ten beats'": the profile says how many sub-areas there are and what they are called.
  const allOf = `The ${countWord(codes.length)} ${subareas.plural}'`;
  const ownTotal = `the ${partnership.partnership.shortName} total`;
  const notes: GeneratedNote[] = [];
  for (const total of figures) {
    if (!total.preferred || !isArea(total, own) || total.statistic !== 'count') continue;
    const beats = codes.map((b) =>
      pick(index, key({ areaType: subareas.type, areaCode: b, measure: total.measure }, 'count', total.period, ''), total),
    );
    if (beats.some((b) => b === undefined)) continue;
    const parts = beats.filter((b): b is BuiltFigure => b !== undefined);
    const sum = parts.reduce((s, b) => s + b.value, 0);
    if (sum === total.value) continue;
    if (sameDocument([total, ...parts])) {
      notes.push(
        note(
          'total',
          'inconsistency',
          `${allOf} published figures for this period add up to ${formatNumber(sum)}, not ${ownTotal} ${where(total)}.`,
          [total],
          `${lowerFirst(allOf.replace(/'$/, ''))} add up to ${formatNumber(sum)}`,
        ),
      );
    } else {
      const partsFrom = [...new Set(parts.flatMap((p) => p.printings.map((x) => x.source.document)))]
        .sort()
        .map((d) => `${titles.get(d) ?? d} (${d})`)
        .join(', ');
      notes.push(
        note(
          'total',
          'revision',
          `${allOf} figures for this period printed in ${partsFrom} add up to ${formatNumber(sum)}; ${ownTotal} ` +
            `${where(total)} was printed in another publication. Figures for the same period printed at different times are ` +
            'recorded as a revision of the data, not a contradiction.',
          [total],
        ),
      );
    }
  }
  return notes;
}

/** The same meaning printed with different values in different places. */
function checkConflicts(figures: BuiltFigure[]): GeneratedNote[] {
  const groups = new Map<string, BuiltFigure[]>();
  for (const f of figures) {
    const k = [f.dataset, f.areaType, f.areaCode, f.measure, f.statistic, f.period, f.comparison ?? ''].join('|');
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const notes: GeneratedNote[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const preferred = group.find((f) => f.preferred) ?? group[0];
    if (!preferred) continue;
    const others = group.filter((f) => f !== preferred);
    // Two values from one document contradict each other; values from different publications are a restatement.
    const contradiction = others.some((o) => sameDocument([preferred, o]));
    notes.push(
      note(
        'conflict',
        contradiction ? 'inconsistency' : 'revision',
        contradiction
          ? `Printed with different values: ${[preferred, ...others].map(where).join('; ')}. The dashboard shows the value from the latest publication.`
          : `Revised between publications: ${[preferred, ...others].map(where).join('; ')}. The dashboard shows the value from the latest publication.`,
        group,
        `printed as ${[preferred, ...others].map((o) => o.printings[0]?.printed ?? formatNumber(o.value)).join(' and ')}`,
      ),
    );
  }
  return notes;
}

/**
 * `partnership` is the profile (`sources.profile.partnership`): its own area
 * and sub-areas, for the totals check. `titles` names documents (by file
 * name) in the notes' words; a document without one is named by its file.
 */
export function runConsistencyChecks(
  figures: BuiltFigure[],
  partnership: Partnership,
  titles: ReadonlyMap<string, string> = new Map(),
): GeneratedNote[] {
  const index = indexAll(figures);
  const changes = checkChanges(figures, index);
  return [
    ...changes.notes,
    ...conventionRemarks(changes, titles),
    ...checkTotals(figures, index, partnership, titles),
    ...checkConflicts(figures),
  ];
}
