/**
 * Reads the analyst-edited CSV sources in data/ and validates every row.
 * Problems are collected, not thrown one at a time, so an analyst sees every
 * mistake in one run, each with the file, row and column it is in.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { FIGURE_DATASETS, NOTE_KINDS, PUBLICATION_KINDS, publicAddress, STATISTICS } from '../../src/data/schema.ts';
import { parsePeriodId } from '../../src/lib/periods.ts';
import { readRows, type Located } from './csv-rows.ts';
import { loadProfile, type ProfileSources } from './profile.ts';
import { checkCitation, EXTRACTS_DIR, loadExtracts, type Extract } from './extracts.ts';

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

/** The optional `source` column: empty for the publication's own document, else an extract's file name. */
const extractCitation = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine(
    (v) => v === '' || /^[^/\\]+\.csv$/i.test(v),
    'must be empty (the document) or the file name of an extract in extracts/, such as crime-by-beat.csv',
  );
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

/** A publication's row: a council document (agenda, minutes) or the partnership's own release of extracts. */
export const publicationRow = z
  .strictObject({
    snapshot_id: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'must look like 2024-04 (the year and month of its date)'),
    source_document: text,
    title: required,
    kind: z.enum(PUBLICATION_KINDS),
    meeting_date: z.union([z.literal(''), isoDate, z.literal(NOT_STATED)], {
      error: `must be YYYY-MM-DD or "${NOT_STATED}" (empty for a release)`,
    }),
    meeting_date_as_printed: text,
    meeting_date_line: optionalLine,
    meeting_date_doubt: text,
    publication_date: dateOrNotStated,
    publication_date_as_printed: text,
    publication_date_line: optionalLine,
    /** Optional column: where the public can read the document, if known (never guessed); citations link there. */
    public_address: z
      .string()
      .optional()
      .transform((v) => (v ?? '').trim())
      .pipe(z.union([z.literal(''), publicAddress])),
  })
  .superRefine((r, ctx) => {
    const issue = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
    if (r.kind === 'release') {
      if (r.public_address !== '') issue('public_address', 'must be empty for a release: it has no document');
      checkRelease(r, issue);
      return;
    }
    if (r.source_document.trim() === '') issue('source_document', `is empty: an ${r.kind} names its seed document`);
    if (r.meeting_date === '') issue('meeting_date', `is empty: give the meeting's date, YYYY-MM-DD, or "${NOT_STATED}"`);
    else checkPrintedDate(ctx, 'meeting_date', r.meeting_date, r.meeting_date_as_printed, r.meeting_date_line);
    checkPrintedDate(ctx, 'publication_date', r.publication_date, r.publication_date_as_printed, r.publication_date_line);
    if (r.meeting_date_doubt !== '' && r.meeting_date === NOT_STATED) {
      issue('meeting_date_doubt', 'only a printed meeting date can be doubted');
    }
  });

/**
 * A release is the partnership's own publication of figures from analysts'
 * extracts: it has no document, no meeting, and its date is the day it is
 * published (its own, so there are no printed words or line to cite).
 */
function checkRelease(
  r: {
    snapshot_id: string;
    source_document: string;
    meeting_date: string;
    meeting_date_as_printed: string;
    meeting_date_line: number | null;
    meeting_date_doubt: string;
    publication_date: string;
    publication_date_as_printed: string;
    publication_date_line: number | null;
  },
  issue: (column: string, message: string) => void,
): void {
  if (r.source_document !== '') issue('source_document', 'must be empty for a release: its figures cite their extracts');
  const meeting = {
    meeting_date: r.meeting_date,
    meeting_date_as_printed: r.meeting_date_as_printed,
    meeting_date_doubt: r.meeting_date_doubt,
  };
  for (const [column, value] of Object.entries(meeting)) if (value !== '') issue(column, 'must be empty for a release: it has no meeting');
  if (r.meeting_date_line !== null) issue('meeting_date_line', 'must be empty for a release: it has no meeting');
  if (r.publication_date === NOT_STATED) issue('publication_date', 'a release needs the day it is published, YYYY-MM-DD');
  else if (r.snapshot_id !== r.publication_date.slice(0, 7)) {
    issue('snapshot_id', `a release's id is the year and month of its publication_date (${r.publication_date.slice(0, 7)})`);
  }
  if (r.publication_date_as_printed !== '' || r.publication_date_line !== null) {
    issue(
      'publication_date_as_printed',
      "must be empty for a release, with publication_date_line: its date is the partnership's own, not printed in a document",
    );
  }
}

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
    /** Optional column: empty for the publication's own document, else the file name of the extract the value stands in. */
    source: extractCitation,
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
  // Optional column: on an action-log row, the id of the agreed action in the minutes that records the same action.
  same_as: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim())),
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
    /** Optional: the extract the note is about (source_line is then its row), as in figures. */
    source: extractCitation,
    value_as_printed: text,
    text: required,
    /** Optional: for a contradiction between two published values, the one-line reason the figure's flag states. */
    flag: text.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.last_line != null && r.last_line < r.source_line) {
      ctx.addIssue({ code: 'custom', path: ['last_line'], message: 'must not come before source_line' });
    }
    // A flag warns that two published values contradict each other; any other note is read quietly.
    if (r.flag && r.kind !== 'inconsistency') {
      ctx.addIssue({ code: 'custom', path: ['flag'], message: 'only an inconsistency note carries a flag' });
    }
  });

