/**
 * Analysts' extracts: CSV files kept exactly as received under
 * data/sources/<snapshot>/extracts/, described in that snapshot's
 * extracts.csv. A figure that cites one names the file (column `source`),
 * the row as a spreadsheet numbers it (`source_line`, the file's first row
 * is 1) and the column header (`source_ref`); the value must stand in that
 * cell exactly as `value_as_printed`. Unlike the seed documents, extracts
 * are in the repository, so every build checks them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readCsvFile } from './csv-rows.ts';
import type { Located } from './csv-rows.ts';

export const EXTRACTS_DIR = 'extracts';

export interface ExtractMeta {
  file: string;
  title: string;
  produced_by: string;
  system: string;
  run_date: string;
  header_row: number;
  encoding: 'utf-8' | 'windows-1252';
}

export interface Extract {
  meta: ExtractMeta & Located;
  /** Repository path, as figures' sources name it: data/sources/<snapshot>/extracts/<file>. */
  path: string;
  /** The header row's cells, trimmed. */
  columns: string[];
  /** Spreadsheet row number → cells, for every row below the header. */
  rows: Map<number, string[]>;
  lastRow: number;
}

/** A row that cites an extract: a figure (a cell) or a note (a row, and a cell if it gives a value). */
export interface ExtractCitation extends Located {
  source: string;
  source_line: number;
  value_as_printed: string;
  /** The column header, for a figure; null for a note, which may be about the whole row. */
  column: string | null;
}

export function extractPath(snapshotId: string, file: string): string {
  return ['data', 'sources', snapshotId, EXTRACTS_DIR, file].join('/');
}

/** Reads one described extract; reports it missing or unreadable, and returns null then. */
export function readExtract(root: string, snapshotId: string, meta: ExtractMeta & Located, problems: string[]): Extract | null {
  const dir = join(root, 'data', 'sources', snapshotId, EXTRACTS_DIR);
  const file = join(dir, meta.file);
  if (!existsSync(file) || !statSync(file).isFile()) {
    problems.push(
      `${meta.csvFile}:${meta.csvRow}:file: ${meta.file} is not in ${relative(root, dir) || dir}/ (put the extract there as received)`,
    );
    return null;
  }
  const parsed = readCsvFile(root, file, problems, {
    skipEmptyLines: false,
    encoding: meta.encoding,
    encodingHint: `keep the extract as received and give its encoding in ${meta.csvFile} (column encoding, e.g. windows-1252)`,
  });
  if (parsed === null) return null;
  // A spreadsheet shows one row per record, blank ones included: the row number is the record's position.
  const header = parsed.records[meta.header_row - 1];
  if (!header) {
    problems.push(`${meta.csvFile}:${meta.csvRow}:header_row: ${meta.file} has only ${parsed.records.length} rows`);
    return null;
  }
  const rows = new Map<number, string[]>();
  parsed.records.forEach((r, i) => {
    if (i + 1 > meta.header_row) rows.set(i + 1, r.cells);
  });
  return {
    meta,
    path: extractPath(snapshotId, meta.file),
    columns: header.cells.map((c) => c.trim()),
    rows,
    lastRow: parsed.records.length,
  };
}

/** Reads every extract extracts.csv describes; reports files missing, undescribed or unreadable. */
export function loadExtracts(root: string, snapshotId: string, metas: readonly (ExtractMeta & Located)[], problems: string[]): Extract[] {
  const dir = join(root, 'data', 'sources', snapshotId, EXTRACTS_DIR);
  const present = existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile()) : [];
  const seen = new Map<string, number>();
  const extracts: Extract[] = [];
  for (const meta of metas) {
    const first = seen.get(meta.file);
    if (first !== undefined) {
      problems.push(`${meta.csvFile}:${meta.csvRow}:file: ${meta.file} is already described on row ${first}`);
      continue;
    }
    seen.set(meta.file, meta.csvRow);
    const extract = readExtract(root, snapshotId, meta, problems);
    if (extract) extracts.push(extract);
  }
  for (const name of present) {
    if (!seen.has(name)) {
      problems.push(
        `${relative(root, join(dir, name))}: not described in data/sources/${snapshotId}/extracts.csv (add a row: file,title,produced_by,system,run_date)`,
      );
    }
  }
  return extracts;
}

function quoteList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}

/**
 * Checks one citation against its extract; returns a problem, or null when
 * the value stands where it says. A spreadsheet may show a cell with spaces
 * around it; they are not part of the value.
 */
export function checkCitation(c: ExtractCitation, extracts: readonly Extract[]): string | null {
  const extract = extracts.find((e) => e.meta.file === c.source);
  const where = `${c.csvFile}:${c.csvRow}`;
  if (!extract) {
    const listed = extracts.map((e) => e.meta.file);
    return `${where}:source: ${c.source} is not an extract of this snapshot (extracts.csv lists ${listed.length > 0 ? listed.join(', ') : 'none'})`;
  }
  const cells = extract.rows.get(c.source_line);
  if (!cells) {
    return `${where}:source_line: row ${c.source_line} is not a row of figures in ${c.source} (rows ${extract.meta.header_row + 1} to ${extract.lastRow}, below its header row ${extract.meta.header_row})`;
  }
  if (c.column === null) {
    if (c.value_as_printed === '' || cells.some((cell) => cell.trim() === c.value_as_printed)) return null;
    return `${where}:value_as_printed: "${c.value_as_printed}" is not a cell of row ${c.source_line} of ${c.source}`;
  }
  const index = extract.columns.indexOf(c.column);
  if (index < 0) return `${where}:source_ref: "${c.column}" is not a column of ${c.source} (its columns: ${quoteList(extract.columns)})`;
  const cell = (cells[index] ?? '').trim();
  if (cell === c.value_as_printed) return null;
  return `${where}:value_as_printed: "${c.value_as_printed}" is not on row ${c.source_line} of ${c.source} under "${c.column}": that cell holds "${cell}"`;
}
