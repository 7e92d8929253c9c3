/** Reads the published snapshot files, so tests compare the screen with the data, not with copied numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';
import { decodePublished } from '../unit/fixtures.ts';

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

function readPublished<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'public', 'data', path), 'utf8')) as T;
}

/** A dataset file as the app reads it: decoded from the wire format and checked. */
export function published<T = { figures: PublishedFigure[] }>(snapshot: string, dataset: string): T {
  const path = `${snapshot}/${dataset}.json`;
  return decodePublished<T>(path, readFileSync(join(ROOT, 'public', 'data', path), 'utf8'));
}

/**
 * The snapshot the browser tests check: every URL they visit names it, so a
 * new quarter (a newer default snapshot) changes nothing they see. Only the
 * tests whose subject is the default itself leave it out, and they take the
 * default from the manifest.
 */
export const SNAPSHOT = '2024-04';

export interface ManifestSnapshot {
  id: string;
  title: string;
  figureCount: number;
  meeting: { date: string; doubt: string | null } | null;
  published: { date: string } | null;
  figuresTo: string | null;
}

export const manifest = readPublished<{ defaultSnapshot: string; snapshots: ManifestSnapshot[] }>('manifest.json');

/** The parts of the partnership's profile the tests read. */
export const partnership = readPublished<{
  partnership: { id: string; name: string; shortName: string; area: { type: string; code: string } };
  subareas: { type: string; singular: string; plural: string };
  areas: { type: string; code: string; name: string; shortName: string | null }[];
  crimeTypes: string[];
  familyGroup: { size: number; unit: string };
  people: { id: string; name: string; title: string | null; aliases: string[] }[];
}>('partnership.json');

/** How pages name a sub-area: "57 Mountsorrel" where the profile gives a short place name, else its name. */
function labelOf(a: { code: string; name: string; shortName: string | null }): string {
  return a.shortName ? `${a.code} ${a.shortName}` : a.name;
}

/** The partnership's sub-areas (beats), in the order pages list them, each with the label pages show. */
export const subareas = partnership.areas.filter((a) => a.type === partnership.subareas.type).map((a) => ({ ...a, label: labelOf(a) }));

/** The label pages show for the sub-area with this code. */
export function subareaLabel(code: string): string {
  const a = subareas.find((s) => s.code === code);
  if (!a) throw new Error(`no sub-area ${code} in the profile`);
  return a.label;
}

/** `base` with `query` and the checked snapshot: `?view=beats` becomes `?view=beats&snapshot=2024-04`. */
export function pinned(base: string, query = '', snapshot = SNAPSHOT): string {
  const params = new URLSearchParams(query);
  if (!params.has('snapshot')) params.set('snapshot', snapshot);
  return `${base}?${params.toString().replace(/%2C/gi, ',')}`;
}

/** The snapshot a URL shows: the one it names, or the manifest's default when it names none. */
export function snapshotShown(url: string | URL): string {
  return new URL(url).searchParams.get('snapshot') ?? manifest.defaultSnapshot;
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
