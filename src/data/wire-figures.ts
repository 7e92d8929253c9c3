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
import { z } from 'zod';
import { plainPrinted } from '../lib/printed-form';
import { STATISTICS, SOURCE_KINDS, periodIdSchema, type Figure, type Source, type Statistic } from './schema';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const nonEmpty = z.string().min(1, 'must not be empty');
const int = z.number().int();
const index = int.nonnegative();
/**
 * A column of whole numbers, run-length encoded as `{ runs: [value, times,
 * value, times, ...] }`, or, where that is shorter, its differences from the
 * entry before (the first from 0) run-length encoded as `{ deltas: [...] }`:
 * for columns that count up, such as periods along a series or the lines of
 * a table, `{ deltas: [1, 120] }` stands for 1, 2, ... 120.
 */
const runs = z.union([z.strictObject({ runs: z.array(int) }), z.strictObject({ deltas: z.array(int) })]);
type IntColumn = z.infer<typeof runs>;

export const wireFiguresSchema = z.strictObject({
  count: index,
  /** What every id starts with, written once (`f-`). */
  idPrefix: z.string(),
  tables: z.strictObject({
    areas: z.array(z.tuple([kebab, nonEmpty])),
    measures: z.array(kebab),
    statistics: z.array(z.enum(STATISTICS)),
    units: z.array(kebab),
    periods: z.array(periodIdSchema),
    /** [kind, document or extract, ref]: a printing adds its line. */
    sources: z.array(z.tuple([z.enum(SOURCE_KINDS), nonEmpty, nonEmpty])),
    noteIds: z.array(nonEmpty),
    remarks: z.array(z.string()),
  }),
  /** One entry per figure. */
  columns: z.strictObject({
    /**
     * The rest of each id after `idPrefix`; where every one has the same
     * length (the build's are 12 hex digits), written end to end in one string.
     */
    id: z.union([z.array(z.string()), z.strictObject({ width: int.positive(), joined: z.string() })]),
    /** Indices into tables.areas. */
    area: runs,
    /** Indices into tables.measures. */
    measure: runs,
    /** Indices into tables.statistics. */
    statistic: runs,
    /** Indices into tables.units. */
    unit: runs,
    /** Indices into tables.periods. */
    period: runs,
    /** Indices into tables.periods; -1 where the figure compares with no period. */
    comparison: runs,
    value: z.array(z.number()),
    /** How many printings each figure has (at least one), in the order of the printings columns. */
    printings: runs,
    /** Indices into tables.remarks; -1 where the figure has no remark. */
    remark: runs,
  }),
  /** One entry per printing, figure by figure, most recent publication first. */
  printings: z.strictObject({
    /** Indices into tables.sources. */
    source: runs,
    /** The 1-based line (or extract row) each printing stands on. */
    line: runs,
    /** [printing index, text] for each printing not written in the plain printed form. */
    printed: z.array(z.tuple([index, nonEmpty])),
  }),
  /** Indices of the figures that are not preferred, ascending. */
  notPreferred: z.array(index),
  /** [figure index, index into tables.noteIds], in figure order and each figure's note order. */
  notes: z.array(z.tuple([index, index])),
});
export type WireFigures = z.infer<typeof wireFiguresSchema>;

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

/** Beyond this many, further problems only add to a count: a broken file needs fixing, not a list of every cell. */
const MAX_ERRORS = 20;

class Problems {
  readonly list: string[] = [];
  private more = 0;
  constructor(
    private readonly file: string,
    private readonly base: string,
  ) {}
  add(path: string, message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push(`${this.file}: ${this.base}.${path}: ${message}`);
    else this.more += 1;
  }
  result(): string[] {
    return this.more > 0 ? [...this.list, `${this.file}: and ${this.more} more problems`] : this.list;
  }
}

/**
 * Expands runs to exactly `length` values, each within [min, max]; null
 * (with problems noted) if they do not.
 */
function expandRuns(problems: Problems, column: string, encoded: IntColumn, length: number, min: number, max: number): number[] | null {
  const delta = 'deltas' in encoded;
  const path = `${column}.${delta ? 'deltas' : 'runs'}`;
  const list = delta ? encoded.deltas : encoded.runs;
  if (list.length % 2 !== 0) {
    problems.add(path, 'must hold pairs of [value, times]: its length is odd');
    return null;
  }
  const out: number[] = [];
  let value = 0;
  for (let i = 0; i < list.length; i += 2) {
    const step = list[i] ?? 0;
    const times = list[i + 1] ?? 0;
    if (times < 1 || out.length + times > length) {
      problems.add(`${path}[${i + 1}]`, times < 1 ? 'a run must repeat at least once' : `runs add up to more than ${length} entries`);
      return null;
    }
    for (let k = 0; k < times; k += 1) {
      value = delta ? value + step : step;
      if (value < min || value > max) {
        problems.add(`${path}[${i}]`, `gives ${value}, out of range (${min} to ${max})`);
        return null;
      }
      out.push(value);
    }
  }
  if (out.length !== length) {
    problems.add(path, `runs add up to ${out.length} entries, expected ${length}`);
    return null;
  }
  return out;
}

