/**
 * Reading analyst-edited CSV files row by row: each row is validated with its
 * schema and every problem is reported as `file:row:column` with what was
 * expected, never thrown one at a time.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export interface Located {
  /** Path of the CSV, relative to the repository root. */
  csvFile: string;
  /** 1-based line of the record in the CSV (the header is line 1). */
  csvRow: number;
}

function readCsv(path: string): Record<string, string>[] {
  // `bom` strips the byte-order mark Excel writes; `columns` keys rows by header.
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
}

export function readRows<S extends z.ZodType>(root: string, path: string, schema: S, problems: string[]): (z.output<S> & Located)[] {
  const file = relative(root, path);
  let records: Record<string, string>[];
  try {
    records = readCsv(path);
  } catch (e) {
    problems.push(`${file}: not valid CSV: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
  const out: (z.output<S> & Located)[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    const result = schema.safeParse(record);
    if (result.success) {
      out.push({ ...(result.data as object), csvFile: file, csvRow: row } as z.output<S> & Located);
    } else {
      for (const issue of result.error.issues) {
        const column = issue.path.length > 0 ? issue.path.join('.') : '(row)';
        problems.push(`${file} row ${row}, column ${column}: ${issue.message}`);
      }
    }
  });
  return out;
}
