/**
 * The wire figures' shape (wire-figures.ts), checked by hand: one tight loop
 * per column instead of a schema's checks per element, which cost 20 to 60
 * times JSON.parse on a force-wide file. It accepts exactly what
 * `wireFiguresSchema` (wire-figures-schema.ts) accepts, which a test holds it
 * to, and names the path of the first problem in each column, as the schema
 * would, e.g. `beat-crime.json: figures.columns.value[1234]: Invalid input:
 * expected number, received string`. Ranges, lengths and repeated ids are
 * the decoder's to check.
 */
import { parsePeriodId } from '../lib/periods';
import { SOURCE_KINDS, STATISTICS } from './schema';
import type { WireFigures } from './wire-figures';

/** Beyond this many, further problems only add to a count: a broken file needs fixing, not a list of every cell. */
const MAX_ERRORS = 20;

/** Problems of one part of one file, each named `<file>: <base>.<path>: <reason>`. */
export class Problems {
  readonly list: string[] = [];
  private more = 0;
  constructor(
    private readonly file: string,
    private readonly base: string,
  ) {}
  add(path: string, message: string): void {
    const at = path === '' ? this.base : path.startsWith('[') ? `${this.base}${path}` : `${this.base}.${path}`;
    if (this.list.length < MAX_ERRORS) this.list.push(`${this.file}: ${at}: ${message}`);
    else this.more += 1;
  }
  get count(): number {
    return this.list.length + this.more;
  }
  result(): string[] {
    return this.more > 0 ? [...this.list, `${this.file}: and ${this.more} more problems`] : this.list;
  }
}

type Check = (p: Problems, path: string, v: unknown) => boolean;

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' && Number.isNaN(v) ? 'NaN' : typeof v;
}

