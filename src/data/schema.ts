/**
 * The published snapshot format. One zod schema per file; the JSON Schema
 * files in public/data/schema are generated from these, so the two can never
 * drift apart. Bump SCHEMA_VERSION on any change that an older reader could
 * misread.
 */
import { z } from '../lib/zod';
import { parsePeriodId } from '../lib/periods';

export const SCHEMA_VERSION = 4 as const;

export const DATASETS = [
  'beat-crime',
  'csp-crime',
  'family-group',
  'asb',
  'actions',
  'scorecards',
  'places',
  'periods',
  'notes',
  'vocab',
] as const;
export type DatasetId = (typeof DATASETS)[number];

/** Datasets whose rows are numeric figures (the rest describe them). */
export const FIGURE_DATASETS = ['beat-crime', 'csp-crime', 'family-group', 'asb', 'actions', 'scorecards'] as const;
export type FigureDataset = (typeof FIGURE_DATASETS)[number];

export const STATISTICS = [
  'count',
  'difference',
  'percent-change',
  'share',
  'percentage',
  'rank',
  'movement',
  'rate',
  'amount',
  'target',
  'number',
] as const;
export type Statistic = (typeof STATISTICS)[number];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'));
const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const snapshotId = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'must be a snapshot id like 2024-04'));
const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

export const periodIdSchema = z.string().check(
  z.superRefine((id, ctx) => {
    const parsed = parsePeriodId(id);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  }),
);

/**
 * `document`: a council document (a seed), cited by line; `extract`: an
 * analyst's extract (a CSV kept in the repository under
 * data/sources/<snapshot>/extracts/), cited by row and column.
 */
export const SOURCE_KINDS = ['document', 'extract'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const sourceSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  /** The seed document's file name, or the extract's path in the repository (data/sources/<snapshot>/extracts/<file>). */
  document: nonEmpty,
  /** Table or figure, as a reader would look for it; for an extract, the column header the value stands under. */
  ref: nonEmpty,
  /** 1-based line of the document the value stands on; for an extract, its row as a spreadsheet numbers it (the header row is 1). */
  line: z.number().check(z.int(), z.positive()),
});
export type Source = z.infer<typeof sourceSchema>;

export const printingSchema = z.strictObject({
  printed: nonEmpty,
  source: sourceSchema,
});
export type Printing = z.infer<typeof printingSchema>;

export const figureSchema = z.strictObject({
  id: nonEmpty,
  areaType: kebab,
  areaCode: nonEmpty,
  measure: kebab,
  statistic: z.enum(STATISTICS),
  period: periodIdSchema,
  comparison: z.nullable(periodIdSchema),
  value: z.number(),
  unit: kebab,
  /** Every place this figure is printed, most recent publication first. */
  printings: z.array(printingSchema).check(z.minLength(1)),
  /**
   * False where another figure with the same meaning was printed with a
   * different value; the preferred one comes from the latest publication.
   */
  preferred: z.boolean(),
  noteIds: z.array(nonEmpty),
  remark: z.nullable(z.string()),
});
export type Figure = z.infer<typeof figureSchema>;

export const notPublishedSchema = z.strictObject({
  dataset: z.enum(FIGURE_DATASETS),
  title: nonEmpty,
  /** What the chart shows, where it is one measure: it places the chart beside that measure's figures. */
  measure: z.nullable(kebab),
  source: sourceSchema,
  note: z.nullable(z.string()),
});
export type NotPublished = z.infer<typeof notPublishedSchema>;

const header = <D extends DatasetId>(dataset: D) => ({
  schemaVersion: z.literal(SCHEMA_VERSION),
  snapshotId,
  dataset: z.literal(dataset),
});

const figureFile = <D extends FigureDataset>(dataset: D) =>
  z.strictObject({
    ...header(dataset),
    figures: z.array(figureSchema),
    notPublished: z.array(notPublishedSchema),
  });

export const beatCrimeSchema = figureFile('beat-crime');
export const cspCrimeSchema = figureFile('csp-crime');
export const asbSchema = figureFile('asb');

export const familyMemberSchema = z.strictObject({
  force: nonEmpty,
  member: nonEmpty,
  /** Every spelling the documents use, kept as printed (e.g. "Maidston"). */
  printings: z.array(printingSchema).check(z.minLength(1)),
});
export const familyGroupSchema = z.strictObject({
  ...header('family-group'),
  members: z.array(familyMemberSchema),
  figures: z.array(figureSchema),
  notPublished: z.array(notPublishedSchema),
});

