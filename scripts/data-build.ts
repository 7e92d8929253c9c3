/**
 * `npm run data:build`: compiles data/ into public/data, deterministically.
 * Everything is built in memory and written to a folder beside public/data;
 * only a build that succeeded as a whole replaces it, so a mistake in the
 * sources never leaves public/data half-built.
 */
import { buildPublicData } from './lib/build.ts';
import { loadSources } from './lib/sources.ts';
import { repoRoot, runMain } from './lib/cli.ts';
import { replacePublicData } from './lib/publish.ts';

runMain(() => {
  const root = repoRoot();
  const files = buildPublicData(loadSources(root));
  replacePublicData(root, files);
  console.log(`Wrote ${files.size} files to public/data.`);
});
