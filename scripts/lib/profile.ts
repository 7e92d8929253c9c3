/**
 * Reads the partnership profile from data/partnership/*.csv and validates it,
 * row by row and as a whole, collecting every problem with its file, row and
 * column, so an analyst adopting the dashboard sees all mistakes in one run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PARTNERSHIP_SCHEMA_VERSION, partnershipSchema, type Partnership } from '../../src/data/partnership.ts';
import { readRows, type Located } from './csv-rows.ts';
import { loadPeople, type PersonRow } from './people.ts';

const required = z.string().trim().min(1, 'is empty');
const optional = z.string().transform((s) => (s.trim() === '' ? null : s));
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const yesNo = z.enum(['yes', 'no'], 'must be yes or no').transform((v) => v === 'yes');
const lineNumber = z
  .string()
  .regex(/^[1-9]\d*$/, 'must be a whole line number')
  .transform(Number);

export const PROFILE_DIR = join('data', 'partnership');

/** The ASB view's catch-all section, which the code provides. */
const OTHER_SECTION = 'other';

/** `partnership.csv` is a two-column list of fields, so it reads top to bottom in a spreadsheet. */
const fieldRow = z.strictObject({ field: required, value: z.string() });
const FIELDS = z.strictObject({
  id: kebab,
  name: required,
  short_name: required,
  area_type: kebab,
  area_code: required,
  local_authority: required,
  police_force: required,
  tagline: required,
  subarea_type: kebab,
  subarea_singular: required,
  subarea_plural: required,
  family_group_size: z
    .string()
    .regex(/^[1-9]\d*$/, 'must be a whole number')
    .transform(Number),
  family_group_unit: kebab,
  synthetic: yesNo,
  // Optional: a partnership that publishes no all-crime total leaves it out or empty.
  all_crime_measure: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()))
    .pipe(kebab.nullable()),
});

export const profileAreaRow = z.strictObject({
  area_type: kebab,
  area_code: required,
  area_name: required,
  short_name: optional,
  // Optional columns: where the short name stands in a document, so data:check can verify the choice.
  short_name_document: optional.optional(),
  short_name_line: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()))
    .pipe(
      z
        .string()
        .regex(/^[1-9]\d*$/, 'must be a whole line number')
        .transform(Number)
        .nullable(),
    ),
});
const crimeTypeRow = z.strictObject({ measure: kebab });
const headlineRow = z.strictObject({ group: kebab, measure: kebab, statistic: kebab });
const asbSectionRow = z.strictObject({
  section: kebab.refine((id) => id !== OTHER_SECTION, `"${OTHER_SECTION}" is kept for the measures no section lists`),
  title: required,
  measure: kebab,
  // Optional columns: the documents' own wordings, where the measure's name alone would mislead.
  chart_title: optional.optional(),
  share_header: optional.optional(),
});
const viewSummaryRow = z.strictObject({ view: kebab, summary: required });
const scorecardRow = z.strictObject({
  scorecard: kebab,
  title: required,
  document: required,
  layout: z.enum(['dashboard', 'list']),
  year_end_header: required,
  current_header: required,
  rank_header: required,
  refs_printed: yesNo,
  arrows_explained: yesNo,
  rag_key: optional,
  group_by_outcome: yesNo,
});
const ragWordRow = z.strictObject({ scorecard: kebab, code: required, word: required });
const fundRow = z.strictObject({
  fund: kebab,
  title: required,
  measure_prefixes: z.string().transform((s) => s.split(/\s+/).filter((p) => p !== '')),
  allocation_prefix: optional,
  total_measure: optional,
});
const quoteRow = z.strictObject({
  id: required,
  topic: kebab,
  source_document: required,
  source_ref: required,
  source_line: lineNumber,
  text: required,
});

export type ProfileAreaRow = z.output<typeof profileAreaRow> & Located;
export type QuoteRow = z.output<typeof quoteRow> & Located;

export interface ProfileSources {
  partnership: Partnership;
  /** Rows as read, for the area vocabulary and the provenance check. */
  areaRows: ProfileAreaRow[];
  quoteRows: QuoteRow[];
  /** people.csv as read, for the provenance check of each spelling. */
  personRows: PersonRow[];
}

function duplicates<T>(rows: readonly (T & Located)[], key: (row: T) => string, what: string, problems: string[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined) problems.push(`${row.csvFile}:${row.csvRow}: ${what} "${k}" is already listed on row ${first}`);
    else seen.set(k, row.csvRow);
  }
}

/** Groups consecutive-or-not rows by a key, keeping first-appearance order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** Measure → wording, for the rows that give one. */
function labelsOf<T extends { measure: string }>(rows: readonly T[], text: (row: T) => string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const t = text(row);
    if (t) out[row.measure] = t;
  }
  return out;
}

