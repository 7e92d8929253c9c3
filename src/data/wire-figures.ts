/**
 * The compact wire encoding of a file's figures. A figure file once held one
 * object per figure (~660 bytes each); here the figures are columns, every
 * repeated text (areas, measures, statistics, units, periods, sources,
 * notes, remarks) is written once in a lookup table and referred to by
 * index, columns that repeat a value (most of them, as figures come in
 * series) are run-length encoded, and a printing's text is stored only where
 * it differs from the plain printed form (src/lib/printed-form.ts).
 *
 * The app never sees this shape: `decodeFigures` turns it back into the
 * `Figure` objects views use, checking what a schema cannot (every index in
 * range, columns the same length, no repeated ids) and naming the path of any
 * problem. `encodeFigures` is its inverse; the build checks that decoding
 * what it encoded gives back exactly what it built.
 */
import { plainPrinted } from '../lib/printed-form';
import type { Figure, Source, Statistic } from './schema';
import { Problems, isWireFigures } from './wire-check';
import { repeatedIds } from './repeated-ids';

/**
 * A column of whole numbers, run-length encoded as `{ runs: [value, times,
 * value, times, ...] }`, or, where that is shorter, its differences from the
 * entry before (the first from 0) run-length encoded as `{ deltas: [...] }`:
 * for columns that count up, such as periods along a series or the lines of
 * a table, `{ deltas: [1, 120] }` stands for 1, 2, ... 120.
 */
export type IntColumn = { runs: number[] } | { deltas: number[] };

/**
 * The figures of a file on the wire. Its JSON Schema comes from the zod
 * schema in wire-figures-schema.ts (build only, which checks the two types
 * agree); the app checks it by hand below, as zod's per-element checks cost
 * 20 to 60 times JSON.parse on a force-wide file.
 */
export type WireFigures = {
  count: number;
  /** What every id starts with, written once (`f-`). */
  idPrefix: string;
  tables: {
    areas: [string, string][];
    measures: string[];
    statistics: Statistic[];
    units: string[];
    periods: string[];
    /** [kind, document or extract, ref]: a printing adds its line. */
    sources: [Source['kind'], string, string][];
    noteIds: string[];
    remarks: string[];
  };
  /** One entry per figure. */
  columns: {
    /**
     * The rest of each id after `idPrefix`; where every one has the same
     * length (the build's are 12 hex digits), written end to end in one string.
     */
    id: string[] | { width: number; joined: string };
    /** Indices into tables.areas. */
    area: IntColumn;
    /** Indices into tables.measures. */
    measure: IntColumn;
    /** Indices into tables.statistics. */
    statistic: IntColumn;
    /** Indices into tables.units. */
    unit: IntColumn;
    /** Indices into tables.periods. */
    period: IntColumn;
    /** Indices into tables.periods; -1 where the figure compares with no period. */
    comparison: IntColumn;
    value: number[];
    /** How many printings each figure has (at least one), in the order of the printings columns. */
    printings: IntColumn;
    /** Indices into tables.remarks; -1 where the figure has no remark. */
    remark: IntColumn;
  };
  /** One entry per printing, figure by figure, most recent publication first. */
  printings: {
    /** Indices into tables.sources. */
    source: IntColumn;
    /** The 1-based line (or extract row) each printing stands on. */
    line: IntColumn;
    /** [printing index, text] for each printing not written in the plain printed form. */
    printed: [number, string][];
  };
  /** Indices of the figures that are not preferred, ascending. */
  notPreferred: number[];
  /** [figure index, index into tables.noteIds], in figure order and each figure's note order. */
  notes: [number, number][];
};

export type Decoded<T> = { ok: true; data: T } | { ok: false; errors: string[] };

// --- encoding (the build) ---

function encodeRuns(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    const last = out.length - 2;
    if (last >= 0 && out[last] === v) out[last + 1] = (out[last + 1] ?? 0) + 1;
    else out.push(v, 1);
  }
  return out;
}

/** Whichever of runs of values or runs of differences is shorter on the wire. */
function encodeColumn(values: readonly number[]): IntColumn {
  const byValue = encodeRuns(values);
  const byDelta = encodeRuns(values.map((v, i) => v - (i === 0 ? 0 : (values[i - 1] ?? 0))));
  return JSON.stringify(byDelta).length < JSON.stringify(byValue).length ? { deltas: byDelta } : { runs: byValue };
}

