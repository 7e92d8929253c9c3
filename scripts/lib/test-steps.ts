/**
 * The steps of `npm test` and `npm run test:browser`, each run as a child
 * process and settled into a Tally by test-report.ts. Each step deletes its
 * report before it starts, so a report left by an earlier run is never read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  addTally,
  emptyTally,
  readJsonReport,
  settleCheck,
  settleStep,
  tallyNodeTest,
  tallyVitest,
  type Exit,
  type Tally,
} from './test-report.ts';

export interface StepOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Stops the step with SIGKILL after this long. */
  timeoutMs?: number;
  /** Capture the output instead of printing it (for the runner's own test). */
  quiet?: boolean;
}

export interface StepRun extends Exit {
  /** The captured output, when quiet. */
  output: string;
}

export function runNode(label: string, args: string[], options: StepOptions): StepRun {
  if (!options.quiet) console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, ...options.env },
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let error: string | undefined;
  if (r.error) {
    const timedOut = 'code' in r.error && r.error.code === 'ETIMEDOUT';
    error = timedOut ? `was stopped at its time limit of ${Math.round((options.timeoutMs ?? 0) / 1000)} s` : r.error.message;
    if (!options.quiet) console.log(`${label}: ${error}`);
  }
  return { status: r.status, signal: r.signal, error, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** A step that counts as one test: type-check, lint, format, data check. */
export function runCheck(label: string, args: string[], options: StepOptions): Tally {
  return settleCheck(label, runNode(label, args, options));
}

function freshReport(path: string): void {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
}

/** Unit tests: one count per test, from vitest's JSON report rather than its console summary. */
export function runVitest(label: string, reportFile: string, options: StepOptions, extraArgs: string[] = []): Tally {
  freshReport(reportFile);
  const exit = runNode(
    label,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...extraArgs],
    options,
  );
  return settleStep(label, exit, () => tallyVitest(readJsonReport(reportFile), options.cwd));
}

/** The reporter that writes the JSON report tallyNodeTest reads. */
export const NODE_TEST_REPORTER = pathToFileURL(join(import.meta.dirname, 'node-test-reporter.mjs')).href;

export interface NodeTestStepOptions extends StepOptions {
  /**
   * node:test's --test-timeout. On Node 20 it also bounds each file as a
   * whole, so it is a backstop well above any file's total; each test sets
   * its own timeout.
   */
  fileTimeoutMs?: number;
}

/** node:test files, one file at a time, one count per test, from node-test-reporter.ts's report. */
export function runNodeTests(label: string, files: string[], reportFile: string, options: NodeTestStepOptions): StepRun & { tally: Tally } {
  freshReport(reportFile);
  const run = runNode(
    label,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      ...(options.fileTimeoutMs ? [`--test-timeout=${options.fileTimeoutMs}`] : []),
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${NODE_TEST_REPORTER}`,
      `--test-reporter-destination=${reportFile}`,
      ...files,
    ],
    options,
  );
  const tally = settleStep(label, run, () => tallyNodeTest(readJsonReport(reportFile), { root: options.cwd, files }));
  return { ...run, tally };
}

/** The browser test files: test/browser/*.test.ts and nothing else (the runner's fixtures live elsewhere). */
export function browserTestFiles(root: string): string[] {
  return readdirSync(join(root, 'test', 'browser'))
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => join('test', 'browser', f));
}

/** A browser file takes at most a few minutes; a file past this is stuck, and is reported as timed out. */
export const BROWSER_FILE_TIMEOUT_MS = 15 * 60 * 1000;
/** The whole browser run is stopped here, so CI always reaches its summary. */
export const BROWSER_RUN_TIMEOUT_MS = 40 * 60 * 1000;

/**
 * Builds the app into `<results>/dist` and runs the browser tests against
 * that build, as users get it; with `budgets`, first checks the build's
 * script budgets (scripts/check-budgets.ts), one test. A failed build is a
 * failure, and nothing else is run.
 */
export function runBrowserTests(
  root: string,
  results: string,
  options: { env?: NodeJS.ProcessEnv; files?: string[]; budgets?: boolean } = {},
): Tally {
  const t = emptyTally();
  const dist = join(results, 'dist');
  const build = runCheck('build', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    env: options.env,
  });
  if (build.failed > 0) {
    t.failed += 1;
    t.failures.push(`${build.failures.join('; ')} (so the ${options.budgets ? 'script budgets and the ' : ''}browser tests were not run)`);
    return t;
  }
  if (options.budgets) {
    addTally(
      t,
      runCheck('script budgets (gzip JavaScript)', ['node_modules/tsx/dist/cli.mjs', 'scripts/check-budgets.ts', dist], {
        cwd: root,
        env: options.env,
      }),
    );
  }
  const run = runNodeTests('browser tests (Chromium)', options.files ?? browserTestFiles(root), join(results, 'browser.json'), {
    cwd: root,
    env: { ...options.env, CSP_DIST: dist },
    fileTimeoutMs: BROWSER_FILE_TIMEOUT_MS,
    timeoutMs: BROWSER_RUN_TIMEOUT_MS,
  });
  addTally(t, run.tally);
  return t;
}
