/**
 * Shareable view state in the query string. Each view declares its
 * parameters as schemas with defaults; reading validates every value where it
 * enters (a bad one falls back to its default and is reported, never cast),
 * and writing keeps only values that differ from the defaults, so links stay
 * short and old links keep working when defaults change.
 */
import { z } from './zod';

export interface Param<T> {
  schema: z.ZodMiniType<T, string>;
  default: T;
  /**
   * How the value is written back; must round-trip through `schema`. A method,
   * not a property, so specs of different value types fit one record type.
   */
  write(value: T): string;
  /** Plain-English description of what is allowed, for error notices. */
  expects: string;
}

/**
 * Several keys of one kind, one per thing of that kind on a page: the sort of
 * each youth ASB section's table is `sort.interventions`, `sort.jag`…, so each
 * table owns its key while the spec names them once. The value is a record by
 * name holding the keys present in the URL.
 */
export interface ParamFamily<T> {
  /** Keys are `${prefix}.${name}`. */
  prefix: string;
  /** Which names exist, and how to say so when one does not. */
  names: { test: (name: string) => boolean; expects: string };
  member: Param<T>;
  default: Readonly<Record<string, T>>;
}

export type ParamSpec = Record<string, Param<unknown> | ParamFamily<unknown>>;
export type ParamValues<S extends ParamSpec> = { [K in keyof S]: S[K]['default'] };

export interface ParamProblem {
  key: string;
  value: string;
  message: string;
}

function isFamily(p: Param<unknown> | ParamFamily<unknown>): p is ParamFamily<unknown> {
  return 'member' in p;
}

/** The longest part of a value a notice quotes back: a link's text must never become a message on the page. */
export const EXCERPT_LENGTH = 30;

/**
 * A value from the URL as a notice may quote it: at most EXCERPT_LENGTH
 * characters, whitespace collapsed, in curly quotes, cut with "…". A crafted
 * link can then put no sentence of its own on the dashboard.
 */
