/**
 * `npm run data:new-snapshot`: scaffolds a quarter's release, so that an
 * analyst only adds the extract, describes it and imports its figures. It
 * writes the publication's row and a folder of header-only CSV files; the
 * build then publishes the (empty) snapshot straight away.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './cli.ts';
import { readCsvFile } from './csv-rows.ts';
import { dataCsvLine } from './data-csv.ts';
import { EXTRACTS_DIR } from './extracts.ts';

export interface NewSnapshot {
  id: string;
  date: string;
  title: string;
}

export const NEW_SNAPSHOT_USAGE = 'Usage: npm run data:new-snapshot -- --id <YYYY-MM> --date <YYYY-MM-DD> --title "<title>"';

/** The header-only files a release starts with; the column order is the one data/README.md documents. */
export const RELEASE_FILES: Readonly<Record<string, readonly string[]>> = {
  'extracts.csv': ['file', 'title', 'produced_by', 'system', 'run_date', 'header_row', 'encoding'],
  'figures.csv': [
    'dataset',
    'area_type',
    'area_code',
    'measure',
    'statistic',
    'period',
    'comparison',
    'value',
    'value_as_printed',
    'unit',
    'source',
    'source_ref',
    'source_line',
    'note',
  ],
};

function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Every reason the options cannot make a snapshot, at once. */
export function newSnapshotProblems(root: string, s: NewSnapshot): string[] {
  const problems: string[] = [];
  const idOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(s.id);
  if (!idOk) problems.push(`--id "${s.id}" is not a snapshot id: use the year and month of its date, like 2024-07.`);
  const dateOk = isCalendarDate(s.date);
  if (!dateOk) problems.push(`--date "${s.date}" is not a date: use YYYY-MM-DD, like 2024-07-15.`);
  if (idOk && dateOk && s.id !== s.date.slice(0, 7)) {
    problems.push(`--id ${s.id} is not the year and month of --date ${s.date}: a snapshot's id is ${s.date.slice(0, 7)}.`);
  }
  if (s.title.trim() === '' || /[\r\n]/.test(s.title))
    problems.push('--title must be one line of text, such as "Quarterly release, Q1 2024/25".');
  const publications = join(root, 'data', 'publications.csv');
  if (!existsSync(publications)) {
    problems.push('data/publications.csv is missing: run this in the repository whose data/ you are adding to.');
    return problems;
  }
  const parsed = readCsvFile(root, publications, problems, { skipEmptyLines: true });
  const [header, ...records] = parsed?.records ?? [];
  const column = header?.cells.indexOf('snapshot_id') ?? -1;
  const existing = records.find((r) => column >= 0 && r.cells[column] === s.id);
  if (existing)
    problems.push(`Snapshot ${s.id} already exists (data/publications.csv row ${existing.line}); choose another id or edit that one.`);
  else if (existsSync(join(root, 'data', 'sources', s.id)))
    problems.push(`data/sources/${s.id}/ already exists; remove it or choose another id.`);
  return problems;
}

/** Scaffolds the snapshot; returns the paths it wrote. Throws UsageError, changing nothing, if it cannot. */
export function newSnapshot(root: string, s: NewSnapshot): string[] {
  const problems = newSnapshotProblems(root, s);
  if (problems.length > 0) throw new UsageError([...problems, NEW_SNAPSHOT_USAGE].join('\n'));
  const dir = join(root, 'data', 'sources', s.id);
  mkdirSync(join(dir, EXTRACTS_DIR), { recursive: true });
  // Git keeps no empty folder; a dot-file is not read as an extract.
  writeFileSync(join(dir, EXTRACTS_DIR, '.gitkeep'), '');
  const written = [`data/sources/${s.id}/${EXTRACTS_DIR}/`];
  for (const [name, columns] of Object.entries(RELEASE_FILES)) {
    writeFileSync(join(dir, name), dataCsvLine(columns));
    written.push(`data/sources/${s.id}/${name}`);
  }
  const publications = join(root, 'data', 'publications.csv');
  const text = readFileSync(publications, 'utf8');
  // A release: no document, no meeting; its date is the day it is published.
  const row = dataCsvLine([s.id, '', s.title.trim(), 'release', '', '', '', '', s.date, '', '']);
  appendFileSync(publications, text.endsWith('\n') || text === '' ? row : `\n${row}`);
  written.push('data/publications.csv (one row added)');
  return written;
}
