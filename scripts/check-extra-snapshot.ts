/**
 * `npm run check:extra-snapshot`: proves that adding a quarter breaks no
 * test. In a temporary copy of the repository (outside it, its node_modules
 * linked, not copied) it adds a SYNTHETIC snapshot newer than every real one
 * (scripts/lib/extra-snapshot.ts), with its made-up document in a temporary
 * copy of the seeds; runs `npm run data:build` there; checks that every real
 * snapshot's files are unchanged byte for byte; then runs the complete
 * `npm test -- --seeds <the copy>` there. Its last line is that run's
 * `N passed, N failed`; it exits non-zero unless everything passed.
 *
 * Not part of `npm test`: it runs the whole suite a second time.
 *
 *   npm run check:extra-snapshot [-- --seeds DIR] [--keep] [--prepare-only]
 *
 * --seeds DIR      the real seed documents (as for npm test; default ../shared/seeds)
 * --keep           keep the temporary copy afterwards and say where it is
 * --prepare-only   set the copy up, build its data, and stop (implies --keep),
 *                  to run single test files there by hand
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot, runMain } from './lib/cli.ts';
import { addExtraSnapshot, EXTRA_SNAPSHOT } from './lib/extra-snapshot.ts';
import { requireSeedsDir, seedsArg } from './lib/seeds.ts';
import { loadSources } from './lib/sources.ts';

/** Top-level entries not copied: installed packages (linked instead), git's store, and build and test output. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'test-results']);
/**
 * Caches inside node_modules that tools write to (TypeScript's build info,
 * Vite's and Vitest's caches): the copy gets its own, so it never disturbs
 * the repository's.
 */
const OWN_CACHES = new Set(['.cache', '.vite', '.vite-temp', '.tmp']);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function run(command: string, args: string[], cwd: string): void {
  console.log(`\n$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
}

/** Runs npm test, showing its output as it comes, and returns its exit status and last line. */
function npmTest(cwd: string, seeds: string): Promise<{ status: number | null; last: string }> {
  const args = ['test', '--', '--seeds', seeds];
  console.log(`\n$ npm ${args.join(' ')}   (in ${cwd})`);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4096);
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const lines = tail.split('\n').filter((l) => l.trim() !== '');
      resolve({ status, last: lines[lines.length - 1] ?? '' });
    });
  });
}

runMain(async () => {
  const argv = process.argv.slice(2);
  const known = new Set(['--keep', '--prepare-only']);
  const unknown = argv.filter((a, i) => !known.has(a) && a !== '--seeds' && !a.startsWith('--seeds=') && argv[i - 1] !== '--seeds');
  if (unknown.length > 0) throw new Error(`check:extra-snapshot takes --seeds DIR, --keep and --prepare-only, not: ${unknown.join(' ')}`);
  const prepareOnly = argv.includes('--prepare-only');
  const keep = prepareOnly || argv.includes('--keep');
  seedsArg(argv); // says plainly when --seeds has no folder
  const realSeeds = requireSeedsDir(argv, process.env);
  const root = repoRoot();
  const real = loadSources(root);

  const temp = mkdtempSync(join(tmpdir(), 'csp-extra-snapshot-'));
  const copy = join(temp, 'repo');
  // Beside the copy as ../shared/seeds, where the scripts look by default; --seeds names it too.
  const seeds = join(temp, 'shared', 'seeds');
  try {
    cpSync(root, copy, { recursive: true, filter: (src) => !NOT_COPIED.has(relative(root, src)) });
    mkdirSync(join(copy, 'node_modules'));
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (!OWN_CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
    }
    cpSync(realSeeds, seeds, { recursive: true });
    chmodSync(seeds, 0o755); // a read-only seeds folder is copied read-only
    const figures = addExtraSnapshot(copy, seeds, real);
    console.log(`Added the SYNTHETIC snapshot ${EXTRA_SNAPSHOT.id} (${figures.length} figures) to ${copy}`);

    run('npm', ['run', 'data:build'], copy);

    // The real snapshots are as the repository publishes them, byte for byte; the synthetic one is the newest.
    const manifest = JSON.parse(readFileSync(join(copy, 'public', 'data', 'manifest.json'), 'utf8')) as { defaultSnapshot: string };
    if (manifest.defaultSnapshot !== EXTRA_SNAPSHOT.id) {
      throw new Error(`the copy's default snapshot is ${manifest.defaultSnapshot}, not the synthetic ${EXTRA_SNAPSHOT.id}`);
    }
    const changed: string[] = [];
    for (const doc of real.documents) {
      const dir = join(root, 'public', 'data', doc.snapshotId);
      for (const file of listFiles(dir)) {
        const path = relative(join(root, 'public', 'data'), file);
        const there = join(copy, 'public', 'data', path);
        if (!existsSync(there) || !readFileSync(there).equals(readFileSync(file))) changed.push(path);
      }
    }
    if (changed.length > 0) throw new Error(`adding a snapshot changed real published files: ${changed.join(', ')}`);
    console.log(`Every file of the ${real.documents.length} real snapshots is unchanged.`);

    if (prepareOnly) {
      console.log(`\nPrepared. Run tests there, e.g.: cd ${copy} && npm test -- --seeds ${seeds}`);
      return;
    }
    const result = await npmTest(copy, seeds);
    console.log(
      `\ncheck:extra-snapshot: npm test with the SYNTHETIC snapshot ${EXTRA_SNAPSHOT.id} as the newest ended with exit ${result.status}:`,
    );
    console.log(result.last);
    if (result.status !== 0) process.exitCode = 1;
  } finally {
    if (keep) console.log(`The copy is kept at ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
});
