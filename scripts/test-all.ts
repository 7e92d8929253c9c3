/**
 * `npm test`: every check the project has, in one command. Type-check, lint,
 * format check and the data check count as one test each; unit tests (vitest) and browser
 * tests (node:test + Chromium) count one per test. The last line is the
 * summary CI reads: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/cli.ts';

const root = repoRoot();
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}, timeout?: number): boolean {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    timeout,
    killSignal: 'SIGKILL',
  });
  if (r.error) console.log(`${label}: ${r.error.message}`);
  return r.status === 0;
}

function step(label: string, args: string[]): void {
  if (run(label, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

step('type-check', ['node_modules/typescript/bin/tsc', '-b']);
step('lint', ['node_modules/eslint/bin/eslint.js', '.']);
step('format check', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn']);
step('data check (provenance, build, schemas)', ['node_modules/tsx/dist/cli.mjs', 'scripts/data-check.ts', ...process.argv.slice(2)]);

// Unit tests: counts come from vitest's JSON report, not its console summary.
const vitestJson = join(results, 'vitest.json');
const unitOk = run('unit tests (vitest, jsdom)', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
try {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; success: boolean };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push('unit tests');
  if (!unitOk && report.numFailedTests === 0) {
    failed += 1;
    failures.push('unit test run (a file failed to load)');
  }
} catch {
  failed += 1;
  failures.push('unit tests (no report)');
}

// Browser tests run against the production build, as users get it.
const dist = join(results, 'dist');
if (!run('build', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'])) {
  failed += 1;
  failures.push('build');
} else {
  const tap = join(results, 'browser.tap');
  const files = readdirSync(join(root, 'test', 'browser'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join('test', 'browser', f));
  run(
    'browser tests (Chromium)',
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      // A test that hangs fails after two minutes; the whole run is bounded below.
      '--test-timeout=120000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { CSP_DIST: dist },
    // Not --test-force-exit, which cuts the TAP report short: a file that leaves a handle open is stopped here instead.
    30 * 60 * 1000,
  );
  try {
    const text = readFileSync(tap, 'utf8');
    const pass = Number(/^# pass (\d+)$/m.exec(text)?.[1] ?? NaN);
    const fail = Number(/^# fail (\d+)$/m.exec(text)?.[1] ?? NaN);
    if (Number.isNaN(pass) || Number.isNaN(fail)) throw new Error('no summary');
    passed += pass;
    failed += fail;
    if (fail > 0) failures.push('browser tests');
  } catch {
    failed += 1;
    failures.push('browser tests (no report)');
  }
}

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