/** Hands out table indices in order of first use. */
function interner<T>(keyOf: (item: T) => string) {
  const indices = new Map<string, number>();
  const items: T[] = [];
  return {
    items,
    index(item: T): number {
      const key = keyOf(item);
      let i = indices.get(key);
      if (i === undefined) {
        i = items.length;
        indices.set(key, i);
        items.push(item);
      }
      return i;
    },
  };
}

function commonPrefix(ids: readonly string[]): string {
  const first = ids[0];
  if (first === undefined) return '';
  let n = first.length;
  let shortest = first.length;
  for (const id of ids) {
    let i = 0;
    while (i < n && i < id.length && id[i] === first[i]) i += 1;
    n = i;
    shortest = Math.min(shortest, id.length);
  }
  // Every id keeps at least one character of its own.
  return first.slice(0, Math.min(n, shortest - 1));
}

export function encodeFigures(figures: readonly Figure[]): WireFigures {
  const key = JSON.stringify;
  const areas = interner<[string, string]>(key);
  const measures = interner<string>(String);
  const statistics = interner<Statistic>(String);
  const units = interner<string>(String);
  const periods = interner<string>(String);
  const sources = interner<[Source['kind'], string, string]>(key);
  const noteIds = interner<string>(String);
  const remarks = interner<string>(String);
  const idPrefix = commonPrefix(figures.map((f) => f.id));
  const idWidth = (figures[0]?.id.length ?? 0) - idPrefix.length;
  const columns = {
    id: [] as string[],
    area: [] as number[],
    measure: [] as number[],
    statistic: [] as number[],
    unit: [] as number[],
    period: [] as number[],
    comparison: [] as number[],
    value: [] as number[],
    printings: [] as number[],
    remark: [] as number[],
  };
  const source: number[] = [];
  const line: number[] = [];
  const printed: [number, string][] = [];
  const notPreferred: number[] = [];
  const notes: [number, number][] = [];
  figures.forEach((f, i) => {
    columns.id.push(f.id.slice(idPrefix.length));
    columns.area.push(areas.index([f.areaType, f.areaCode]));
    columns.measure.push(measures.index(f.measure));
    columns.statistic.push(statistics.index(f.statistic));
    columns.unit.push(units.index(f.unit));
    columns.period.push(periods.index(f.period));
    columns.comparison.push(f.comparison === null ? -1 : periods.index(f.comparison));
    columns.value.push(f.value);
    columns.printings.push(f.printings.length);
    columns.remark.push(f.remark === null ? -1 : remarks.index(f.remark));
    const plain = plainPrinted(f.statistic, f.unit, f.value);
    for (const p of f.printings) {
      if (p.printed !== plain) printed.push([source.length, p.printed]);
      source.push(sources.index([p.source.kind, p.source.document, p.source.ref]));
      line.push(p.source.line);
    }
    if (!f.preferred) notPreferred.push(i);
    for (const id of f.noteIds) notes.push([i, noteIds.index(id)]);
  });
  return {
    count: figures.length,
    idPrefix,
    tables: {
      areas: areas.items,
      measures: measures.items,
      statistics: statistics.items,
      units: units.items,
      periods: periods.items,
      sources: sources.items,
      noteIds: noteIds.items,
      remarks: remarks.items,
    },
    columns: {
      id: idWidth > 0 && columns.id.every((id) => id.length === idWidth) ? { width: idWidth, joined: columns.id.join('') } : columns.id,
      area: encodeColumn(columns.area),
      measure: encodeColumn(columns.measure),
      statistic: encodeColumn(columns.statistic),
      unit: encodeColumn(columns.unit),
      period: encodeColumn(columns.period),
      comparison: encodeColumn(columns.comparison),
      value: columns.value,
      printings: encodeColumn(columns.printings),
      remark: encodeColumn(columns.remark),
    },
    printings: { source: encodeColumn(source), line: encodeColumn(line), printed },
    notPreferred,
    notes,
  };
}

// --- decoding (the app, the checks) ---

/**
 * The most places one figure may be printed in. Printings are counted, not
 * listed, on the wire, so without a limit a file of a few bytes could ask
 * for billions of them.
 */
export const MAX_PRINTINGS = 1000;

/**
 * Expands runs to exactly `length` values, each within [min, max]; null
 * (with problems noted) if they do not. `length` must already be known to be
 * within reason: it is allocated at once.
 */
