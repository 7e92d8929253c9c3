/**
 * `npm run data:import-extract`: turns the cells of an analyst's extract into
 * figures rows, one per cell, each citing its file, row and column, for the
 * analyst to review and commit. Nothing is guessed: an area or crime type
 * the data does not know, a cell that is not a number, a period id the
 * grammar does not accept is reported with its place, and no file is written
 * until every row is right.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_DATASETS, STATISTICS } from '../../src/data/schema.ts';
import { parsePeriodId } from '../../src/lib/periods.ts';
import { UsageError } from './cli.ts';
import { readRows } from './csv-rows.ts';
import { dataCsvLine } from './data-csv.ts';
import { readExtract, type Extract } from './extracts.ts';
import { RELEASE_FILES } from './new-snapshot.ts';
import { profileAreaRow } from './profile.ts';
import { areaRow, extractRow, measureRow } from './sources.ts';

export interface ImportOptions {
  snapshot: string;
  file: string;
  dataset: string;
  areaType: string;
  /** One area for every row, or the column whose cells name each row's area. */
  area: { code: string } | { column: string };
  measure: { id: string } | { column: string };
  statistic: string;
  unit: string;
  /** Each value column and the period its cells are for. */
  values: { column: string; period: string }[];
  comparison: string;
  /** Only these spreadsheet rows (inclusive), where an extract has totals or notes below its figures. */
  rows: { from: number; to: number } | null;
  replace: boolean;
}

export const IMPORT_USAGE = [
  'Usage: npm run data:import-extract -- --snapshot <id> --file <extract.csv> --dataset <dataset> --area-type <type>',
  '         (--area <code> | --area-column "<header>") (--measure <id> | --measure-column "<header>")',
  '         --unit <unit> --value "<header>=<period id>" [--value …] [--statistic count] [--comparison <period id>]',
  '         [--rows <first>-<last>] [--replace]',
].join('\n');

export interface ImportResult {
  /** Repository path of the figures file written. */
  path: string;
  figures: number;
  /** Cells left out because they hold no number (empty, "*", "n/a"…), each as file:row:column. */
  skipped: string[];
}

/** A number as an extract may write it: a sign, thousands commas, decimals, a % sign. */
const NUMBER = /^([+-])?\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s?%?$/;

export function numberOf(cell: string): number | null {
  const m = NUMBER.exec(cell.trim());
  if (!m) return null;
  const n = Number((m[2] ?? '').replace(/,/g, ''));
  return m[1] === '-' ? -n : n;
}

interface Vocab {
  areas: { type: string; code: string; names: string[] }[];
  measures: { id: string; label: string }[];
}

