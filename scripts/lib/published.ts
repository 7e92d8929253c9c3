/**
 * Checks a public/data folder as a reader would receive it: each file listed
 * in the manifest exists, has the listed size and sha256, and passes its schema.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetId } from '../../src/data/schema.ts';
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
    }
  }
  return problems;
}
