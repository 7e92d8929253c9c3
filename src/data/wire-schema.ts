/**
 * The published files as they are on the wire: the same as the app's
 * dataset types (schema.ts), except that a file's figures are compact
 * columns (wire-figures.ts). The JSON Schema files in public/data/schema are
 * generated from these.
 */
import type { z } from 'zod';
import { DATASET_SCHEMAS, FIGURE_DATASETS, type DatasetId, type FigureDataset } from './schema';
import { decodeFigures, wireFiguresSchema, type Decoded, type WireFigures } from './wire-figures';

const withColumns = <D extends FigureDataset>(dataset: D) => DATASET_SCHEMAS[dataset].extend({ figures: wireFiguresSchema });

export const WIRE_SCHEMAS: Record<DatasetId, z.ZodType> = {
  ...DATASET_SCHEMAS,
  'beat-crime': withColumns('beat-crime'),
  'csp-crime': withColumns('csp-crime'),
  'family-group': withColumns('family-group'),
  asb: withColumns('asb'),
  actions: withColumns('actions'),
  scorecards: withColumns('scorecards'),
};

function isFigureDataset(dataset: DatasetId): dataset is FigureDataset {
  return (FIGURE_DATASETS as readonly string[]).includes(dataset);
}

/** A wire file, already checked against its dataset's wire schema, in the shape the app uses. */
export function decodeWireFile(file: string, dataset: DatasetId, wire: unknown): Decoded<unknown> {
  // Files without figures are the same on the wire as in the app.
  if (!isFigureDataset(dataset)) return { ok: true, data: wire };
  // The dataset's wire schema has just accepted it, so its figures are wire columns.
  const body = wire as { figures: WireFigures };
  const figures = decodeFigures(file, 'figures', body.figures);
  if (!figures.ok) return figures;
  return { ok: true, data: { ...body, figures: figures.data } };
}
