/**
 * Consistency checks run at build time. Each finds published figures that
 * disagree with each other and returns a note to show beside them; nothing
 * here ever changes a published value.
 */
import type { Note } from '../../src/data/schema.ts';
import { formatNumber, formatSigned } from '../../src/lib/format.ts';
import { shortHash, type BuiltFigure } from './figures.ts';

export interface GeneratedNote {
  note: Note;
  figureIds: string[];
}

const BEATS = ['56', '57', '58', '59', '60', '61', '62', '63', '64', '65'];

function where(f: BuiltFigure): string {
  const p = f.printings[0];
  return p ? `${p.printed} (${p.source.document}, line ${p.source.line})` : String(f.value);
}

/** Decimals shown in the printed value: the precision the document claims. */
export function printedDecimals(printed: string): number {
  const m = /\d\.(\d+)/.exec(printed);
  return m?.[1]?.length ?? 0;
}

function note(kind: string, text: string, figures: BuiltFigure[]): GeneratedNote {
  const ids = figures.map((f) => f.id);
  const source = figures[0]?.printings[0]?.source ?? null;
  return {
    note: { id: `auto-${kind}-${shortHash(ids.join('|') + text)}`, kind: 'inconsistency', generated: true, text, source },
    figureIds: ids,
  };
}

type Index = Map<string, BuiltFigure>;

function indexPreferred(figures: BuiltFigure[]): Index {
  const index: Index = new Map();
  for (const f of figures) {
    if (!f.preferred) continue;
    index.set([f.areaType, f.areaCode, f.measure, f.statistic, f.period, f.comparison ?? ''].join('|'), f);
  }
  return index;
}

function count(index: Index, f: BuiltFigure, period: string): BuiltFigure | undefined {
  return index.get([f.areaType, f.areaCode, f.measure, 'count', period, ''].join('|'));
}

/** Differences and % changes recomputed from the counts they compare. */
function checkChanges(figures: BuiltFigure[], index: Index): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  for (const f of figures) {
    if (!f.preferred || f.comparison === null) continue;
    if (f.statistic !== 'difference' && f.statistic !== 'percent-change') continue;
    const now = count(index, f, f.period);
    const before = count(index, f, f.comparison);
    const diff = index.get([f.areaType, f.areaCode, f.measure, 'difference', f.period, f.comparison].join('|'));

    if (f.statistic === 'difference' && now && before && now.value - before.value !== f.value) {
      notes.push(
        note(
          'difference',
          `Published difference ${where(f)} does not match its counts: ${formatNumber(before.value)} to ${formatNumber(now.value)} is a difference of ${formatSigned(now.value - before.value)}.`,
          [f, now, before],
        ),
      );
    }
    if (f.statistic !== 'percent-change') continue;
    // The earlier count may be printed, or implied by a printed count and difference.
    let base: number | null = null;
    let basis = '';
    let related: BuiltFigure[] = [];
    if (now && before) {
      base = before.value;
      basis = `the counts ${formatNumber(before.value)} and ${formatNumber(now.value)}`;
      related = [now, before];
    } else if (now && diff) {
      base = now.value - diff.value;
      basis = `the count ${formatNumber(now.value)} and difference ${formatSigned(diff.value)} printed with it`;
      related = [now, diff];
    }
    if (base === null || base === 0 || !now) continue;
    const expected = ((now.value - base) / base) * 100;
    const decimals = printedDecimals(f.printings[0]?.printed ?? '');
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    if (Math.abs(expected - f.value) > tolerance) {
      notes.push(
        note(
          'percent',
          `Published % change ${where(f)} does not match ${basis}, which give ${formatSigned(Number(expected.toFixed(Math.max(1, decimals))))}%.`,
          [f, ...related],
        ),
      );
    }
  }
  return notes;
}

/** Charnwood totals compared with the sum of the ten beats, where all ten are published. */
function checkTotals(figures: BuiltFigure[], index: Index): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  for (const total of figures) {
    if (!total.preferred || total.areaType !== 'csp' || total.statistic !== 'count') continue;
    const beats = BEATS.map((b) => index.get(['beat', b, total.measure, 'count', total.period, ''].join('|')));
    if (beats.some((b) => b === undefined)) continue;
    const parts = beats.filter((b): b is BuiltFigure => b !== undefined);
    const sum = parts.reduce((s, b) => s + b.value, 0);
    if (sum !== total.value) {
      notes.push(
        note(
          'total',
          `The ten beats' published figures for this period add up to ${formatNumber(sum)}, not the Charnwood total ${where(total)}.`,
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
    const key = [f.dataset, f.areaType, f.areaCode, f.measure, f.statistic, f.period, f.comparison ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const notes: GeneratedNote[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const preferred = group.find((f) => f.preferred) ?? group[0];
    if (!preferred) continue;
    const others = group.filter((f) => f !== preferred);
    notes.push(
      note(
        'conflict',
        `Printed with different values: ${[preferred, ...others].map(where).join('; ')}. The dashboard shows the value from the latest publication.`,
        group,
      ),
    );
  }
  return notes;
}

export function runConsistencyChecks(figures: BuiltFigure[]): GeneratedNote[] {
  const index = indexPreferred(figures);
  return [...checkChanges(figures, index), ...checkTotals(figures, index), ...checkConflicts(figures)];
}