export const NOT_RECORDED = 'not recorded';
export const actionSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(['action-log', 'agreed', 'action-plan', 'forward-programme']),
  meetingDate: z.union([isoDate, z.literal(NOT_RECORDED)]),
  minuteRef: nonEmpty,
  item: nonEmpty,
  text: nonEmpty,
  owners: nonEmpty,
  /** The people `owners` names, resolved at build time by the spellings in the profile's people list. */
  ownerIds: z.array(kebab),
  /** Parts of `owners` that name no listed person, as printed ("Clerk", "TBC"). */
  unresolvedOwners: z.array(nonEmpty),
  /** People the action's text names, by a spelling of two or more words. */
  mentionIds: z.array(kebab),
  completeBy: nonEmpty,
  status: nonEmpty,
  source: sourceSchema,
  /** Other records of the same action (the action log's row for an action agreed in the minutes). */
  alsoRecorded: z.array(
    z.strictObject({
      id: nonEmpty,
      kind: z.enum(['action-log', 'agreed', 'action-plan', 'forward-programme']),
      owners: nonEmpty,
      source: sourceSchema,
    }),
  ),
});
export type Action = z.infer<typeof actionSchema>;

export const recommendationSchema = z.strictObject({
  id: nonEmpty,
  psa: nonEmpty,
  number: nonEmpty,
  text: nonEmpty,
  update: nonEmpty,
  status: nonEmpty,
  source: sourceSchema,
  updateSource: z.nullable(sourceSchema),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const actionsSchema = z.strictObject({
  ...header('actions'),
  actions: z.array(actionSchema),
  recommendations: z.array(recommendationSchema),
  figures: z.array(figureSchema),
  notPublished: z.array(notPublishedSchema),
});

export const scorecardRowSchema = z.strictObject({
  scorecard: kebab,
  row: nonEmpty,
  outcome: z.string(),
  indicator: nonEmpty,
  measure: kebab,
  rag: z.string(),
  direction: z.string(),
  progress: z.string(),
  source: sourceSchema,
});
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;

export const scorecardsSchema = z.strictObject({
  ...header('scorecards'),
  rows: z.array(scorecardRowSchema),
  figures: z.array(figureSchema),
  notPublished: z.array(notPublishedSchema),
});

export const placesSchema = z.strictObject({
  ...header('places'),
  beats: z.array(
    z.strictObject({
      /** One of the partnership's sub-areas; the build checks it against the profile. */
      beat: nonEmpty,
      wordings: z.array(printingSchema),
    }),
  ),
  subgroups: z.array(
    z.strictObject({
      code: nonEmpty,
      name: nonEmpty,
      beat: nonEmpty,
      source: sourceSchema,
    }),
  ),
});

export const PERIOD_TYPES = [
  'financial-year',
  'year-to-date',
  'quarter',
  'rolling-12-months',
  'as-at',
  'month',
  'calendar-year',
  'date-range',
  'year-as-printed',
  'dates-not-stated',
] as const;

export const periodsSchema = z.strictObject({
  ...header('periods'),
  periods: z.array(
    z.strictObject({
      id: periodIdSchema,
      type: z.enum(PERIOD_TYPES),
      start: isoDate,
      /** An upper bound, not a printed date, where `endStated` is false. */
      end: isoDate,
      /** False where the document gives no first day: `start` then only places the period in time. */
      startStated: z.boolean(),
      /** False where the document gives no last day: `end` is then the latest it can be. */
      endStated: z.boolean(),
      financialYear: z.nullable(z.string()),
      label: nonEmpty,
      /** The documents' own wording for this period. */
      asPrinted: z.array(printingSchema),
    }),
  ),
});

/**
 * `inconsistency`: a document contradicts itself or another printed at the
 * same time; `revision`: a later publication prints a different figure for
 * the same thing (data revised since, not a contradiction); `interpretation`:
 * a reading we chose and why; `remark`: other context, such as a document's
 * rounding convention.
 */
export const NOTE_KINDS = ['inconsistency', 'revision', 'interpretation', 'remark'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const noteSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(NOTE_KINDS),
  /** True for notes the build's consistency checks wrote. */
  generated: z.boolean(),
  text: nonEmpty,
  source: z.nullable(sourceSchema),
  /**
   * Set only where two published values contradict each other beyond their
   * printed precision: the one-line reason a figure's flag states, in words
   * ("the ten beats add up to 9,601"). A mislabelled header or an ambiguous
   * wording is an inconsistency note without a flag.
   */
  flag: z.nullable(nonEmpty),
});
export type Note = z.infer<typeof noteSchema>;

export const notesSchema = z.strictObject({
  ...header('notes'),
  notes: z.array(noteSchema),
});

export const vocabSchema = z.strictObject({
  ...header('vocab'),
  areas: z.array(z.strictObject({ type: kebab, code: nonEmpty, name: nonEmpty })),
  measures: z.array(z.strictObject({ id: kebab, label: nonEmpty, description: z.string() })),
});

export const DATASET_SCHEMAS = {
  'beat-crime': beatCrimeSchema,
  'csp-crime': cspCrimeSchema,
  'family-group': familyGroupSchema,
  asb: asbSchema,
  actions: actionsSchema,
  scorecards: scorecardsSchema,
  places: placesSchema,
  periods: periodsSchema,
  notes: notesSchema,
  vocab: vocabSchema,
} as const satisfies Record<DatasetId, z.ZodMiniType>;

export type DatasetFile<D extends DatasetId> = z.infer<(typeof DATASET_SCHEMAS)[D]>;

/**
 * Datasets made of figures alone, which the build splits into parts when one
 * file would be too large to load for a view that draws a part of it.
 */
export const SPLITTABLE_DATASETS = ['beat-crime', 'csp-crime', 'asb'] as const;
export type SplittableDataset = (typeof SPLITTABLE_DATASETS)[number];

/**
 * What a part of a split dataset holds: every figure of one measure, the
 * figures of each measure's newest period (what a table of every area at a
 * glance draws), or every figure of one area (what an area's own page draws).
 * Each part is a whole, valid file of its dataset. The measure parts hold
 * every figure; the others repeat some of them for the views that draw them.
 */
export const datasetPartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('measure'), measure: kebab }),
  z.strictObject({ kind: z.literal('newest') }),
  z.strictObject({ kind: z.literal('area'), areaType: kebab, areaCode: nonEmpty }),
]);
export type DatasetPart = z.infer<typeof datasetPartSchema>;