function expected(p: Problems, path: string, what: string, v: unknown): false {
  p.add(path, `Invalid input: expected ${what}, received ${kindOf(v)}`);
  return false;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object with no keys but `keys` (each key's own check says when one is missing). */
function strictObject(p: Problems, path: string, v: unknown, keys: readonly string[]): v is Record<string, unknown> {
  if (!isRecord(v)) return expected(p, path, 'object', v);
  const unknown = Object.keys(v).filter((k) => !keys.includes(k));
  if (unknown.length === 0) return true;
  p.add(path, `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => JSON.stringify(k)).join(', ')}`);
  return false;
}

const string: Check = (p, path, v) => typeof v === 'string' || expected(p, path, 'string', v);

const nonEmpty: Check = (p, path, v) => {
  if (typeof v !== 'string') return expected(p, path, 'string', v);
  if (v.length > 0) return true;
  p.add(path, 'must not be empty');
  return false;
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab: Check = (p, path, v) => {
  if (typeof v !== 'string') return expected(p, path, 'string', v);
  if (KEBAB.test(v)) return true;
  p.add(path, 'must be lower-case words joined by hyphens');
  return false;
};

const oneOf =
  (options: readonly string[]): Check =>
  (p, path, v) => {
    if (typeof v === 'string' && options.includes(v)) return true;
    p.add(path, `Invalid option: expected one of ${options.map((o) => JSON.stringify(o)).join('|')}`);
    return false;
  };

/**
 * Period ids already found valid (whether one is depends on its text alone):
 * every part of a split dataset lists the same periods, and parsing one costs
 * as much as checking a thousand figures.
 */
const validPeriods = new Set<string>();

const period: Check = (p, path, v) => {
  if (typeof v !== 'string') return expected(p, path, 'string', v);
  if (validPeriods.has(v)) return true;
  const parsed = parsePeriodId(v);
  if (parsed.ok && validPeriods.size < 100_000) validPeriods.add(v);
  if (parsed.ok) return true;
  p.add(path, parsed.reason);
  return false;
};

/** A JSON number that is a whole number (a safe integer, as zod's `int()`). */
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

function int(p: Problems, path: string, v: unknown): boolean {
  if (isInt(v)) return true;
  if (typeof v !== 'number' || !Number.isFinite(v)) return expected(p, path, 'number', v);
  p.add(path, Number.isInteger(v) ? 'Too big: expected int to be a safe integer' : 'Invalid input: expected int, received number');
  return false;
}

const index: Check = (p, path, v) => {
  if (!int(p, path, v)) return false;
  if ((v as number) >= 0) return true;
  p.add(path, 'Too small: expected number to be >=0');
  return false;
};

/** An array whose every entry passes `each`; only the first bad entry is named. */
function arrayOf(p: Problems, path: string, v: unknown, each: Check): boolean {
  if (!Array.isArray(v)) return expected(p, path, 'array', v);
  for (let i = 0; i < v.length; i += 1) if (!each(p, `${path}[${i}]`, v[i])) return false;
  return true;
}

const tuple =
  (...items: Check[]): Check =>
  (p, path, v) => {
    if (!Array.isArray(v)) return expected(p, path, 'array', v);
    if (v.length !== items.length) {
      p.add(path, `must hold exactly ${items.length} entries, holds ${v.length}`);
      return false;
    }
    return items.every((check, i) => check(p, `${path}[${i}]`, v[i]));
  };

/** `{ runs: [...] }` or `{ deltas: [...] }` of whole numbers. */
const intColumn: Check = (p, path, v) => {
  if (!isRecord(v)) return expected(p, path, 'object', v);
  const keys = Object.keys(v);
  const key = keys[0];
  if (keys.length !== 1 || (key !== 'runs' && key !== 'deltas')) {
    p.add(path, 'Invalid input: must be { "runs": [...] } or { "deltas": [...] }');
    return false;
  }
  const list = v[key];
  const at = `${path}.${key}`;
  if (!Array.isArray(list)) return expected(p, at, 'array', list);
  for (let i = 0; i < list.length; i += 1) if (!isInt(list[i])) return int(p, `${at}[${i}]`, list[i]);
  return true;
};

/** The largest column: numbers only, in one loop. */
const numbers: Check = (p, path, v) => {
  if (!Array.isArray(v)) return expected(p, path, 'array', v);
  for (let i = 0; i < v.length; i += 1) {
    const x: unknown = v[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return expected(p, `${path}[${i}]`, 'number', x);
  }
  return true;
};

const idColumn: Check = (p, path, v) => {
  if (Array.isArray(v)) return arrayOf(p, path, v, string);
  if (!strictObject(p, path, v, ['width', 'joined'])) return false;
  let ok = int(p, `${path}.width`, v.width);
  if (ok && (v.width as number) < 1) {
    p.add(`${path}.width`, 'Too small: expected number to be >0');
    ok = false;
  }
  return string(p, `${path}.joined`, v.joined) && ok;
};

/** Each key of an object checked by its own check, every one of them (so every column's first problem is named). */
function fields(p: Problems, path: string, v: unknown, checks: Record<string, Check>): boolean {
  if (!strictObject(p, path, v, Object.keys(checks))) return false;
  let ok = true;
  for (const [key, check] of Object.entries(checks)) if (!check(p, join(path, key), v[key])) ok = false;
  return ok;
}

const arrayCheck =
  (each: Check): Check =>
  (p, path, v) =>
    arrayOf(p, path, v, each);

const CHECKS: Record<keyof WireFigures, Check> = {
  count: index,
  idPrefix: string,
  tables: (p, path, v) =>
    fields(p, path, v, {
      areas: arrayCheck(tuple(kebab, nonEmpty)),
      measures: arrayCheck(kebab),
      statistics: arrayCheck(oneOf(STATISTICS)),
      units: arrayCheck(kebab),
      periods: arrayCheck(period),
      sources: arrayCheck(tuple(oneOf(SOURCE_KINDS), nonEmpty, nonEmpty)),
      noteIds: arrayCheck(nonEmpty),
      remarks: arrayCheck(string),
    } satisfies Record<keyof WireFigures['tables'], Check>),
  columns: (p, path, v) =>
    fields(p, path, v, {
      id: idColumn,
      area: intColumn,
      measure: intColumn,
      statistic: intColumn,
      unit: intColumn,
      period: intColumn,
      comparison: intColumn,
      value: numbers,
      printings: intColumn,
      remark: intColumn,
    } satisfies Record<keyof WireFigures['columns'], Check>),
  printings: (p, path, v) =>
    fields(p, path, v, {
      source: intColumn,
      line: intColumn,
      printed: arrayCheck(tuple(index, nonEmpty)),
    } satisfies Record<keyof WireFigures['printings'], Check>),
  notPreferred: arrayCheck(index),
  notes: arrayCheck(tuple(index, index)),
};

/**
 * Whether `value` has the shape of wire figures, noting every column's first
 * problem in `problems` (paths relative to where the figures stand).
 */
export function isWireFigures(problems: Problems, value: unknown): value is WireFigures {
  return fields(problems, '', value, CHECKS);
}

