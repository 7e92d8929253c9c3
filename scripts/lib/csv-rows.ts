/**
 * Reading analyst-edited CSV files row by row: each row is validated with its
 * schema and every problem is reported as `file:row:column: what was
 * expected`, all at once, never thrown one at a time. `row` is the line of
 * the file the record starts on, as a text editor numbers it (the header is
 * line 1); a spreadsheet shows the same number, since a cell that runs over
 * several lines is itself reported as a mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse, CsvError } from 'csv-parse/sync';
import type { z } from 'zod';
import { decodeText } from './text-encoding.ts';

export interface Located {
  /** Path of the CSV, relative to the repository root. */
  csvFile: string;
  /** 1-based line the record starts on (the header is line 1). */
  csvRow: number;
}

export interface CsvRecord {
  cells: string[];
  /** First and last line of the file the record stands on (1-based). */
  line: number;
  lastLine: number;
}

export interface ParsedCsv {
  /** Every record, the header first. */
  records: CsvRecord[];
}

export const SAVE_AS_UTF8 =
  'the file was probably saved as "CSV" (Windows-1252) rather than "CSV UTF-8": open it and save it again as CSV UTF-8';

interface ParseInfo {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Parses CSV text into records with the lines they stand on. csv-parse
 * reports the line a record ends on; its raw text says how many lines it
 * spans, so the first line is found even when a quoted cell runs over lines.
 */
export function parseCsvText(text: string, options: { skipEmptyLines: boolean }): ParsedCsv {
  const parsed = parse(text, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: options.skipEmptyLines,
    // csv-parse's types do not follow its `info` and `raw` options, which wrap each record.
  }) as unknown as ParseInfo[];
  return {
    records: parsed.map(({ record, raw, info }) => {
      // Skipped empty lines are part of the raw text before the record; the line ending after it is not.
      const own = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
      const spans = (own.match(/\n/g) ?? []).length;
      // The last record of a file without a final newline ends on the line csv-parse counts.
      return { cells: record, line: info.lines - spans, lastLine: info.lines };
    }),
  };
}

/** A CSV the parser cannot read at all: where it stopped, in the analyst's terms. */
export function csvErrorMessage(file: string, e: unknown): string {
  if (e instanceof CsvError) {
    const line = (e as CsvError & { lines?: number }).lines;
    const quote = e.code === 'CSV_QUOTE_NOT_CLOSED' ? ' (a cell opens a quote " and never closes it)' : '';
    return `${file}:${line ?? 1}: not valid CSV: ${e.message}${quote}`;
  }
  return `${file}: cannot be read: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * Reads and decodes a CSV file (UTF-8, an optional byte-order mark); null,
 * with the problem recorded, when it is missing, not UTF-8 or not CSV.
 */
export function readCsvFile(
  root: string,
  path: string,
  problems: string[],
  options: { skipEmptyLines: boolean; encoding?: string; encodingHint?: string },
): ParsedCsv | null {
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push(`${file}: missing`);
    return null;
  }
  const decoded = decodeText(readFileSync(path), options.encoding ?? 'utf-8');
  if (!decoded.ok) {
    const hint = options.encodingHint ?? SAVE_AS_UTF8;
    problems.push(`${file}:${decoded.line}:${columnAt(decoded.textBefore)}: ${decoded.message}; ${hint}`);
    return null;
  }
  try {
    return parseCsvText(decoded.text, options);
  } catch (e) {
    problems.push(csvErrorMessage(file, e));
    return null;
  }
}

/** Which column the first undecodable byte is in, from the text of its file before it. */
function columnAt(textBefore: string): string {
  const attempt = (t: string) => {
    try {
      return parseCsvText(t, { skipEmptyLines: true }).records;
    } catch {
      return null;
    }
  };
  // The byte may stand inside a quoted cell: close it, to count the cells before it.
  const records = attempt(textBefore) ?? attempt(`${textBefore}"`);
  if (records === null) return '(row)';
  const header = records[0];
  if (textBefore === '' || textBefore.endsWith('\n')) return header?.cells[0] ?? 'column 1';
  const last = records[records.length - 1];
  const index = (last?.cells.length ?? 1) - 1;
  // While the header itself is being read, its names are not known yet.
  if (records.length === 1 || !header) return `column ${(index + 1).toString()}`;
  return header.cells[index] ?? `column ${(index + 1).toString()}`;
}

