/**
 * Split datasets. At force scale one figure file would hold every area ×
 * measure × period (over 5 MB for 360,000 figures), while the beat trends
 * view draws one measure and an area's own page one area: the build then
 * writes the dataset as parts (one per measure, each measure's newest period
 * for the table of every area at a glance, and one per area), and the
 * manifest lists the parts instead of the whole file: its area parts are the
 * index that tells a page which file holds its area. Small datasets stay one
 * file: a part is one more request.
 */
import type { DatasetPart, Figure, Manifest, NotPublished, SplittableDataset } from './schema';
import { SPLITTABLE_DATASETS, type DatasetId } from './schema';

/**
 * An area code as a file name: lower case letters and digits, each run of
 * other characters one hyphen, and where that is not the code itself (capitals,
 * spaces, letters beyond ASCII, which case-insensitive or Unicode-normalising
 * disks would fold) a short hash of the code, so `A 1` and `a-1`, or two codes
 * written wholly in another script, still get files of their own. Should two
 * codes still meet in one name, the build refuses to write the pair rather
 * than let one area's page read another's file.
 */
function fileName(code: string): string {
  const slug = code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug === code) return slug;
  const hash = fnv1a(code).toString(16).padStart(8, '0');
  return slug === '' ? hash : `${slug}-${hash}`;
}

/** FNV-1a over the code's UTF-16 units: small, stable and the same in the build and the browser. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The part's path relative to public/data; `measure-` keeps a measure from ever being named like `newest`, and
 * `area-<type>--<code>` an area (`--` ends the type, which is lower-case words joined by single hyphens).
 */
export function partPath(snapshotId: string, dataset: DatasetId, part: DatasetPart): string {
  const name =
    part.kind === 'measure' ? `measure-${part.measure}` : part.kind === 'area' ? `area-${part.areaType}--${fileName(part.areaCode)}` : 'newest';
  return `${snapshotId}/${dataset}/${name}.json`;
}

export interface ListedPart {
  path: string;
  part: DatasetPart;
}

/** The parts the manifest lists for one dataset of one snapshot; empty where it is one whole file. */
export function listedParts(manifest: Manifest, snapshotId: string, dataset: DatasetId): ListedPart[] {
  const snapshot = manifest.snapshots.find((s) => s.id === snapshotId);
  if (!snapshot) return [];
  return snapshot.files.flatMap((f) => (f.dataset === dataset && f.part ? [{ path: f.path, part: f.part }] : []));
}

/** The part of one area, where the dataset is split and the area has figures in it. */
export function areaPart(parts: readonly ListedPart[], area: { type: string; code: string }): ListedPart | null {
  return parts.find((p) => p.part.kind === 'area' && p.part.areaType === area.type && p.part.areaCode === area.code) ?? null;
}

/**
 * Figures a part holds that its listing says it does not (another measure's,
 * another area's), each named by file and path: the sha256 makes this the
 * build's own mistake, but a page must never draw one area's figures as another's.
 */
export function partContentProblems(path: string, part: DatasetPart, figures: readonly Figure[]): string[] {
  if (part.kind === 'measure') {
    const i = figures.findIndex((f) => f.measure !== part.measure);
    const f = figures[i];
    return f ? [`${path}: figures[${i}]: is ${f.measure}, but the part holds ${part.measure}`] : [];
  }
  if (part.kind === 'area') {
    const i = figures.findIndex((f) => f.areaType !== part.areaType || f.areaCode !== part.areaCode);
    const f = figures[i];
    return f ? [`${path}: figures[${i}]: is ${f.areaType} ${f.areaCode}, but the part holds ${part.areaType} ${part.areaCode}`] : [];
  }
  return [];
}

/** The measures a split dataset has a part for, in the manifest's order. */
export function partMeasures(parts: readonly ListedPart[]): string[] {
  return parts.flatMap((p) => (p.part.kind === 'measure' ? [p.part.measure] : []));
}

export function isSplittable(dataset: DatasetId): dataset is SplittableDataset {
  return (SPLITTABLE_DATASETS as readonly string[]).includes(dataset);
}

/**
 * Parts put back together as one file: figures in the parts' order, each id
 * once (a measure's newest period is in its own part and in the newest
 * part), and each not-published entry once.
 */
export function mergeParts<T extends { figures: readonly Figure[]; notPublished: readonly NotPublished[] }>(parts: readonly T[]): T | null {
  const first = parts[0];
  if (!first) return null;
  const ids = new Set<string>();
  const notPublished = new Map<string, NotPublished>();
  const figures: Figure[] = [];
  for (const part of parts) {
    for (const f of part.figures) {
      if (ids.has(f.id)) continue;
      ids.add(f.id);
      figures.push(f);
    }
    for (const n of part.notPublished) notPublished.set(JSON.stringify(n), n);
  }
  return { ...first, figures, notPublished: [...notPublished.values()] };
}