export const outOfScopeRow = z.strictObject({ source_ref: required, source_line: lineNumber, reason: required });

/** extracts.csv: what each analyst's extract in extracts/ is, who ran it, from which system and when. */
export const extractRow = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.csv$/i, "must be the file name of a .csv in this snapshot's extracts/ folder"),
  title: required,
  produced_by: required,
  system: required,
  run_date: isoDate,
  /** Optional: the row of the extract that names its columns, where a title or blank rows stand above it. */
  header_row: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? '1' : v.trim()))
    .pipe(lineNumber),
  /** Optional: the extract's text encoding, where it is not UTF-8 (so the file can be kept exactly as received). */
  encoding: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? 'utf-8' : v.trim().toLowerCase()))
    .pipe(z.enum(['utf-8', 'windows-1252'], { error: 'must be empty (UTF-8), utf-8 or windows-1252' })),
});

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
  extracts: extractRow,
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
type RowOf<K extends SourceKind> = z.output<(typeof SOURCE_KINDS)[K]>;
export type Rows<K extends SourceKind> = (RowOf<K> & Located)[];

export interface DocumentSources {
  snapshotId: string;
  publication: z.output<typeof publicationRow> & Located;
  rows: { [K in SourceKind]: Rows<K> };
  /** The analysts' extracts kept with this publication (data/sources/<snapshot>/extracts/). */
  extracts: Extract[];
}

