/**
 * Replacing public/data with a finished build, whole: the files are written
 * to a new folder beside it, which then takes its place by renames, so a
 * reader (or a failed write) never sees a mix of two builds.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildPublicData } from './build.ts';
import { loadSources } from './sources.ts';

export function replacePublicData(root: string, files: ReadonlyMap<string, string>): void {
  const out = join(root, 'public', 'data');
  const next = join(root, 'public', `.data-next-${process.pid}`);
  const old = join(root, 'public', `.data-old-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(next, path)), { recursive: true });
      writeFileSync(join(next, path), text);
    }
    if (existsSync(out)) renameSync(out, old);
    renameSync(next, out);
  } catch (e) {
    // Put back what was there: the previous build stays published.
    if (!existsSync(out) && existsSync(old)) renameSync(old, out);
    rmSync(next, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** `npm run data:build` on a repository root: builds everything in memory, then replaces public/data. Returns the number of files. */
export function runDataBuild(root: string): number {
  const files = buildPublicData(loadSources(root));
  replacePublicData(root, files);
  return files.size;
}
