/**
 * The published files as they are on the wire: the same as the app's
 * dataset types (schema.ts), except that a file's figures are compact
 * columns (wire-figures.ts). Zod checks the rest of a file; the figures are
 * checked by hand (wire-check.ts), as they are what grows with a force's
 * size. The JSON Schema files in public/data/schema come from
 * wire-figures-schema.ts, which describes the same wire files as one schema.
 */
import { z } from '../lib/zod';
import { DATASET_SCHEMAS, FIGURE_DATASETS, type DatasetId, type FigureDataset } from './schema';
import { decodeFigures, type Decoded } from './wire-figures';

/** A figure file's schema with its figures left to decodeFigures. */
const withoutFigures = <D extends FigureDataset>(dataset: D) => z.extend(DATASET_SCHEMAS[dataset], { figures: z.unknown() });

const STRUCTURE: Record<DatasetId, z.ZodMiniType> = {
  ...DATASET_SCHEMAS,
  'beat-crime': withoutFigures('beat-crime'),
  'csp-crime': withoutFigures('csp-crime'),
  'family-group': withoutFigures('family-group'),
  asb: withoutFigures('asb'),
  actions: withoutFigures('actions'),
  scorecards: withoutFigures('scorecards'),
};

function isFigureDataset(dataset: DatasetId): dataset is FigureDataset {
  return (FIGURE_DATASETS as readonly string[]).includes(dataset);
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

/**
 * A wire file, as parsed JSON, in the shape the app uses: every problem of its
 * structure and of its figures named by file and path.
 */
export function decodeWireFile(file: string, dataset: DatasetId, value: unknown): Decoded<unknown> {
  const result = STRUCTURE[dataset].safeParse(value);
  const errors = result.success ? [] : result.error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
  // Files without figures are the same on the wire as in the app.
  if (!isFigureDataset(dataset)) return result.success ? { ok: true, data: result.data } : { ok: false, errors };
  // Where the file is not even an object, the schema has said so: there are no figures to name.
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const figures = isObject ? decodeFigures(file, 'figures', (value as { figures?: unknown }).figures) : null;
  if (figures && !figures.ok) errors.push(...figures.errors);
  if (!result.success || !figures?.ok) return { ok: false, errors };
  // The schema parsed everything but the figures, which were decoded: the app's shape of this dataset.
  return { ok: true, data: { ...(result.data as object), figures: figures.data } };
}