/** The columns a row schema knows, and which of them a file may leave out. */
function columnsOf(schema: z.ZodObject): { all: string[]; required: string[] } {
  const all = Object.keys(schema.shape);
  // A column whose schema accepts a missing value is optional.
  const required = all.filter((k) => !(schema.shape[k] as z.ZodType).safeParse(undefined).success);
  return { all, required };
}

/** The header row's mistakes: unknown, missing or repeated columns. Each is one problem, not one per row. */
function headerProblems(file: string, header: readonly string[], schema: z.ZodObject): string[] {
  const { all, required } = columnsOf(schema);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push(`${file}:1:${name}: this column is named twice in the header`);
    seen.add(name);
    if (!all.includes(name)) {
      problems.push(`${file}:1:${name === '' ? '(empty)' : name}: unknown column; expected one of ${all.join(', ')}`);
    }
  }
  for (const name of required) {
    if (!seen.has(name)) problems.push(`${file}:1:${name}: missing column (the header must name ${required.join(', ')})`);
  }
  return problems;
}

/**
 * Reads one CSV of a known kind and validates every row. Problems go to
 * `problems`; the rows that pass are returned with where they stand.
 */
export function readRows<S extends z.ZodObject>(root: string, path: string, schema: S, problems: string[]): (z.output<S> & Located)[] {
  const file = relative(root, path);
  const parsed = readCsvFile(root, path, problems, { skipEmptyLines: true });
  if (parsed === null) return [];
  const [header, ...body] = parsed.records;
  if (!header) {
    problems.push(`${file}:1: the file is empty; it needs at least a header row`);
    return [];
  }
  const names = header.cells.map((c) => c.trim());
  const badHeader = headerProblems(file, names, schema);
  if (badHeader.length > 0) {
    // Every row would repeat the header's mistake; one report is enough.
    problems.push(...badHeader);
    return [];
  }
  const out: (z.output<S> & Located)[] = [];
  for (const record of body) {
    const row = record.line;
    let shapeOk = true;
    record.cells.forEach((cell, i) => {
      const column = names[i] ?? `column ${(i + 1).toString()}`;
      if (i >= names.length) {
        problems.push(`${file}:${row}:${column}: an extra cell; the header has ${names.length} columns (is a comma in a cell not quoted?)`);
        shapeOk = false;
      } else if (/[\r\n]/.test(cell)) {
        problems.push(
          `${file}:${row}:${column}: the cell runs over lines ${row}-${record.lastLine}; keep each row on one line (a stray " opens a cell that runs to the next ")`,
        );
        shapeOk = false;
      }
    });
    for (let i = record.cells.length; i < names.length; i += 1) {
      problems.push(
        `${file}:${row}:${names[i] ?? ''}: missing cell; the row has ${record.cells.length} of the header's ${names.length} columns`,
      );
      shapeOk = false;
    }
    if (!shapeOk) continue;
    const result = schema.safeParse(Object.fromEntries(names.map((n, i) => [n, record.cells[i] ?? ''])));
    if (result.success) {
      out.push({ ...(result.data as object), csvFile: file, csvRow: row } as z.output<S> & Located);
    } else {
      for (const issue of result.error.issues) {
        const column = issue.path.length > 0 ? issue.path.join('.') : '(row)';
        problems.push(`${file}:${row}:${column}: ${issue.message}`);
      }
    }
  }
  return out;
}