/** Loads and validates data/partnership; problems are appended to `problems`, and null is returned if it cannot be built. */
export function loadProfile(root: string, problems: string[]): ProfileSources | null {
  const dir = join(root, PROFILE_DIR);
  if (!existsSync(dir)) {
    problems.push(`${PROFILE_DIR}/ is missing: every build needs a partnership profile (see data/README.md, "The partnership profile")`);
    return null;
  }
  const before = problems.length;
  const read = <S extends z.ZodObject>(name: string, schema: S) => readRows(root, join(dir, name), schema, problems);

  const fieldRows = read('partnership.csv', fieldRow);
  const fieldFile = join(PROFILE_DIR, 'partnership.csv');
  duplicates(fieldRows, (r) => r.field, 'field', problems);
  const fields = FIELDS.safeParse(Object.fromEntries(fieldRows.map((r) => [r.field, r.value])));
  if (!fields.success) {
    for (const issue of fields.error.issues) {
      const field = issue.path.join('.');
      const row = fieldRows.findLast((r) => r.field === field);
      const where = row ? `${fieldFile}:${row.csvRow}:value` : fieldFile;
      problems.push(
        issue.code === 'unrecognized_keys'
          ? `${fieldFile}: unknown field(s) ${issue.keys.join(', ')}`
          : `${where}: field "${field}" ${row ? issue.message : 'is missing'}`,
      );
    }
  }

  const areaRows = read('areas.csv', profileAreaRow);
  duplicates(areaRows, (r) => `${r.area_type},${r.area_code}`, 'area', problems);
  const crimeTypes = read('crime-types.csv', crimeTypeRow);
  duplicates(crimeTypes, (r) => r.measure, 'crime type', problems);
  const headlines = read('headlines.csv', headlineRow);
  const sections = read('asb-sections.csv', asbSectionRow);
  duplicates(sections, (r) => r.measure, 'measure', problems);
  const scorecards = read('scorecards.csv', scorecardRow);
  duplicates(scorecards, (r) => r.scorecard, 'scorecard', problems);
  const ragWords = read('scorecard-rag-words.csv', ragWordRow);
  const funds = read('funds.csv', fundRow);
  duplicates(funds, (r) => r.fund, 'fund', problems);
  const viewSummaries = read('view-summaries.csv', viewSummaryRow);
  duplicates(viewSummaries, (r) => r.view, 'view', problems);
  const quoteRows = read('quotes.csv', quoteRow);
  duplicates(quoteRows, (r) => r.id, 'quote id', problems);
  const { people, rows: personRows } = loadPeople(root, dir, problems);

  for (const w of ragWords) {
    if (!scorecards.some((s) => s.scorecard === w.scorecard)) {
      problems.push(`${w.csvFile}:${w.csvRow}:scorecard: "${w.scorecard}" is not a scorecard in scorecards.csv`);
    }
  }
  const lastFund = funds[funds.length - 1];
  if (lastFund && lastFund.measure_prefixes.length > 0) {
    problems.push(
      `${lastFund.csvFile}:${lastFund.csvRow}:measure_prefixes: the last fund catches every other amount, so it lists no prefixes`,
    );
  }

  if (!fields.success || problems.length > before) return null;
  const f = fields.data;
  if (!areaRows.some((a) => a.area_type === f.area_type && a.area_code === f.area_code)) {
    problems.push(
      `${join(PROFILE_DIR, 'areas.csv')}: the partnership's own area ${f.area_type},${f.area_code} (partnership.csv) is not listed`,
    );
  }
  if (!areaRows.some((a) => a.area_type === f.subarea_type)) {
    problems.push(`${join(PROFILE_DIR, 'areas.csv')}: no area of the sub-area type "${f.subarea_type}" (partnership.csv) is listed`);
  }

  const partnership: Partnership = {
    schemaVersion: PARTNERSHIP_SCHEMA_VERSION,
    partnership: {
      id: f.id,
      name: f.name,
      shortName: f.short_name,
      area: { type: f.area_type, code: f.area_code },
      localAuthority: f.local_authority,
      policeForce: f.police_force,
      tagline: f.tagline,
      synthetic: f.synthetic,
    },
    subareas: { type: f.subarea_type, singular: f.subarea_singular, plural: f.subarea_plural },
    areas: areaRows.map((a) => ({ type: a.area_type, code: a.area_code, name: a.area_name, shortName: a.short_name })),
    crimeTypes: crimeTypes.map((c) => c.measure),
    allCrimeMeasure: f.all_crime_measure,
    familyGroup: { size: f.family_group_size, unit: f.family_group_unit },
    headlines: headlines.map((h) => ({ group: h.group, measure: h.measure, statistic: h.statistic })),
    asbSections: [...groupBy(sections, (s) => s.section).entries()].map(([id, rows]) => ({
      id,
      title: rows[0]?.title ?? id,
      measures: rows.map((r) => r.measure),
    })),
    asbLabels: {
      chartTitles: labelsOf(sections, (s) => s.chart_title),
      shareHeaders: labelsOf(sections, (s) => s.share_header),
    },
    viewSummaries: Object.fromEntries(viewSummaries.map((v) => [v.view, v.summary])),
    scorecards: scorecards.map((s) => ({
      id: s.scorecard,
      title: s.title,
      document: s.document,
      layout: s.layout,
      columns: { yearEnd: s.year_end_header, current: s.current_header, rank: s.rank_header },
      refsPrinted: s.refs_printed,
      arrowsExplained: s.arrows_explained,
      ragWords: ragWords.filter((w) => w.scorecard === s.scorecard).map((w) => ({ code: w.code, word: w.word })),
      ragKey: s.rag_key,
      groupByOutcome: s.group_by_outcome,
    })),
    funds: funds.map((x) => ({
      id: x.fund,
      title: x.title,
      measurePrefixes: x.measure_prefixes,
      allocationPrefix: x.allocation_prefix,
      totalMeasure: x.total_measure,
    })),
    people,
    quotes: quoteRows.map((q) => ({
      id: q.id,
      topic: q.topic,
      text: q.text,
      source: { document: q.source_document, ref: q.source_ref, line: q.source_line },
    })),
  };
  const checked = partnershipSchema.safeParse(partnership);
  if (!checked.success) {
    problems.push(...checked.error.issues.map((i) => `partnership.json: ${i.path.join('.')}: ${i.message}`));
    return null;
  }
  return { partnership: checked.data, areaRows, quoteRows, personRows };
}
