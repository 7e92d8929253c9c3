/**
 * The wire figures (wire-figures.ts) as a zod schema, for what needs a schema
 * rather than a check: the JSON Schema files in public/data/schema and tests
 * that compare the app's hand-written checks with it. The app never imports
 * this module, so none of it is in the page's scripts.
 */
import { z } from '../lib/zod';
import { DATASET_SCHEMAS, STATISTICS, SOURCE_KINDS, periodIdSchema, type DatasetId, type FigureDataset } from './schema';
import type { WireFigures } from './wire-figures';

const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
const int = z.number().check(z.int());
const index = z.number().check(z.int(), z.nonnegative());
const runs = z.union([z.strictObject({ runs: z.array(int) }), z.strictObject({ deltas: z.array(int) })]);

export const wireFiguresSchema = z.strictObject({
  count: index,
  idPrefix: z.string(),
  tables: z.strictObject({
    areas: z.array(z.tuple([kebab, nonEmpty])),
    measures: z.array(kebab),
    statistics: z.array(z.enum(STATISTICS)),
    units: z.array(kebab),
    periods: z.array(periodIdSchema),
    sources: z.array(z.tuple([z.enum(SOURCE_KINDS), nonEmpty, nonEmpty])),
    noteIds: z.array(nonEmpty),
    remarks: z.array(z.string()),
  }),
  columns: z.strictObject({
    id: z.union([z.array(z.string()), z.strictObject({ width: z.number().check(z.int(), z.positive()), joined: z.string() })]),
    area: runs,
    measure: runs,
    statistic: runs,
    unit: runs,
    period: runs,
    comparison: runs,
    value: z.array(z.number()),
    printings: runs,
    remark: runs,
  }),
  printings: z.strictObject({
    source: runs,
    line: runs,
    printed: z.array(z.tuple([index, nonEmpty])),
  }),
  notPreferred: z.array(index),
  notes: z.array(z.tuple([index, index])),
});

// The hand-written type and the schema describe the same thing: either drifting breaks the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof wireFiguresSchema>, WireFigures> = true;
void sameShape;

const withColumns = <D extends FigureDataset>(dataset: D) => z.extend(DATASET_SCHEMAS[dataset], { figures: wireFiguresSchema });

/** Every published dataset file as it is on the wire, one schema each: what public/data/schema describes. */
export const WIRE_SCHEMAS: Record<DatasetId, z.ZodMiniType> = {
  ...DATASET_SCHEMAS,
  'beat-crime': withColumns('beat-crime'),
  'csp-crime': withColumns('csp-crime'),
  'family-group': withColumns('family-group'),
  asb: withColumns('asb'),
  actions: withColumns('actions'),
  scorecards: withColumns('scorecards'),
};
