/**
 * `npm run data:build`: compiles data/ into public/data, deterministically.
 * Everything is built in memory and written to a folder beside public/data;
 * only a build that succeeded as a whole replaces it, so a mistake in the
 * sources never leaves public/data half-built.
 */
import { repoRoot, runMain } from './lib/cli.ts';
import { runDataBuild } from './lib/publish.ts';

runMain(() => {
  console.log(`Wrote ${runDataBuild(repoRoot())} files to public/data.`);
});