export function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  const shown = chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH - 1).join('')}…` : flat;
  return `\u201c${shown}\u201d`;
}

/** Names the parameter (a key the spec owns) and quotes at most an excerpt of its value. */
export function problem(key: string, value: string, expects: string): ParamProblem {
  return { key, value, message: `The value of "${key}" (${excerpt(value)}) is not ${expects}, so it was ignored.` };
}

/** A key of a family whose name the page does not know: the name came from the link, so it is not echoed. */
function unknownNameProblem(key: string, value: string, prefix: string, expects: string): ParamProblem {
  return { key, value, message: `A "${prefix}." parameter was ignored: it is not ${expects}.` };
}

/** The names a family finds among `params`: keys `${prefix}.${name}` that no plain parameter of the spec owns. */
function familyKeys(params: URLSearchParams, family: ParamFamily<unknown>, spec: ParamSpec): [key: string, name: string][] {
  const start = `${family.prefix}.`;
  return [...new Set(params.keys())].filter((k) => k.startsWith(start) && !(k in spec)).map((k) => [k, k.slice(start.length)]);
}

export function readParams<S extends ParamSpec>(
  search: string | URLSearchParams,
  spec: S,
): { values: ParamValues<S>; problems: ParamProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = {} as Record<string, unknown>;
  const problems: ParamProblem[] = [];
  for (const [key, param] of Object.entries(spec)) {
    if (isFamily(param)) {
      const found: Record<string, unknown> = {};
      for (const [memberKey, name] of familyKeys(params, param, spec)) {
        const raw = params.get(memberKey) ?? '';
        if (!param.names.test(name)) {
          problems.push(unknownNameProblem(memberKey, raw, param.prefix, param.names.expects));
          continue;
        }
        const parsed = param.member.schema.safeParse(raw);
        if (parsed.success) found[name] = parsed.data;
        else problems.push(problem(memberKey, raw, param.member.expects));
      }
      values[key] = found;
      continue;
    }
    const raw = params.get(key);
    if (raw === null) {
      values[key] = param.default;
      continue;
    }
    const parsed = param.schema.safeParse(raw);
    if (parsed.success) {
      values[key] = parsed.data;
    } else {
      values[key] = param.default;
      problems.push(problem(key, raw, param.expects));
    }
  }
  return { values: values as ParamValues<S>, problems };
}

/** Writes only non-default values, in the spec's key order (a family's by name), so equal states give equal URLs. */
export function writeParams<S extends ParamSpec>(values: Partial<ParamValues<S>>, spec: S): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, param] of Object.entries(spec)) {
    if (!(key in values)) continue;
    const value = values[key as keyof S];
    if (value === undefined) continue;
    if (isFamily(param)) {
      const members = Object.entries(value as Readonly<Record<string, unknown>>).sort(([a], [b]) => a.localeCompare(b));
      for (const [name, v] of members) {
        const text = param.member.write(v);
        if (text !== param.member.write(param.member.default)) out.set(`${param.prefix}.${name}`, text);
      }
      continue;
    }
    const text = param.write(value);
    if (text !== param.write(param.default)) out.set(key, text);
  }
  return out;
}

/**
 * `search` with every key the spec owns replaced by `values` (non-defaults
 * only); keys other specs own, such as the app's view and snapshot, are kept.
 */
export function mergeParams<S extends ParamSpec>(
  search: string | URLSearchParams,
  values: Partial<ParamValues<S>>,
  spec: S,
): URLSearchParams {
  const current = new URLSearchParams(search);
  for (const [key, param] of Object.entries(spec)) {
    if (isFamily(param)) for (const [memberKey] of familyKeys(current, param, spec)) current.delete(memberKey);
    else current.delete(key);
  }
  for (const [k, v] of writeParams(values, spec)) current.set(k, v);
  return current;
}

// Parameter builders. Each returns a schema from string to a typed value.

const splitList = (s: string): string[] => (s === '' ? [] : s.split(','));

export function enumParam<const T extends readonly [string, ...string[]]>(options: T, fallback: T[number]): Param<T[number]> {
  return {
    schema: z.enum(options) as unknown as z.ZodMiniType<T[number], string>,
    default: fallback,
    write: (v) => v,
    expects: `one of ${options.join(', ')}`,
  };
}

export function stringParam(pattern: RegExp, expects: string, fallback = ''): Param<string> {
  return { schema: z.string().check(z.regex(pattern)), default: fallback, write: (v) => v, expects };
}

/** Free text such as a search box: bounded in length, otherwise anything. */
export function textParam(maxLength = 200): Param<string> {
  return {
    schema: z.string().check(z.maxLength(maxLength)),
    default: '',
    write: (v) => v,
    expects: `text of at most ${maxLength} characters`,
  };
}

/** A comma-separated list of items that each match `item`; the empty list is the default. */
export function listParam(item: RegExp, expects: string): Param<string[]> {
  return {
    schema: z.pipe(z.pipe(z.string(), z.transform(splitList)), z.array(z.string().check(z.regex(item)))),
    default: [],
    write: (v) => v.join(','),
    expects,
  };
}

/** One of options known only at run time, such as a partnership's areas; the empty string is the default. */
export function choiceParam(options: readonly string[], expects: string): Param<string> {
  return { schema: z.string().check(z.refine((s) => options.includes(s))), default: '', write: (v) => v, expects };
}

/** A comma-separated list of options known only at run time; the empty list is the default. */
export function choiceListParam(options: readonly string[], expects: string): Param<string[]> {
  return {
    schema: z.pipe(z.pipe(z.string(), z.transform(splitList)), z.array(z.string().check(z.refine((s) => options.includes(s))))),
    default: [],
    write: (v) => v.join(','),
    expects,
  };
}

export function booleanParam(): Param<boolean> {
  return {
    schema: z.pipe(
      z.enum(['1', '0', 'true', 'false']),
      z.transform((v: '1' | '0' | 'true' | 'false') => v === '1' || v === 'true'),
    ) as unknown as z.ZodMiniType<boolean, string>,
    default: false,
    write: (v) => (v ? '1' : '0'),
    expects: '1 or 0',
  };
}

export interface SortState {
  column: string;
  descending: boolean;
}

/** The form of a sort value: a column id, with "-" in front for descending. */
const SORT_FORM = /^-?[a-z][a-z0-9-]*$/;

/** Says a table's columns come from the data, so its sort can only be checked once the table is built. */
export const BUILT_FROM_DATA = 'built-from-data';
type SortColumns = readonly string[] | typeof BUILT_FROM_DATA;

function sortExpects(columns: SortColumns): string {
  const which = columns === BUILT_FROM_DATA ? '' : ` (${columns.join(', ')})`;
  return `a column to sort by${which}, with "-" in front for descending`;
}

function tablesExpects(tables: readonly string[]): string {
  return `the sort of one of this page's tables (${tables.map((t) => `sort.${t}`).join(', ')})`;
}

