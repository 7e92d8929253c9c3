/**
 * Checks a public/data folder as a reader would receive it: each file listed
 * in the manifest exists, has the listed size and sha256, and passes its schema.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetFile, type DatasetId, type DatasetPart, type Manifest } from '../../src/data/schema.ts';
import { isSplittable, partContentProblems, partPath } from '../../src/data/parts.ts';
import { parseJson, validateDataset, validateManifest, validatePartnership } from '../../src/data/validate.ts';

function isDataset(name: string): name is DatasetId {
  return (DATASETS as readonly string[]).includes(name);
}

function checkPartnership(dir: string, entry: { path: string; bytes: number; sha256: string }): string[] {
  const path = join(dir, entry.path);
  if (!existsSync(path)) return [`${entry.path}: listed in manifest.json but missing`];
  const bytes = readFileSync(path);
  const problems: string[] = [];
  if (bytes.length !== entry.bytes) problems.push(`${entry.path}: ${bytes.length} bytes, manifest.json says ${entry.bytes}`);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== entry.sha256) problems.push(`${entry.path}: sha256 does not match manifest.json: the file was changed after it was built`);
  const json = parseJson(entry.path, bytes.toString('utf8'));
  if (!json.ok) return [...problems, ...json.errors];
  const checked = validatePartnership(entry.path, json.data);
  return checked.ok ? problems : [...problems, ...checked.errors];
}

/** A part holds what the manifest says it holds, at the path it names. */
function partProblems(path: string, dataset: DatasetId, part: DatasetPart, data: DatasetFile<DatasetId>): string[] {
  const problems: string[] = [];
  if (!isSplittable(dataset)) problems.push(`${path}: ${dataset} is never split, but the manifest lists a part of it`);
  if (partPath(path.split('/')[0] ?? '', dataset, part) !== path) problems.push(`${path}: not where a part ${JSON.stringify(part)} stands`);
  if ('figures' in data) problems.push(...partContentProblems(path, part, data.figures));
  return problems;
}

/** A dataset is listed either whole or as parts (each measure and each area once), never both. */
function splitListingProblems(files: readonly Manifest['snapshots'][number]['files'][number][]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  // The app keys parts by path and checks a file against the first listing that loads it: one path, one listing.
  const paths = new Set<string>();
  for (const f of files) {
    if (paths.has(f.path)) problems.push(`${f.path}: the manifest lists this file twice`);
    paths.add(f.path);
    if (!f.part) continue;
    const key = `${f.dataset}|${JSON.stringify(f.part)}`;
    if (seen.has(key)) problems.push(`${f.path}: the manifest lists this part of ${f.dataset} twice`);
    seen.add(key);
    if (files.some((w) => w.dataset === f.dataset && !w.part)) problems.push(`${f.path}: ${f.dataset} is listed both whole and as parts`);
  }
  return problems;
}

/**
 * Every figure of a split dataset is in its measure parts and in the part of
 * its area, so no area's page shows fewer figures than the trends hold
 * (a listing left out would otherwise read as an area with no figures).
 */
function areaCoverageProblems(snapshotId: string, ids: ReadonlyMap<string, { measure: Set<string>; area: Set<string> }>): string[] {
  const problems: string[] = [];
  for (const [dataset, { measure, area }] of ids) {
    const missing = [...measure].filter((id) => !area.has(id));
    const extra = [...area].filter((id) => !measure.has(id));
    if (missing.length > 0)
      problems.push(
        `${snapshotId}/${dataset}: ${missing.length} figure(s) of its measure parts are in no area part (first: ${missing[0]})`,
      );
    if (extra.length > 0)
      problems.push(`${snapshotId}/${dataset}: ${extra.length} figure(s) of its area parts are in no measure part (first: ${extra[0]})`);
  }
  return problems;
}

export function checkPublished(dir: string): string[] {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return [`manifest.json: missing from ${dir}`];
  const parsed = parseJson('manifest.json', readFileSync(manifestPath, 'utf8'));
  if (!parsed.ok) return parsed.errors;
  const manifest = validateManifest('manifest.json', parsed.data);
  if (!manifest.ok) return manifest.errors;

  const problems: string[] = [];
  problems.push(...checkPartnership(dir, manifest.data.partnership));
  for (const snapshot of manifest.data.snapshots) {
    const ids = new Map<string, { measure: Set<string>; area: Set<string> }>();
    for (const file of snapshot.files) {
      const path = join(dir, file.path);
      if (!existsSync(path)) {
        problems.push(`${file.path}: listed in manifest.json but missing`);
        continue;
      }
      const bytes = readFileSync(path);
      if (bytes.length !== file.bytes) problems.push(`${file.path}: ${bytes.length} bytes, manifest.json says ${file.bytes}`);
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== file.sha256)
        problems.push(`${file.path}: sha256 ${sha} does not match manifest.json (${file.sha256}): the file was changed after it was built`);
      if (file.dataset === 'figures') continue;
      if (!isDataset(file.dataset)) continue;
      const json = parseJson(file.path, bytes.toString('utf8'));
      if (!json.ok) {
        problems.push(...json.errors);
        continue;
      }
      const checked = validateDataset(file.path, file.dataset, json.data);
      if (!checked.ok) problems.push(...checked.errors);
      else if (checked.data.snapshotId !== snapshot.id)
        problems.push(`${file.path}: snapshotId: is ${checked.data.snapshotId}, expected ${snapshot.id}`);
      else if (file.part) {
        problems.push(...partProblems(file.path, file.dataset, file.part, checked.data));
        const { kind } = file.part;
        if ((kind === 'measure' || kind === 'area') && 'figures' in checked.data) {
          const sets = ids.get(file.dataset) ?? { measure: new Set<string>(), area: new Set<string>() };
          ids.set(file.dataset, sets);
          for (const f of checked.data.figures) sets[kind].add(f.id);
        }
      }
    }
    problems.push(...splitListingProblems(snapshot.files));
    problems.push(...areaCoverageProblems(snapshot.id, ids));
  }
  return problems;
}
