/** `npm run data:build`: compiles data/ into public/data, deterministically. */
import { mkdirSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildPublicData } from './lib/build.ts';
import { loadSources } from './lib/sources.ts';
import { repoRoot, runMain } from './lib/cli.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

runMain(() => {
  const root = repoRoot();
  const files = buildPublicData(loadSources(root));
  const out = join(root, 'public', 'data');
  mkdirSync(out, { recursive: true });
  // Remove what the build no longer makes, so public/data is exactly the build.
  for (const path of listFiles(out)) {
    if (!files.has(relative(out, path))) rmSync(path);
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  console.log(`Wrote ${files.size} files to public/data.`);
});