export interface Sources {
  root: string;
  /** Oldest publication first. */
  documents: DocumentSources[];
  areas: Rows<'areas'>;
  measures: Rows<'measures'>;
  /** The partnership the build publishes for (data/partnership). */
  profile: ProfileSources;
  /** How many figures were found, cell for cell, in the extracts they cite. */
  extractFiguresVerified: number;
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

/** Kinds that cite lines of the publication's document, so a release (which has none) cannot hold them. */
const DOCUMENT_ONLY_KINDS = [
  'periods',
  'actions',
  'recommendations',
  'places',
  'subgroups',
  'family-group',
  'scorecard-rows',
  'not-published',
  'out-of-scope',
] as const satisfies readonly SourceKind[];

/** What only a document can hold, and the figures that do not name an extract, are mistakes in a release. */
function releaseProblems(doc: DocumentSources): string[] {
  if (doc.publication.kind !== 'release') return [];
  const problems: string[] = [];
  const why = `snapshot ${doc.snapshotId} is a release, with no document to cite`;
  for (const kind of DOCUMENT_ONLY_KINDS) {
    for (const r of doc.rows[kind]) problems.push(`${r.csvFile}:${r.csvRow}:source_line: ${why}; ${kind} rows cite a document's lines`);
  }
  for (const r of [...doc.rows.figures, ...doc.rows.notes]) {
    if (r.source === '') problems.push(`${r.csvFile}:${r.csvRow}:source: is empty, but ${why}: name the extract the value stands in`);
  }
  return problems;
}

/** Every figure and note that cites an extract is checked against its cell; returns how many figures stood there. */
function checkExtractCitations(doc: DocumentSources, problems: string[]): number {
  let verified = 0;
  // An extract that is described but could not be read was reported already; its citations cannot be checked.
  const unread = new Set(doc.rows.extracts.map((m) => m.file).filter((f) => !doc.extracts.some((e) => e.meta.file === f)));
  for (const r of doc.rows.figures) {
    if (r.source === '' || unread.has(r.source)) continue;
    const problem = checkCitation({ ...r, column: r.source_ref }, doc.extracts);
    if (problem === null) verified += 1;
    else problems.push(problem);
  }
  for (const r of doc.rows.notes) {
    if (r.source === '' || unread.has(r.source)) continue;
    const problem = checkCitation({ ...r, column: null }, doc.extracts);
    if (problem !== null) problems.push(problem);
    if (r.last_line != null) problems.push(`${r.csvFile}:${r.csvRow}:last_line: must be empty for a note on an extract's row`);
  }
  return verified;
}

/** One id, one place: reports each repeat with where it was first used. */
function duplicateIds<T extends Located>(rows: readonly T[], column: string, key: (row: T) => string, what: string): string[] {
  const first = new Map<string, T>();
  const problems: string[] = [];
  for (const row of rows) {
    const k = key(row);
    const earlier = first.get(k);
    if (earlier)
      problems.push(`${row.csvFile}:${row.csvRow}:${column}: ${what} "${k}" is already used at ${earlier.csvFile}:${earlier.csvRow}`);
    else first.set(k, row);
  }
  return problems;
}

function duplicateProblems(
  publications: (z.output<typeof publicationRow> & Located)[],
  documents: readonly DocumentSources[],
  areas: Rows<'areas'>,
  measures: Rows<'measures'>,
): string[] {
  return [
    ...duplicateIds(publications, 'snapshot_id', (r) => r.snapshot_id, 'snapshot id'),
    ...duplicateIds(areas, 'area_code', (r) => `${r.area_type},${r.area_code}`, 'area'),
    ...duplicateIds(measures, 'measure', (r) => r.measure, 'measure'),
    // A snapshot holds every earlier publication's rows, so ids are unique across all of them.
    ...duplicateIds(
      documents.flatMap((d) => [...d.rows.actions, ...d.rows.recommendations]),
      'id',
      (r) => r.id,
      'action or recommendation id',
    ),
    ...duplicateIds(
      documents.flatMap((d) => d.rows.notes),
      'id',
      (r) => r.id,
      'note id',
    ),
  ];
}

/** Every figure's area and measure, and every image-only chart's measure, is defined somewhere in data/. */
function vocabProblems(documents: readonly DocumentSources[], areas: Rows<'areas'>, measures: Rows<'measures'>): string[] {
  const areaKeys = new Set(areas.map((a) => `${a.area_type}|${a.area_code}`));
  const measureIds = new Set(measures.map((m) => m.measure));
  const problems: string[] = [];
  for (const doc of documents) {
    for (const r of doc.rows.figures) {
      if (!areaKeys.has(`${r.area_type}|${r.area_code}`)) {
        problems.push(
          `${r.csvFile}:${r.csvRow}:area_code: unknown area ${r.area_type},${r.area_code} (expected an area of data/vocab/areas.csv, data/partnership/areas.csv or an areas*.csv)`,
        );
      }
      if (!measureIds.has(r.measure)) {
        problems.push(
          `${r.csvFile}:${r.csvRow}:measure: unknown measure ${r.measure} (expected a measure of data/vocab/measures.csv or a measures*.csv)`,
        );
      }
    }
    for (const r of doc.rows['not-published']) {
      if (r.measure !== null && !measureIds.has(r.measure)) {
        problems.push(`${r.csvFile}:${r.csvRow}:measure: unknown measure ${r.measure} (add it to a measures*.csv)`);
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
  let extractFiguresVerified = 0;
  // Snapshot ids are the year and month printed on each document, so they sort oldest first.
  for (const publication of [...publications].sort((a, b) => a.snapshot_id.localeCompare(b.snapshot_id))) {
    const dir = join(dataDir, 'sources', publication.snapshot_id);
    const rows = emptyRows();
    if (!existsSync(dir)) {
      problems.push(`data/sources/${publication.snapshot_id}/ is missing (listed in data/publications.csv)`);
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      // The extracts themselves are read through extracts.csv, which describes them.
      if (name === EXTRACTS_DIR && statSync(join(dir, name)).isDirectory()) continue;
      const kind = kindOf(name);
      if (kind === null) {
        problems.push(`${relative(root, join(dir, name))}: not a known source file kind (see data/README.md)`);
        continue;
      }
      const read = readRows(root, join(dir, name), SOURCE_KINDS[kind], problems);
      (rows[kind] as unknown[]).push(...read);
    }
    const extracts = loadExtracts(root, publication.snapshot_id, rows.extracts, problems);
    const doc: DocumentSources = { snapshotId: publication.snapshot_id, publication, rows, extracts };
    problems.push(...releaseProblems(doc));
    extractFiguresVerified += checkExtractCitations(doc, problems);
    documents.push(doc);
    areas.push(...rows.areas);
    measures.push(...rows.measures);
  }
  for (const dir of existsSync(join(dataDir, 'sources')) ? readdirSync(join(dataDir, 'sources')) : []) {
    if (!publications.some((p) => p.snapshot_id === dir)) {
      problems.push(`data/sources/${dir}/ is not listed in data/publications.csv`);
    }
  }
  problems.push(...duplicateProblems(publications, documents, areas, measures));
  problems.push(...vocabProblems(documents, areas, measures));
  if (profile) problems.push(...checkSubareas(documents, profile));
  if (problems.length > 0 || profile === null) throw new SourceErrors(problems);
  return { root, documents, areas, measures, profile, extractFiguresVerified };
}