function expandRuns(problems: Problems, column: string, encoded: IntColumn, length: number, min: number, max: number): Float64Array | null {
  const delta = 'deltas' in encoded;
  const path = `${column}.${delta ? 'deltas' : 'runs'}`;
  const list = delta ? encoded.deltas : encoded.runs;
  if (list.length % 2 !== 0) {
    problems.add(path, 'must hold pairs of [value, times]: its length is odd');
    return null;
  }
  // A typed array written in place: no growing, no boxing, at force scale a column of tens of thousands.
  const out = new Float64Array(length);
  let at = 0;
  let value = 0;
  for (let i = 0; i < list.length; i += 2) {
    const step = list[i] ?? 0;
    const times = list[i + 1] ?? 0;
    if (times < 1 || at + times > length) {
      problems.add(`${path}[${i + 1}]`, times < 1 ? 'a run must repeat at least once' : `runs add up to more than ${length} entries`);
      return null;
    }
    if (!delta || step === 0) {
      // Every value of the run is the same: checked once.
      value = delta ? value : step;
      if (value < min || value > max) {
        problems.add(`${path}[${i}]`, `gives ${value}, out of range (${min} to ${max})`);
        return null;
      }
      out.fill(value, at, at + times);
      at += times;
      continue;
    }
    for (let k = 0; k < times; k += 1) {
      value += step;
      if (value < min || value > max) {
        problems.add(`${path}[${i}]`, `gives ${value}, out of range (${min} to ${max})`);
        return null;
      }
      out[at] = value;
      at += 1;
    }
  }
  if (at !== length) {
    problems.add(path, `runs add up to ${at} entries, expected ${length}`);
    return null;
  }
  return out;
}

/**
 * Checks parsed JSON as wire figures (wire-check.ts) and turns it back into
 * figures; `base` is where they stand in the file (e.g. `figures`).
 */
