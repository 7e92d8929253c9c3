/**
 * Reads the analyst-edited CSV sources in data/ and validates every row.
 * Problems are collected, not thrown one at a time, so an analyst sees every
 * mistake in one run, each with the file, row and column it is in.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { DOCUMENT_KINDS, FIGURE_DATASETS, NOTE_KINDS, STATISTICS } from '../../src/data/schema.ts';
import { parsePeriodId } from '../../src/lib/periods.ts';
import { readRows, type Located } from './csv-rows.ts';
import { loadProfile, type ProfileSources } from './profile.ts';

export type { Located };

const text = z.string();
const required = z.string().trim().min(1, 'is empty');
const lineNumber = z
  .string()
  .regex(/^[1-9]\d*$/, 'must be a whole line number')
  .transform(Number);
const periodId = z.string().superRefine((v, ctx) => {
  const r = parsePeriodId(v);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
});
const optionalPeriodId = z.string().superRefine((v, ctx) => {
  if (v === '') return;
  const r = parsePeriodId(v);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
});
const isoOrNotRecorded = z.string().regex(/^(\d{4}-\d{2}-\d{2}|not recorded)$/, 'must be YYYY-MM-DD or "not recorded"');

export const NOT_STATED = 'not stated';
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const dateOrNotStated = z.union([isoDate, z.literal(NOT_STATED)], { error: `must be YYYY-MM-DD or "${NOT_STATED}"` });
const optionalLine = z.union([z.literal('').transform(() => null), lineNumber]);

/** A printed date must come with its words and line; a date not stated has neither. */
function checkPrintedDate(ctx: z.RefinementCtx, column: string, date: string, asPrinted: string, line: number | null) {
  if (date === NOT_STATED) {
    if (asPrinted !== '' || line !== null) {
      ctx.addIssue({
        code: 'custom',
        path: [column],
        message: `is "${NOT_STATED}", so ${column}_as_printed and ${column}_line must be empty`,
      });
    }
  } else if (asPrinted === '' || line === null) {
    ctx.addIssue({
      code: 'custom',
      path: [column],
      message: `a stated date needs ${column}_as_printed and ${column}_line (the words and the line they stand on)`,
    });
  }
}

export const publicationRow = z
  .strictObject({
    snapshot_id: z.string().regex(/^\d{4}-\d{2}$/, 'must look like 2024-04'),
    source_document: required,
    title: required,
    kind: z.enum(DOCUMENT_KINDS),
    meeting_date: dateOrNotStated,
    meeting_date_as_printed: text,
    meeting_date_line: optionalLine,
    meeting_date_doubt: text,
    publication_date: dateOrNotStated,
    publication_date_as_printed: text,
    publication_date_line: optionalLine,
  })
  .superRefine((r, ctx) => {
    checkPrintedDate(ctx, 'meeting_date', r.meeting_date, r.meeting_date_as_printed, r.meeting_date_line);
    checkPrintedDate(ctx, 'publication_date', r.publication_date, r.publication_date_as_printed, r.publication_date_line);
    if (r.meeting_date_doubt !== '' && r.meeting_date === NOT_STATED) {
      ctx.addIssue({ code: 'custom', path: ['meeting_date_doubt'], message: 'only a printed meeting date can be doubted' });
    }
  });

export const areaRow = z.strictObject({ area_type: required, area_code: required, area_name: required });
export const measureRow = z.strictObject({
  measure: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
  label: required,
  description: text,
});

