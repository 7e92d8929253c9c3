/**
 * Split datasets. At force scale one figure file would hold every area ×
 * measure × period (over 5 MB for 360,000 figures), while the beat trends
 * view draws one measure: the build then writes the dataset as parts (one
 * per measure, plus each measure's newest period for the table of every area
 * at a glance), and the manifest lists the parts instead of the whole file.
 * Small datasets stay one file: a part is one more request.
 */
import type { DatasetPart, Figure, Manifest, NotPublished, SplittableDataset } from './schema';
import { SPLITTABLE_DATASETS, type DatasetId } from './schema';

/** The part's path relative to public/data; `measure-` keeps a measure from ever being named like `newest`. */
export function partPath(snapshotId: string, dataset: DatasetId, part: DatasetPart): string {
  return `${snapshotId}/${dataset}/${part.kind === 'measure' ? `measure-${part.measure}` : 'newest'}.json`;
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