export function decodeFigures(file: string, base: string, value: unknown): Decoded<Figure[]> {
  const problems = new Problems(file, base);
  if (!isWireFigures(problems, value)) return { ok: false, errors: problems.result() };
  const wire = value;
  const { tables, columns: c, count: n } = wire;
  // The values are the one column written out in full, so they bound how many figures a file can claim (every
  // other column is allocated at this length).
  if (c.value.length !== n) {
    problems.add('columns.value', `has ${c.value.length} entries, expected ${n}`);
    return { ok: false, errors: problems.result() };
  }
  const idColumn = c.id;
  const idAt = Array.isArray(idColumn)
    ? (i: number) => idColumn[i] ?? ''
    : (i: number) => idColumn.joined.slice(i * idColumn.width, (i + 1) * idColumn.width);
  const idCount = Array.isArray(idColumn) ? idColumn.length : idColumn.joined.length / idColumn.width;
  if (idCount !== n) {
    problems.add('columns.id', `holds ${idCount} ids, expected ${n}`);
    return { ok: false, errors: problems.result() };
  }
  const area = expandRuns(problems, 'columns.area', c.area, n, 0, tables.areas.length - 1);
  const measure = expandRuns(problems, 'columns.measure', c.measure, n, 0, tables.measures.length - 1);
  const statistic = expandRuns(problems, 'columns.statistic', c.statistic, n, 0, tables.statistics.length - 1);
  const unit = expandRuns(problems, 'columns.unit', c.unit, n, 0, tables.units.length - 1);
  const period = expandRuns(problems, 'columns.period', c.period, n, 0, tables.periods.length - 1);
  const comparison = expandRuns(problems, 'columns.comparison', c.comparison, n, -1, tables.periods.length - 1);
  const printingCounts = expandRuns(problems, 'columns.printings', c.printings, n, 1, MAX_PRINTINGS);
  const remark = expandRuns(problems, 'columns.remark', c.remark, n, -1, tables.remarks.length - 1);
  const totalPrintings = printingCounts?.reduce((a, b) => a + b, 0) ?? 0;
  const source = printingCounts && expandRuns(problems, 'printings.source', wire.printings.source, totalPrintings, 0, tables.sources.length - 1);
  const line = printingCounts && expandRuns(problems, 'printings.line', wire.printings.line, totalPrintings, 1, Number.MAX_SAFE_INTEGER);
  const printedAt = new Map<number, string>();
  wire.printings.printed.forEach(([i, text], k) => {
    if (i >= totalPrintings) problems.add(`printings.printed[${k}][0]`, `${i} is out of range (0 to ${totalPrintings - 1})`);
    else if (printedAt.has(i)) problems.add(`printings.printed[${k}][0]`, `printing ${i} is given twice`);
    else printedAt.set(i, text);
  });
  const notPreferred = new Set<number>();
  wire.notPreferred.forEach((i, k) => {
    if (i >= n) problems.add(`notPreferred[${k}]`, `${i} is out of range (0 to ${n - 1})`);
    else if (notPreferred.has(i)) problems.add(`notPreferred[${k}]`, `figure ${i} is listed twice`);
    else notPreferred.add(i);
  });
  const noteIds = new Map<number, string[]>();
  wire.notes.forEach(([i, note], k) => {
    const id = tables.noteIds[note];
    if (i >= n) problems.add(`notes[${k}][0]`, `${i} is out of range (0 to ${n - 1})`);
    else if (id === undefined) problems.add(`notes[${k}][1]`, `${note} is out of range (0 to ${tables.noteIds.length - 1})`);
    else {
      const list = noteIds.get(i) ?? [];
      if (list.includes(id)) problems.add(`notes[${k}]`, `figure ${i} lists note ${id} twice`);
      list.push(id);
      noteIds.set(i, list);
    }
  });
  if (problems.list.length > 0 || !area || !measure || !statistic || !unit || !period || !comparison || !printingCounts || !remark || !source || !line) {
    return { ok: false, errors: problems.result() };
  }

  const figures: Figure[] = [];
  // Ids after the shared prefix: equal where the whole ids are.
  const repeats = repeatedIds(idColumn, n);
  let repeatAt = 0;
  let nextRepeat = repeats[0] ?? -1;
  const NO_AREA: readonly [string, string] = ['', ''];
  const NO_SOURCE: readonly [Source['kind'], string, string] = ['document', '', ''];
  const anyPrinted = printedAt.size > 0;
  const anyNotes = noteIds.size > 0;
  const { areas, statistics, units, measures, periods, sources, remarks } = tables;
  const values = c.value;
  const prefix = wire.idPrefix;
  // A hot loop at force scale (hundreds of thousands of figures): plain indexing, no spreading, one object literal per
  // object so every figure has the same hidden class.
  let p = 0;
  for (let i = 0; i < n; i += 1) {
    const id = prefix + idAt(i);
    if (id === '') problems.add(`columns.id[${i}]`, 'an id must not be empty');
    else if (i === nextRepeat) problems.add(`columns.id[${i}]`, `${id} is the id of an earlier figure`);
    if (i === nextRepeat) nextRepeat = repeats[++repeatAt] ?? -1;
    const areaEntry = areas[area[i] ?? 0] ?? NO_AREA;
    const stat = statistics[statistic[i] ?? 0] ?? 'count';
    const unitId = units[unit[i] ?? 0] ?? '';
    const value = values[i] ?? 0;
    const plain = plainPrinted(stat, unitId, value);
    const count = printingCounts[i] ?? 1;
    let printings: Figure['printings'];
    if (count === 1 && !anyPrinted) {
      const s = sources[source[p] ?? 0] ?? NO_SOURCE;
      printings = [{ printed: plain, source: { kind: s[0], document: s[1], ref: s[2], line: line[p] ?? 1 } }];
      p += 1;
    } else {
      printings = [];
      for (let k = 0; k < count; k += 1, p += 1) {
        const s = sources[source[p] ?? 0] ?? NO_SOURCE;
        printings.push({
          printed: anyPrinted ? (printedAt.get(p) ?? plain) : plain,
          source: { kind: s[0], document: s[1], ref: s[2], line: line[p] ?? 1 },
        });
      }
    }
    const comparisonIndex = comparison[i] ?? -1;
    const remarkIndex = remark[i] ?? -1;
    figures.push({
      id,
      areaType: areaEntry[0],
      areaCode: areaEntry[1],
      measure: measures[measure[i] ?? 0] ?? '',
      statistic: stat,
      period: periods[period[i] ?? 0] ?? '',
      comparison: comparisonIndex < 0 ? null : (periods[comparisonIndex] ?? null),
      value,
      unit: unitId,
      printings,
      preferred: notPreferred.size === 0 || !notPreferred.has(i),
      noteIds: anyNotes ? (noteIds.get(i) ?? []) : [],
      remark: remarkIndex < 0 ? null : (remarks[remarkIndex] ?? null),
    });
  }
  if (problems.list.length > 0) return { ok: false, errors: problems.result() };
  return { ok: true, data: figures };
}
