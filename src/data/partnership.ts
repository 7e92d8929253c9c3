/**
 * The partnership profile: everything about the one partnership a build of
 * the dashboard publishes for, in data rather than code. Names, areas, the
 * crime types it monitors, its family group, how its pages group and
 * headline measures, and the documents' own words it quotes. Analysts keep it
 * in `data/partnership/*.csv`; `npm run data:build` publishes it, validated,
 * as `public/data/partnership.json`.
 */
// With its extension: vite.config.ts loads this file too, and Vite's native config loader resolves no other form.
import { z } from '../lib/zod.ts';

export const PARTNERSHIP_SCHEMA_VERSION = 1 as const;

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const optionalName = z.nullable(z.string().check(z.minLength(1)));

export const quoteSourceSchema = z.strictObject({
  /** The seed document's file name (or an extract's). */
  document: nonEmpty,
  ref: nonEmpty,
  line: z.number().check(z.int(), z.positive()),
});

export const partnershipSchema = z.strictObject({
  schemaVersion: z.literal(PARTNERSHIP_SCHEMA_VERSION),
  partnership: z.strictObject({
    /** Stable id, used in file names of downloads (`<id>-…csv`). */
    id: kebab,
    /** In full, as titles and embed headers show it. */
    name: nonEmpty,
    /** As prose uses it: "Community safety in {shortName}". */
    shortName: nonEmpty,
    /** The area the partnership's own totals are published for. */
    area: z.strictObject({ type: kebab, code: nonEmpty }),
    localAuthority: nonEmpty,
    policeForce: nonEmpty,
    /** One line under the title. */
    tagline: nonEmpty,
    /** True for made-up partnerships used in tests and benchmarks: the app says so on every page. */
    synthetic: z.boolean(),
  }),
  /** What the partnership's sub-areas are and are called (police beats, wards…). */
  subareas: z.strictObject({
    type: kebab,
    singular: nonEmpty,
    plural: nonEmpty,
  }),
  /** The partnership's own area first, then its sub-areas, in the order pages list them. */
  areas: z.array(
    z.strictObject({
      type: kebab,
      code: nonEmpty,
      name: nonEmpty,
      /** A short place name for the area, or null where none is chosen. */
      shortName: optionalName,
    }),
  ),
  /** The crime types the partnership monitors, in the order its tables print them. */
  crimeTypes: z.array(kebab).check(z.minLength(1)),
  /**
   * The measure that counts all recorded crime (`all-crime`, `total-recorded-crime`…):
   * a sub-area's share of the partnership's crime and the family group's summary
   * use it. Null where the partnership publishes no such total.
   */
  allCrimeMeasure: z.nullable(kebab),
  familyGroup: z.strictObject({
    /** How many partnerships the Home Office family group holds, the partnership included. */
    size: z.number().check(z.int(), z.gte(2)),
    /** The unit positions in it are published in, e.g. `rank-of-<size>`. */
    unit: kebab,
  }),
  /** Figures the overview leads with, by group, in order. */
  headlines: z.array(z.strictObject({ group: kebab, measure: kebab, statistic: kebab })),
  /** How the ASB view groups its measures; a measure in no section is shown under "other". */
  asbSections: z.array(z.strictObject({ id: kebab, title: nonEmpty, measures: z.array(kebab) })),
  /** The documents' own wordings for ASB charts and tables, by measure, where the measure's name alone would mislead. */
  asbLabels: z.strictObject({
    /** A chart title naming the chart's series, as the document words it (the period is added). */
    chartTitles: z.record(kebab, nonEmpty),
    /** The table header for a printed share of the measure, saying what it is a share of. */
    shareHeaders: z.record(kebab, nonEmpty),
  }),
  /** The overview's one-line description of a view, by view id, where the documents give it particular content. */
  viewSummaries: z.record(kebab, nonEmpty),
  /** The scorecards the documents print, with the facts of how each was printed. */
  scorecards: z.array(
    z.strictObject({
      id: kebab,
      title: nonEmpty,
      /** The document it is printed in, in plain words. */
      document: nonEmpty,
      layout: z.enum(['dashboard', 'list']),
      columns: z.strictObject({ yearEnd: nonEmpty, current: nonEmpty, rank: nonEmpty }),
      refsPrinted: z.boolean(),
      arrowsExplained: z.boolean(),
      ragWords: z.array(z.strictObject({ code: nonEmpty, word: nonEmpty })),
      ragKey: optionalName,
      groupByOutcome: z.boolean(),
    }),
  ),
  /** Funding lines; `measurePrefixes` place each amount, and the last entry with none catches the rest. */
  funds: z.array(
    z.strictObject({
      id: kebab,
      title: nonEmpty,
      measurePrefixes: z.array(nonEmpty),
      allocationPrefix: optionalName,
      totalMeasure: optionalName,
    }),
  ),
  /**
   * People the documents name as owners of actions, once each, with every
   * spelling printed for them ("Insp C. Dickens"), so a filter lists each
   * person once and a search finds them by any spelling or title.
   */
  people: z.array(
    z.strictObject({
      id: kebab,
      /** The name pages show. */
      name: nonEmpty,
      /** As printed ("Inspector", "PS"), or null where none is. */
      title: optionalName,
      organisation: optionalName,
      aliases: z.array(nonEmpty).check(z.minLength(1)),
    }),
  ),
  /** The documents' own words that views quote, each with where it stands. */
  quotes: z.array(z.strictObject({ id: nonEmpty, topic: kebab, text: nonEmpty, source: quoteSourceSchema })),
});

export type Partnership = z.infer<typeof partnershipSchema>;
export type PartnershipArea = Partnership['areas'][number];
export type Person = Partnership['people'][number];
