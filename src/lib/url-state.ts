/**
 * Shareable view state in the query string. Each view declares its
 * parameters as schemas with defaults; reading validates every value where it
 * enters (a bad one falls back to its default and is reported, never cast),
 * and writing keeps only values that differ from the defaults, so links stay
 * short and old links keep working when defaults change.
 */
import { z } from 'zod';

export interface Param<T> {
  schema: z.ZodType<T, string>;
  default: T;
  /**
   * How the value is written back; must round-trip through `schema`. A method,
   * not a property, so specs of different value types fit one record type.
   */
  write(value: T): string;
  /** Plain-English description of what is allowed, for error notices. */
  expects: string;
}

export type ParamSpec = Record<string, Param<unknown>>;
export type ParamValues<S extends ParamSpec> = { [K in keyof S]: S[K]['default'] };

export interface ParamProblem {
  key: string;
  value: string;
  message: string;
}

export function readParams<S extends ParamSpec>(
  search: string | URLSearchParams,
  spec: S,
): { values: ParamValues<S>; problems: ParamProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = {} as Record<string, unknown>;
  const problems: ParamProblem[] = [];
  for (const [key, param] of Object.entries(spec)) {
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
      problems.push({ key, value: raw, message: `"${key}=${raw}" is not ${param.expects}, so it was ignored.` });
    }
  }
  return { values: values as ParamValues<S>, problems };
}

/** Writes only non-default values, in the spec's key order, so equal states give equal URLs. */
export function writeParams<S extends ParamSpec>(values: Partial<ParamValues<S>>, spec: S): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, param] of Object.entries(spec)) {
    if (!(key in values)) continue;
    const value = values[key as keyof S];
    if (value === undefined) continue;
    const text = param.write(value);
    if (text !== param.write(param.default)) out.set(key, text);
  }
  return out;
}

// Parameter builders. Each returns a schema from string to a typed value.

export function enumParam<const T extends readonly [string, ...string[]]>(options: T, fallback: T[number]): Param<T[number]> {
  return {
    schema: z.enum(options) as unknown as z.ZodType<T[number], string>,
    default: fallback,
    write: (v) => v,
    expects: `one of ${options.join(', ')}`,
  };
}

export function stringParam(pattern: RegExp, expects: string, fallback = ''): Param<string> {
  return { schema: z.string().regex(pattern), default: fallback, write: (v) => v, expects };
}

/** Free text such as a search box: bounded in length, otherwise anything. */
export function textParam(maxLength = 200): Param<string> {
  return { schema: z.string().max(maxLength), default: '', write: (v) => v, expects: `text of at most ${maxLength} characters` };
}

/** A comma-separated list of items that each match `item`; the empty list is the default. */
export function listParam(item: RegExp, expects: string): Param<string[]> {
  return {
    schema: z
      .string()
      .transform((s) => (s === '' ? [] : s.split(',')))
      .pipe(z.array(z.string().regex(item))) as unknown as z.ZodType<string[], string>,
    default: [],
    write: (v) => v.join(','),
    expects,
  };
}

/** One of options known only at run time, such as a partnership's areas; the empty string is the default. */
export function choiceParam(options: readonly string[], expects: string): Param<string> {
  return { schema: z.string().refine((s) => options.includes(s)), default: '', write: (v) => v, expects };
}

/** A comma-separated list of options known only at run time; the empty list is the default. */
export function choiceListParam(options: readonly string[], expects: string): Param<string[]> {
  return {
    schema: z
      .string()
      .transform((s) => (s === '' ? [] : s.split(',')))
      .pipe(z.array(z.string().refine((s) => options.includes(s)))) as unknown as z.ZodType<string[], string>,
    default: [],
    write: (v) => v.join(','),
    expects,
  };
}

export function booleanParam(): Param<boolean> {
  return {
    schema: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true') as unknown as z.ZodType<boolean, string>,
    default: false,
    write: (v) => (v ? '1' : '0'),
    expects: '1 or 0',
  };
}

export interface SortState {
  column: string;
  descending: boolean;
}

/**
 * `sort=meeting` or `sort=-meeting` (descending), for one of `columns`, or,
 * where a table's columns depend on the data (one per date), for any column
 * id matching a pattern.
 */
export function sortParam(
  columns: readonly string[] | { pattern: RegExp; expects: string },
  fallback: SortState | null,
): Param<SortState | null> {
  const allowed = 'pattern' in columns ? (c: string) => columns.pattern.test(c) : (c: string) => columns.includes(c);
  const expects = 'pattern' in columns ? columns.expects : columns.join(', ');
  return {
    schema: z
      .string()
      .regex(/^-?[a-z][a-z0-9-]*$/)
      .transform((s) => ({ column: s.replace(/^-/, ''), descending: s.startsWith('-') }))
      .refine((s) => allowed(s.column)) as unknown as z.ZodType<SortState | null, string>,
    default: fallback,
    write: (v) => (v === null ? '' : `${v.descending ? '-' : ''}${v.column}`),
    expects: `a column to sort by (${expects}), with "-" in front for descending`,
  };
}

/** What a view receives from the shell: its parameters and a way to change them. */
export interface ViewState<S extends ParamSpec> {
  params: ParamValues<S>;
  /** Pushes a history entry (or replaces, for typing); writes only non-default values. */
  setParams: (patch: Partial<ParamValues<S>>, options?: { replace?: boolean }) => void;
  /** A link to this view with `patch` applied, for real anchors. */
  linkTo: (patch: Partial<ParamValues<S>>) => string;
}
