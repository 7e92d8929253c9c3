/**
 * A temporary copy of the repository, for browser tests that build the
 * dashboard from data other than the repository's own (a synthetic quarter,
 * a second partnership). The copy lives outside the repository, shares its
 * node_modules by a symlink, and runs the same commands an analyst runs; the
 * repository itself is only ever read.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './harness.ts';

/** What a build of the dashboard needs besides data/ and node_modules. */
const COPIED = [
  'src',
  'scripts',
  'public',
  'index.html',
  'package.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
];

/** A command is stopped here: every one of them takes seconds. */
const COMMAND_TIMEOUT_MS = 180_000;

/**
 * Copies the repository into `dir` with `data` as its data/ folder (the
 * repository's own by default). The scripts find their root from their own
 * place, so the copy's commands read and write only the copy.
 */
export function copyRepository(dir: string, data: string = join(ROOT, 'data')): string {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  cpSync(data, join(dir, 'data'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs a command in `cwd`; a failure throws with everything the command printed, so the test report says why. */
export function run(cwd: string, command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd,
        encoding: 'utf8',
        timeout: COMMAND_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${error.message}\n${stdout}${stderr}`));
        else resolve(`${stdout}${stderr}`);
      },
    );
  });
}

/** `npm run <script> -- <args>`, exactly as data/README.md tells an analyst to type it. */
export function npmRun(cwd: string, script: string, args: readonly string[] = []): Promise<string> {
  return run(cwd, 'npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])]);
}

/**
 * The production build of the copy, as `npm test` builds the repository's
 * (vite alone: `tsc -b` would write its incremental state into the shared
 * node_modules). Returns the folder built.
 */
export async function viteBuild(cwd: string): Promise<string> {
  const dist = join(cwd, 'dist');
  await run(cwd, process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir']);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`vite build wrote no ${dist}/index.html`);
  return dist;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every file under `dir`, by its path relative to `dir`, with its sha256. */
export function treeHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), sha256(path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Every file under `dir` whose text matches `pattern`, for a check that a build holds no trace of another partnership. */
export function filesMatching(dir: string, pattern: RegExp): string[] {
  return [...treeHashes(dir).keys()].filter((path) => pattern.test(readFileSync(join(dir, path), 'utf8')));
}
