/**
 * Validation at the edge: every file the app or the checks read is parsed
 * with its schema, and a failure names the file, the path inside it and the
 * reason, e.g. `2024-04/beat-crime.json: figures[3].value: expected number`.
 */
import type { z } from '../lib/zod';
import { manifestSchema, type DatasetFile, type DatasetId, type Manifest } from './schema';
import { decodeWireFile, formatPath } from './wire-schema';
import { partnershipSchema, type Partnership } from './partnership';

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: string[] };

export { formatPath };

function validate<S extends z.ZodMiniType>(file: string, schema: S, value: unknown): Validated<z.output<S>> {
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

/**
 * A published dataset file, as parsed JSON: checked against its schema and
 * decoded (which checks what a schema cannot, such as indices in range) into
 * the shape the app uses.
 */
export function validateDataset<D extends DatasetId>(file: string, dataset: D, value: unknown): Validated<DatasetFile<D>> {
  // Dataset D's schema accepted it and decoding gave it the app's shape, so it is D's file.
  return decodeWireFile(file, dataset, value) as Validated<DatasetFile<D>>;
}

/**
 * Everything between a dataset file's text and the app's data: JSON syntax,
 * the wire schema, decoding and the snapshot it must belong to. Never throws:
 * every problem comes back naming the file and the path inside it.
 */
export function decodeDatasetText<D extends DatasetId>(
  file: string,
  dataset: D,
  snapshotId: string,
  text: string,
): Validated<DatasetFile<D>> {
  try {
    const json = parseJson(file, text);
    if (!json.ok) return json;
    const result = validateDataset(file, dataset, json.data);
    if (result.ok && result.data.snapshotId !== snapshotId) {
      return { ok: false, errors: [`${file}: snapshotId: is ${result.data.snapshotId}, expected ${snapshotId}`] };
    }
    return result;
  } catch (e) {
    // A last guard: the fuzz test finds no way here, but a fault in the checks must still name the file rather than break the page.
    return { ok: false, errors: [`${file}: could not be read (${e instanceof Error ? e.message : String(e)})`] };
  }
}

/** Parses JSON text, reporting a syntax error against the file's name. */
export function parseJson(file: string, text: string): Validated<unknown> {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