/** Turns validated wire columns back into figures; `base` is where they stand in the file (e.g. `figures`). */
export function decodeFigures(file: string, base: string, wire: WireFigures): Decoded<Figure[]> {
  const problems = new Problems(file, base);
  const { tables, columns: c, count: n } = wire;
  const idColumn = c.id;
  const idAt = Array.isArray(idColumn)
    ? (i: number) => idColumn[i] ?? ''
    : (i: number) => idColumn.joined.slice(i * idColumn.width, (i + 1) * idColumn.width);
  const idCount = Array.isArray(idColumn) ? idColumn.length : idColumn.joined.length / idColumn.width;
  if (idCount !== n) problems.add('columns.id', `holds ${idCount} ids, expected ${n}`);
  const area = expandRuns(problems, 'columns.area', c.area, n, 0, tables.areas.length - 1);
  const measure = expandRuns(problems, 'columns.measure', c.measure, n, 0, tables.measures.length - 1);
  const statistic = expandRuns(problems, 'columns.statistic', c.statistic, n, 0, tables.statistics.length - 1);
  const unit = expandRuns(problems, 'columns.unit', c.unit, n, 0, tables.units.length - 1);
  const period = expandRuns(problems, 'columns.period', c.period, n, 0, tables.periods.length - 1);
  const comparison = expandRuns(problems, 'columns.comparison', c.comparison, n, -1, tables.periods.length - 1);
  if (c.value.length !== n) problems.add('columns.value', `has ${c.value.length} entries, expected ${n}`);
  const printingCounts = expandRuns(problems, 'columns.printings', c.printings, n, 1, Number.MAX_SAFE_INTEGER);
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
  const ids = new Set<string>();
  const NO_AREA: readonly [string, string] = ['', ''];
  const NO_SOURCE: readonly [Source['kind'], string, string] = ['document', '', ''];
  const anyPrinted = printedAt.size > 0;
  // A hot loop at force scale (hundreds of thousands of figures): plain indexing, no destructuring.
  let p = 0;
  for (let i = 0; i < n; i += 1) {
    const id = wire.idPrefix + idAt(i);
    if (id === '') problems.add(`columns.id[${i}]`, 'an id must not be empty');
    else if (ids.has(id)) problems.add(`columns.id[${i}]`, `${id} is the id of an earlier figure`);
    ids.add(id);
    const areaEntry = tables.areas[area[i] ?? 0] ?? NO_AREA;
    const stat = tables.statistics[statistic[i] ?? 0] ?? 'count';
    const unitId = tables.units[unit[i] ?? 0] ?? '';
    const value = c.value[i] ?? 0;
    const plain = plainPrinted(stat, unitId, value);
    const count = printingCounts[i] ?? 1;
    const printings: Figure['printings'] = [];
    for (let k = 0; k < count; k += 1, p += 1) {
      const s = tables.sources[source[p] ?? 0] ?? NO_SOURCE;
      printings.push({
        printed: anyPrinted ? (printedAt.get(p) ?? plain) : plain,
        source: { kind: s[0], document: s[1], ref: s[2], line: line[p] ?? 1 },
      });
    }
    const comparisonIndex = comparison[i] ?? -1;
    const remarkIndex = remark[i] ?? -1;
    figures.push({
      id,
      areaType: areaEntry[0],
      areaCode: areaEntry[1],
      measure: tables.measures[measure[i] ?? 0] ?? '',
      statistic: stat,
      period: tables.periods[period[i] ?? 0] ?? '',
      comparison: comparisonIndex < 0 ? null : (tables.periods[comparisonIndex] ?? null),
      value,
      unit: unitId,
      printings,
      preferred: notPreferred.size === 0 || !notPreferred.has(i),
      noteIds: noteIds.get(i) ?? [],
      remark: remarkIndex < 0 ? null : (tables.remarks[remarkIndex] ?? null),
    });
  }
  if (problems.list.length > 0) return { ok: false, errors: problems.result() };
  return { ok: true, data: figures };
}