export function writeSort(sort: SortState | null): string {
  return sort === null ? '' : `${sort.descending ? '-' : ''}${sort.column}`;
}

/**
 * `sort=meeting` or `sort=-meeting` (descending). `columns` are the ids of
 * the table's sortable columns, derived from its column constants, so every
 * column a reader can click is accepted. A table whose columns depend on the
 * data (one per period) passes `BUILT_FROM_DATA`: the URL then checks only
 * the form, and the table checks the column once it is built (`sortProblem`).
 */
export function sortParam(columns: SortColumns, fallback: SortState | null = null): Param<SortState | null> {
  const allowed = (c: string) => columns === BUILT_FROM_DATA || columns.includes(c);
  return {
    schema: z
      .pipe(
        z.string().check(z.regex(SORT_FORM)),
        z.transform((s: string) => ({ column: s.replace(/^-/, ''), descending: s.startsWith('-') })),
      )
      .check(z.refine((s) => allowed(s.column))) as unknown as z.ZodMiniType<SortState | null, string>,
    default: fallback,
    write: writeSort,
    expects: sortExpects(columns),
  };
}

/**
 * One sort key per table where a page has several tables of a kind:
 * `sort.<table>=column`, so sorting one table never sorts the others. `tables`
 * names them, or is a pattern where the tables come from the data (the view
 * then checks the name with `unknownTableProblem`).
 */
export function sortFamily(
  tables: readonly string[] | { pattern: RegExp; expects: string },
  columns: SortColumns,
): ParamFamily<SortState | null> {
  const names =
    'pattern' in tables
      ? { test: (n: string) => tables.pattern.test(n), expects: tables.expects }
      : { test: (n: string) => tables.includes(n), expects: tablesExpects(tables) };
  return { prefix: 'sort', names, member: sortParam(columns), default: {} };
}

/**
 * Checks a sort against the columns a table was built with, for a parameter
 * that could only be checked once the data were in: the problem to report in
 * the page's notice, or null when the sort is usable (or there is none).
 */
export function sortProblem(key: string, sort: SortState | null, columns: readonly string[]): ParamProblem | null {
  if (sort === null || columns.includes(sort.column)) return null;
  return problem(key, writeSort(sort), sortExpects(columns));
}

/** A `sort.<table>` key for a table the page does not have, found once the data say which tables there are. */
export function unknownTableProblem(key: string, sort: SortState | null, tables: readonly string[]): ParamProblem {
  return unknownNameProblem(key, writeSort(sort), 'sort', tablesExpects(tables));
}

/** What a view receives from the shell: its parameters and a way to change them. */
export interface ViewState<S extends ParamSpec> {
  params: ParamValues<S>;
  /** Pushes a history entry (or replaces, for typing); writes only non-default values. */
  setParams: (patch: Partial<ParamValues<S>>, options?: { replace?: boolean }) => void;
  /** A link to this view with `patch` applied, for real anchors. */
  linkTo: (patch: Partial<ParamValues<S>>) => string;
  /**
   * Reports a parameter that can only be checked once the data are in (a
   * sort on a column built from the data) into the same notice as the
   * others; null withdraws it. Keyed by URL key, so a report replaces the last.
   */
  reportProblem: (key: string, problem: ParamProblem | null) => void;
}