export const manifestFileSchema = z.strictObject({
  /** Path relative to public/data: a part of a split dataset stands in a folder named after it. */
  path: z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}\/[a-z-]+(\/[a-z0-9-]+)?\.(json|csv)$/, 'must be <snapshot>/<name>.json or .csv, or <snapshot>/<dataset>/<part>.json'),
    ),
  dataset: z.union([z.enum(DATASETS), z.literal('figures')]),
  bytes: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a hex sha256')),
  /** Set on the parts of a split dataset, which is then listed only as its parts. */
  part: z.optional(datasetPartSchema),
});

/** A date as a document prints it: the ISO date, the document's own words and the line they stand on. */
export const printedDateSchema = z.strictObject({
  date: isoDate,
  asPrinted: nonEmpty,
  line: z.number().check(z.int(), z.positive()),
});

/**
 * `agenda`: papers issued for a meeting, so published on or before it;
 * `minutes`: the record of a meeting, so published after it;
 * `release`: the partnership's own release of figures from analysts'
 * extracts, with no document or meeting of its own.
 */
export const PUBLICATION_KINDS = ['agenda', 'minutes', 'release'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** A public https address of a document: no credentials, no script, a host name. */
export const publicAddress = z
  .string()
  .check(
    z.maxLength(500),
    z.refine((v: string) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname.includes('.') && u.href === v;
    } catch {
      return false;
    }
    }, 'must be a full https:// address, written as a browser writes it (e.g. https://www.example.gov.uk/documents/pack.pdf)'),
  );

/** Where a snapshot's figures come from: a council document, or an analyst's extract and who ran it, from which system, when. */
export const snapshotSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('document'),
    document: nonEmpty,
    title: nonEmpty,
    /**
     * Where the public can read the document, where its publication records
     * it (data/publications.csv `public_address`); absent otherwise. Citations
     * link there. Only https, so a link from the dashboard never downgrades.
     */
    address: z.optional(publicAddress),
  }),
  z.strictObject({
    kind: z.literal('extract'),
    /** As figures' sources name it: data/sources/<snapshot>/extracts/<file>. */
    document: nonEmpty,
    title: nonEmpty,
    producedBy: nonEmpty,
    system: nonEmpty,
    runDate: isoDate,
  }),
]);
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

export const manifestSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedFrom: nonEmpty,
  /** The partnership profile every snapshot is published for (see partnership.ts). */
  partnership: z.strictObject({
    path: z.literal('partnership.json'),
    bytes: z.number().check(z.int(), z.nonnegative()),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a hex sha256')),
  }),
  snapshots: z
    .array(
      z.strictObject({
        id: snapshotId,
        title: nonEmpty,
        kind: z.enum(PUBLICATION_KINDS),
        /**
         * The date of the meeting the document was written for (agenda) or
         * records (minutes), as printed; null where it prints none. `doubt`
         * says why the printed date cannot be right, where the document
         * itself shows that.
         */
        meeting: z.nullable(z.extend(printedDateSchema, { doubt: z.nullable(z.string().check(z.minLength(1))) })),
        /**
         * The date the document was issued, as printed; null where it prints
         * none. A release's date is its own, so it has no printed words or line.
         */
        published: z.nullable(z.union([printedDateSchema, z.strictObject({ date: isoDate, asPrinted: z.null(), line: z.null() })])),
        /**
         * The last day of the main period (below), where the document states
         * it; null where it does not. Never a guessed or assumed date.
         */
        figuresTo: z.nullable(isoDate),
        /** Every document and extract the snapshot's figures come from, oldest publication first. */
        sources: z.array(snapshotSourceSchema),
        /**
         * The period the snapshot's own publication mostly reports on (the one
         * most of its printed figures are for), for headers; null if none.
         */
        mainPeriod: z.nullable(z.strictObject({ id: periodIdSchema, label: nonEmpty })),
        figureCount: z.number().check(z.int(), z.nonnegative()),
        files: z.array(manifestFileSchema).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  /** The snapshot a visitor sees first: the newest. */
  defaultSnapshot: snapshotId,
});
export type Manifest = z.infer<typeof manifestSchema>;
export type SnapshotEntry = Manifest['snapshots'][number];
