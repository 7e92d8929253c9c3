/**
 * `npm run data:check`: validates the sources, checks every printed value
 * against its line in the seed documents, checks that public/data is exactly
 * a fresh build, and validates each published file against its schema.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPublicData } from './lib/build.ts';
import { repoRoot, runMain } from './lib/cli.ts';
import { checkProvenance } from './lib/provenance.ts';
import { checkPublished } from './lib/published.ts';
import { resolveSeedsDir } from './lib/seeds.ts';
import { loadSources } from './lib/sources.ts';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

runMain(() => {
  const root = repoRoot();
  const sources = loadSources(root);
  const seeds = resolveSeedsDir(process.argv.slice(2), process.env);
  const provenance = checkProvenance(sources, seeds);
  const problems = [...provenance.problems];

  const built = buildPublicData(sources);
  const out = join(root, 'public', 'data');
  for (const [path, text] of built) {
    const file = join(out, path);
    if (!existsSync(file)) problems.push(`public/data/${path}: missing; run npm run data:build`);
    else if (readFileSync(file, 'utf8') !== text) problems.push(`public/data/${path}: differs from a fresh build; run npm run data:build`);
  }
  for (const file of listFiles(out)) {
    const path = relative(out, file);
    if (!built.has(path)) problems.push(`public/data/${path}: not made by the build; remove it or run npm run data:build`);
  }
  problems.push(...checkPublished(out).map((p) => `public/data/${p}`));

  if (problems.length > 0) {
    console.error(`data:check found ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
    return;
  }
  const snapshots = sources.documents.length;
  console.log(`data:check: ${provenance.verified} figures verified against their source lines in ${seeds}`);
  if (provenance.verifiedInExtracts > 0) {
    console.log(
      `data:check: ${provenance.verifiedInExtracts} figures verified against their cells in analysts' extracts (data/sources/*/extracts)`,
    );
  }
  console.log(`data:check: ${snapshots} snapshots and ${built.size} published files match a fresh build and their schemas`);
});