export const figureRow = z
  .strictObject({
    dataset: z.enum(FIGURE_DATASETS),
    area_type: required,
    area_code: required,
    measure: required,
    statistic: z.enum(STATISTICS),
    period: periodId,
    comparison: optionalPeriodId,
    value: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'must be a plain number (no commas, signs other than "-", or units)')
      .transform(Number),
    value_as_printed: required,
    unit: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
    source_ref: required,
    source_line: lineNumber,
    note: text,
  })
  .superRefine((r, ctx) => {
    const needsComparison = r.statistic === 'difference' || r.statistic === 'percent-change';
    if (needsComparison && r.comparison === '') {
      ctx.addIssue({ code: 'custom', path: ['comparison'], message: `a ${r.statistic} needs the period it is compared with` });
    }
    if (r.statistic === 'movement' && ![-1, 0, 1].includes(r.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a movement is 1 (↑), 0 (↔) or -1 (↓)' });
    }
  });

export const periodRow = z.strictObject({ period: periodId, as_printed: required, source_line: lineNumber });

export const actionRow = z.strictObject({
  id: required,
  kind: z.enum(['action-log', 'agreed', 'action-plan', 'forward-programme']),
  meeting_date: isoOrNotRecorded,
  minute_ref: required,
  item: required,
  text: required,
  owners: required,
  complete_by: required,
  status: required,
  source_ref: required,
  source_line: lineNumber,
});

export const recommendationRow = z.strictObject({
  id: required,
  psa: required,
  number: required,
  text: required,
  update: required,
  status: required,
  source_ref: required,
  source_line: lineNumber,
  update_line: z.union([z.literal('').transform(() => null), lineNumber]),
});

// A place's beat is checked against the partnership's sub-areas once the profile is loaded (see loadSources).
export const placeRow = z.strictObject({
  beat: required,
  wording: required,
  source_ref: required,
  source_line: lineNumber,
});

export const subgroupRow = z.strictObject({
  code: required,
  name: required,
  beat: required,
  source_ref: required,
  source_line: lineNumber,
});

export const familyGroupRow = z.strictObject({
  force: required,
  member: required,
  member_as_printed: required,
  source_ref: required,
  source_line: lineNumber,
});

export const scorecardRow = z.strictObject({
  scorecard: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
  row: required,
  outcome: text,
  indicator: required,
  measure: required,
  rag: text,
  direction: text,
  progress: text,
  source_ref: required,
  source_line: lineNumber,
});

export const notPublishedRow = z.strictObject({
  dataset: z.enum(FIGURE_DATASETS),
  title: required,
  /** Optional column: the one measure the chart shows, so the views can place it beside that measure's figures. */
  measure: z
    .string()
    .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be empty or a measure id (lower-case words joined by hyphens)')
    .optional()
    .transform((m) => (m ? m : null)),
  source_ref: required,
  source_line: lineNumber,
  note: text,
});

export const noteRow = z
  .strictObject({
    id: required,
    kind: z.enum(NOTE_KINDS),
    source_line: lineNumber,
    /** Optional: the note covers every line from source_line to this one (a passage, not one line). */
    last_line: optionalLine.optional(),
    value_as_printed: text,
    text: required,
  })
  .superRefine((r, ctx) => {
    if (r.last_line != null && r.last_line < r.source_line) {
      ctx.addIssue({ code: 'custom', path: ['last_line'], message: 'must not come before source_line' });
    }
  });

export const outOfScopeRow = z.strictObject({ source_ref: required, source_line: lineNumber, reason: required });

/** Every kind of per-document source file, keyed by its file-name prefix. */
export const SOURCE_KINDS = {
  figures: figureRow,
  periods: periodRow,
  actions: actionRow,
  recommendations: recommendationRow,
  places: placeRow,
  subgroups: subgroupRow,
  'family-group': familyGroupRow,
  'scorecard-rows': scorecardRow,
  'not-published': notPublishedRow,
  notes: noteRow,
  'out-of-scope': outOfScopeRow,
  measures: measureRow,
  areas: areaRow,
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
type RowOf<K extends SourceKind> = z.output<(typeof SOURCE_KINDS)[K]>;
export type Rows<K extends SourceKind> = (RowOf<K> & Located)[];

export interface DocumentSources {
  snapshotId: string;
  publication: z.output<typeof publicationRow> & Located;
  rows: { [K in SourceKind]: Rows<K> };
}

export interface Sources {
  root: string;
  /** Oldest publication first. */
  documents: DocumentSources[];
  areas: Rows<'areas'>;
  measures: Rows<'measures'>;
  /** The partnership the build publishes for (data/partnership). */
  profile: ProfileSources;
}

export class SourceErrors extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in data/:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function kindOf(fileName: string): SourceKind | null {
  if (!fileName.endsWith('.csv')) return null;
  const stem = fileName.slice(0, -4);
  // Longest prefix first, so `family-group.a.csv` is not read as `family…`.
  const kinds = (Object.keys(SOURCE_KINDS) as SourceKind[]).sort((a, b) => b.length - a.length);
  return kinds.find((k) => stem === k || stem.startsWith(`${k}.`)) ?? null;
}

function emptyRows(): DocumentSources['rows'] {
  return Object.fromEntries(Object.keys(SOURCE_KINDS).map((k) => [k, []])) as unknown as DocumentSources['rows'];
}

/** Every place and subgroup is in one of the partnership's own sub-areas, as its profile lists them. */
function checkSubareas(documents: readonly DocumentSources[], profile: ProfileSources): string[] {
  const { subareas, areas } = profile.partnership;
  const codes = areas.filter((a) => a.type === subareas.type).map((a) => a.code);
  const problems: string[] = [];
  for (const doc of documents) {
    for (const r of [...doc.rows.places, ...doc.rows.subgroups]) {
      if (!codes.includes(r.beat)) {
        problems.push(
          `${r.csvFile}:${r.csvRow}:beat: "${r.beat}" is not one of the partnership's ${subareas.plural} (${codes.join(', ')}), as data/partnership/areas.csv lists them`,
        );
      }
    }
  }
  return problems;
}

/** Loads and validates everything under `root/data`; throws SourceErrors listing every problem. */
export function loadSources(root: string): Sources {
  const problems: string[] = [];
  const dataDir = join(root, 'data');
  const publications = readRows(root, join(dataDir, 'publications.csv'), publicationRow, problems);
  const areas = readRows(root, join(dataDir, 'vocab', 'areas.csv'), areaRow, problems);
  const measures = readRows(root, join(dataDir, 'vocab', 'measures.csv'), measureRow, problems);
  const profile = loadProfile(root, problems);
  // The partnership's own areas are defined in its profile, and are figures' areas like any other.
  for (const a of profile?.areaRows ?? []) {
    areas.push({ area_type: a.area_type, area_code: a.area_code, area_name: a.area_name, csvFile: a.csvFile, csvRow: a.csvRow });
  }

  const documents: DocumentSources[] = [];
  // Snapshot ids are the year and month printed on each document, so they sort oldest first.
  for (const publication of [...publications].sort((a, b) => a.snapshot_id.localeCompare(b.snapshot_id))) {
    const dir = join(dataDir, 'sources', publication.snapshot_id);
    const rows = emptyRows();
    if (!existsSync(dir)) {
      problems.push(`data/sources/${publication.snapshot_id}/ is missing (listed in data/publications.csv)`);
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const kind = kindOf(name);
      if (kind === null) {
        problems.push(`${relative(root, join(dir, name))}: not a known source file kind (see data/README.md)`);
        continue;
      }
      const read = readRows(root, join(dir, name), SOURCE_KINDS[kind], problems);
      (rows[kind] as unknown[]).push(...read);
    }
    documents.push({ snapshotId: publication.snapshot_id, publication, rows });
    areas.push(...rows.areas);
    measures.push(...rows.measures);
  }
  for (const dir of existsSync(join(dataDir, 'sources')) ? readdirSync(join(dataDir, 'sources')) : []) {
    if (!publications.some((p) => p.snapshot_id === dir)) {
      problems.push(`data/sources/${dir}/ is not listed in data/publications.csv`);
    }
  }
  if (profile) problems.push(...checkSubareas(documents, profile));
  if (problems.length > 0 || profile === null) throw new SourceErrors(problems);
  return { root, documents, areas, measures, profile };
}