/** The areas and measures every source defines, read without building, so a half-finished snapshot can still import. */
function readVocab(root: string, problems: string[]): Vocab {
  const data = join(root, 'data');
  const areaFiles = [join(data, 'vocab', 'areas.csv')];
  const measureFiles = [join(data, 'vocab', 'measures.csv')];
  const sources = join(data, 'sources');
  for (const snapshot of existsSync(sources) ? readdirSync(sources) : []) {
    for (const name of readdirSync(join(sources, snapshot))) {
      if (/^areas(\..+)?\.csv$/.test(name)) areaFiles.push(join(sources, snapshot, name));
      if (/^measures(\..+)?\.csv$/.test(name)) measureFiles.push(join(sources, snapshot, name));
    }
  }
  const areas = areaFiles
    .flatMap((f) => readRows(root, f, areaRow, problems))
    .map((a) => ({ type: a.area_type, code: a.area_code, names: [a.area_name] }));
  for (const a of readRows(root, join(data, 'partnership', 'areas.csv'), profileAreaRow, problems)) {
    areas.push({ type: a.area_type, code: a.area_code, names: [a.area_name, ...(a.short_name ? [a.short_name] : [])] });
  }
  const measures = measureFiles.flatMap((f) => readRows(root, f, measureRow, problems)).map((m) => ({ id: m.measure, label: m.label }));
  return { areas, measures };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The options' own mistakes, before any cell is read. */
function optionProblems(o: ImportOptions, vocab: Vocab): string[] {
  const problems: string[] = [];
  if (!(FIGURE_DATASETS as readonly string[]).includes(o.dataset))
    problems.push(`--dataset ${o.dataset}: expected one of ${FIGURE_DATASETS.join(', ')}`);
  if (!(STATISTICS as readonly string[]).includes(o.statistic))
    problems.push(`--statistic ${o.statistic}: expected one of ${STATISTICS.join(', ')}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.unit))
    problems.push(`--unit ${o.unit}: expected lower-case words joined by hyphens, such as crimes or percent`);
  if (!vocab.areas.some((a) => a.type === o.areaType)) {
    problems.push(`--area-type ${o.areaType}: no area has this type (types: ${[...new Set(vocab.areas.map((a) => a.type))].join(', ')})`);
  }
  const area = 'code' in o.area ? o.area.code : null;
  if (area !== null && !vocab.areas.some((a) => a.type === o.areaType && a.code === area)) {
    problems.push(`--area ${area}: not an area of type ${o.areaType}`);
  }
  const measure = 'id' in o.measure ? o.measure.id : null;
  if (measure !== null && !vocab.measures.some((m) => m.id === measure)) problems.push(`--measure ${measure}: not a known measure`);
  if (o.values.length === 0)
    problems.push('--value "<header>=<period id>" is needed at least once: which columns hold the figures, and for which period');
  for (const v of o.values) {
    const r = parsePeriodId(v.period);
    if (!r.ok) problems.push(`--value "${v.column}=${v.period}": ${r.reason}`);
  }
  const needsComparison = o.statistic === 'difference' || o.statistic === 'percent-change';
  if (needsComparison && o.comparison === '') problems.push(`--comparison is needed: a ${o.statistic} is compared with a period`);
  if (o.comparison !== '') {
    const r = parsePeriodId(o.comparison);
    if (!r.ok) problems.push(`--comparison ${o.comparison}: ${r.reason}`);
  }
  return problems;
}

function loadExtract(root: string, o: ImportOptions, problems: string[]): Extract | null {
  const dir = join(root, 'data', 'sources', o.snapshot);
  if (!existsSync(dir)) {
    problems.push(`--snapshot ${o.snapshot}: data/sources/${o.snapshot}/ does not exist (run npm run data:new-snapshot first)`);
    return null;
  }
  const metas = readdirSync(dir)
    .filter((n) => /^extracts(\..+)?\.csv$/.test(n))
    .flatMap((n) => readRows(root, join(dir, n), extractRow, problems));
  const meta = metas.find((m) => m.file === o.file);
  if (!meta) {
    problems.push(
      `--file ${o.file}: not described in data/sources/${o.snapshot}/extracts.csv; add its row (file,title,produced_by,system,run_date) first`,
    );
    return null;
  }
  // Only this extract is read: the snapshot's other extracts are the build's to check, not this import's.
  return readExtract(root, o.snapshot, meta, problems);
}

/** Reads the extract and returns the figures rows, or throws UsageError listing every problem. */
export function importRows(root: string, o: ImportOptions): { lines: string[]; skipped: string[] } {
  const problems: string[] = [];
  const vocab = readVocab(root, problems);
  problems.push(...optionProblems(o, vocab));
  const extract = problems.length === 0 ? loadExtract(root, o, problems) : null;
  if (!extract) throw new UsageError([...problems, IMPORT_USAGE].join('\n'));

  const where = (row: number, column: string) => `${extract.path}:${row}:${column}`;
  const columnIndex = (name: string, option: string) => {
    const i = extract.columns.indexOf(name.trim());
    if (i < 0)
      problems.push(
        `${option} "${name}": not a column of ${extract.path} (its columns: ${extract.columns.map((c) => `"${c}"`).join(', ')})`,
      );
    return i;
  };
  const areaHeader = 'column' in o.area ? o.area.column : null;
  const measureHeader = 'column' in o.measure ? o.measure.column : null;
  const areaColumn = areaHeader === null ? null : columnIndex(areaHeader, '--area-column');
  const measureColumn = measureHeader === null ? null : columnIndex(measureHeader, '--measure-column');
  const valueColumns = o.values.map((v) => ({ ...v, index: columnIndex(v.column, '--value') }));
  if (problems.length > 0) throw new UsageError([...problems, IMPORT_USAGE].join('\n'));

  const areas = vocab.areas.filter((a) => a.type === o.areaType);
  const lines: string[] = [];
  const skipped: string[] = [];
  for (const [row, cells] of extract.rows) {
    if (o.rows && (row < o.rows.from || row > o.rows.to)) continue;
    if (cells.every((c) => c.trim() === '')) continue;
    let areaCode = 'code' in o.area ? o.area.code : '';
    if (areaColumn !== null && areaHeader !== null) {
      const cell = cells[areaColumn] ?? '';
      const found = areas.find((a) => a.code === cell.trim() || a.names.some((n) => same(n, cell)));
      if (found) areaCode = found.code;
      else {
        const known = areas.map((a) => a.code).join(', ');
        problems.push(
          `${where(row, areaHeader)}: "${cell}" is not an area of type ${o.areaType} (expected a code or name: ${known}); use --rows to leave out rows that are not figures`,
        );
        continue;
      }
    }
    let measure = 'id' in o.measure ? o.measure.id : '';
    if (measureColumn !== null && measureHeader !== null) {
      const cell = cells[measureColumn] ?? '';
      const found = vocab.measures.find((m) => m.id === cell.trim() || same(m.label, cell));
      if (found) measure = found.id;
      else {
        problems.push(
          `${where(row, measureHeader)}: "${cell}" is not a known measure (expected a measure id or label of data/vocab/measures.csv or a measures*.csv)`,
        );
        continue;
      }
    }
    for (const v of valueColumns) {
      const printed = (cells[v.index] ?? '').trim();
      const value = numberOf(printed);
      if (value === null) {
        skipped.push(`${where(row, v.column)} ("${printed}")`);
        continue;
      }
      lines.push(
        dataCsvLine([
          o.dataset,
          o.areaType,
          areaCode,
          measure,
          o.statistic,
          v.period,
          o.comparison,
          value,
          printed,
          o.unit,
          o.file,
          v.column,
          row,
          '',
        ]),
      );
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { lines, skipped };
}

/**
 * Writes data/sources/<snapshot>/figures.<extract name>.csv, or, for a
 * statistic other than a count, figures.<extract name>.<statistic>.csv: an
 * extract often gives counts and their % change side by side, and each is
 * imported by a run of its own. Refuses to overwrite a file unless told to.
 */
export function importExtract(root: string, o: ImportOptions): ImportResult {
  const stem = o.file.replace(/\.csv$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-');
  const name = o.statistic === 'count' ? `figures.${stem}.csv` : `figures.${stem}.${o.statistic}.csv`;
  const path = join(root, 'data', 'sources', o.snapshot, name);
  const shown = `data/sources/${o.snapshot}/${name}`;
  if (existsSync(path) && !o.replace) {
    throw new UsageError(`${shown} already exists: give --replace to write it again from the extract (edits made to it by hand are lost).`);
  }
  const { lines, skipped } = importRows(root, o);
  const header = RELEASE_FILES['figures.csv'] ?? [];
  writeFileSync(path, [dataCsvLine(header), ...lines].join(''));
  return { path: shown, figures: lines.length, skipped };
}
