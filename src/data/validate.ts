/**
 * Validation at the edge: every file the app or the checks read is parsed
 * with its schema, and a failure names the file, the path inside it and the
 * reason, e.g. `2024-04/beat-crime.json: figures[3].value: expected number`.
 */
import type { z } from 'zod';
import { DATASET_SCHEMAS, manifestSchema, type DatasetFile, type DatasetId, type Manifest } from './schema';
import { partnershipSchema, type Partnership } from './partnership';

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: string[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

function validate<S extends z.ZodType>(file: string, schema: S, value: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`),
  };
}

export function validateManifest(file: string, value: unknown): Validated<Manifest> {
  return validate(file, manifestSchema, value);
}

export function validatePartnership(file: string, value: unknown): Validated<Partnership> {
  return validate(file, partnershipSchema, value);
}

export function validateDataset<D extends DatasetId>(file: string, dataset: D, value: unknown): Validated<DatasetFile<D>> {
  return validate(file, DATASET_SCHEMAS[dataset], value) as Validated<DatasetFile<D>>;
}

/** Parses JSON text, reporting a syntax error against the file's name. */
export function parseJson(file: string, text: string): Validated<unknown> {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
