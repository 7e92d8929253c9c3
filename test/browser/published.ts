/** Reads the published snapshot files, so tests compare the screen with the data, not with copied numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

export interface PublishedFigure {
  areaType: string;
  areaCode: string;
  measure: string;
  statistic: string;
  period: string;
  comparison: string | null;
  value: number;
  preferred: boolean;
  printings: { printed: string; source: { document: string; ref: string; line: number } }[];
}

export function published<T = { figures: PublishedFigure[] }>(snapshot: string, dataset: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'public', 'data', snapshot, `${dataset}.json`), 'utf8')) as T;
}

export function findFigure(figures: PublishedFigure[], match: Partial<PublishedFigure>): PublishedFigure {
  const found = figures.filter((f) => f.preferred && Object.entries(match).every(([k, v]) => f[k as keyof PublishedFigure] === v));
  if (found.length !== 1) throw new Error(`expected one figure matching ${JSON.stringify(match)}, found ${found.length}`);
  return found[0] as PublishedFigure;
}

/** The way the dashboard writes a count: British thousands separators. */
export function count(n: number): string {
  return n.toLocaleString('en-GB');
}
