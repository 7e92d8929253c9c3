/**
 * Counting test results honestly. A test counts as passed only when its
 * runner says it passed; a timeout, a cancellation, a crash, a file that
 * failed to load, a missing or unreadable report, and a step that exits
 * non-zero with nothing else to show for it all count as failed. Skipped and
 * todo tests count neither way and are shown beside the summary.
 *
 * Reports are untrusted input like any other: each is validated with zod
 * before a number is read from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  /** One line per failure, naming the test or step and how it failed. */
  failures: string[];
}

export function emptyTally(): Tally {
  return { passed: 0, failed: 0, skipped: 0, todo: 0, failures: [] };
}

export function addTally(into: Tally, from: Tally): void {
  into.passed += from.passed;
  into.failed += from.failed;
  into.skipped += from.skipped;
  into.todo += from.todo;
  into.failures.push(...from.failures);
}

export class ReportError extends Error {}

/** Reads and parses a JSON report; a missing, empty or truncated file is a ReportError. */
export function readJsonReport(path: string): unknown {
  if (!existsSync(path)) throw new ReportError(`no report at ${path}`);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReportError(`report ${path} is not complete JSON (${text.length} bytes): ${e instanceof Error ? e.message : String(e)}`);
  }
}

function validate<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ReportError(`${what} is not in the expected shape: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function firstLine(text: string | undefined): string {
  const line = (text ?? '').trim().split('\n')[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

// ---------------------------------------------------------------- vitest

const vitestStatus = z.enum(['passed', 'failed', 'skipped', 'pending', 'todo', 'disabled']);
const vitestReportSchema = z.object({
  numTotalTests: z.number().int().nonnegative(),
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['passed', 'failed']),
      message: z.string(),
      assertionResults: z.array(
        z.object({
          fullName: z.string(),
          status: vitestStatus,
          failureMessages: z.array(z.string()).nullable(),
        }),
      ),
    }),
  ),
});

/** Counts vitest's JSON report (`--reporter=json`), one per test; `root` shortens the file names in failures. */
export function tallyVitest(raw: unknown, root: string): Tally {
  const report = validate(vitestReportSchema, raw, "vitest's JSON report");
  const t = emptyTally();
  let seen = 0;
  for (const file of report.testResults) {
    const name = relative(root, file.name);
    let failedHere = 0;
    for (const test of file.assertionResults) {
      seen += 1;
      switch (test.status) {
        case 'passed':
          t.passed += 1;
          break;
        case 'skipped':
        case 'disabled':
          t.skipped += 1;
          break;
        case 'todo':
          t.todo += 1;
          break;
        case 'failed':
        case 'pending': // still running when the report was written: it did not pass
          failedHere += 1;
          t.failures.push(
            `${name} › ${test.fullName}: ${test.status === 'pending' ? 'did not finish' : firstLine(test.failureMessages?.[0])}`,
          );
          break;
      }
    }
    t.failed += failedHere;
    // A file that failed without a failed test failed to load or to finish: that is a failure of its own.
    if (file.status === 'failed' && failedHere === 0) {
      t.failed += 1;
      t.failures.push(`${name}: ${firstLine(file.message) || 'the file failed'}`);
    }
  }
  if (seen !== report.numTotalTests) {
    throw new ReportError(`vitest's JSON report lists ${seen} tests but says it ran ${report.numTotalTests}`);
  }
  return t;
}

// ------------------------------------------------------------- node:test

/** What scripts/lib/node-test-reporter.ts writes: one record per test:pass or test:fail event, in order. */
// node-test-reporter.mjs writes this literal; the fixture runs in test-report.test.ts prove the two agree.
export const NODE_TEST_REPORT_FORMAT = 'csp-node-test-report/1';

const nodeTestRecordSchema = z.object({
  name: z.string(),
  file: z.string().nullable(),
  nesting: z.number().int().nonnegative(),
  passed: z.boolean(),
  suite: z.boolean(),
  skip: z.boolean(),
  todo: z.boolean(),
  durationMs: z.number().nonnegative(),
  error: z
    .object({
      code: z.string().optional(),
      failureType: z.string().optional(),
      message: z.string(),
    })
    .optional(),
});
const nodeTestReportSchema = z.object({
  format: z.literal(NODE_TEST_REPORT_FORMAT),
  complete: z.literal(true),
  tests: z.array(nodeTestRecordSchema),
});
export type NodeTestRecord = z.infer<typeof nodeTestRecordSchema>;
export type NodeTestReport = z.infer<typeof nodeTestReportSchema>;

/** node:test's failure types, in words. */
const FAILURE_WORDS: Record<string, string> = {
  testTimeoutFailure: 'timed out',
  cancelledByParent: 'cancelled: it had not finished when its suite or file ended',
  hookFailed: 'a before/after hook failed',
  subtestsFailed: 'subtests failed',
  testCodeFailure: 'failed',
  parentAlreadyFinished: 'ran after its suite had finished',
  uncaughtException: 'uncaught exception',
  unhandledRejection: 'unhandled promise rejection',
};

/**
 * Failure types that only repeat what the tests inside already said: a suite
 * whose subtests failed, or whose `before` hook failed and cancelled its
 * tests. Counted through those tests, not again.
 */
const DERIVED = new Set(['subtestsFailed', 'hookFailed']);

export interface NodeTestOptions {
  /** Shortens file names in failures. */
  root: string;
  /** The files the run was given: each must report at least one test, or it counts as a failure. Relative to root. */
  files?: readonly string[];
}

/**
 * Counts a node:test run from the records of node-test-reporter.ts. node:test
 * reports a suite or test after everything nested inside it, so a failure
 * can be checked against the failures already counted beneath it.
 *
 * When a file's own process fails (a crash, its time limit), node:test
 * reports the file itself as a test named after the file. When the parent
 * sees no test from a file at all, it reports the file as one passing test,
 * even if the file exited halfway through its first test: that is counted
 * as a failure, "reported no tests", never as a pass.
 *
 * A test's `file` is where `test()` was called, which for a helper such as
 * the browser harness's `test` is the helper's file; so a test is credited
 * to the file of its top-level suite, which node:test reports after it.
 */
export function tallyNodeTest(raw: unknown, options: NodeTestOptions): Tally {
  const report = validate(nodeTestReportSchema, raw, 'the node:test report');
  const t = emptyTally();
  const path = (file: string) => resolve(options.root, file);
  const isFileEntry = (r: NodeTestRecord) => r.file !== null && r.nesting === 0 && path(r.name) === path(r.file);
  // fileOf[i]: the file of the top-level entry enclosing record i (the next record at nesting 0, or itself).
  const fileOf: (string | null)[] = [];
  let top: string | null = null;
  for (let i = report.tests.length - 1; i >= 0; i -= 1) {
    const r = report.tests[i];
    if (r === undefined) continue;
    if (r.nesting === 0) top = r.file === null ? null : path(r.file);
    fileOf[i] = r.nesting === 0 ? top : (top ?? (r.file === null ? null : path(r.file)));
  }
  const filesWithTests = new Set(report.tests.flatMap((r, i) => (isFileEntry(r) ? [] : [fileOf[i] ?? null])).filter((f) => f !== null));
  const filesToCheck = new Set([...(options.files ?? []), ...report.tests.filter(isFileEntry).map((r) => r.name)].map(path));

  // failedBelow[n]: failures counted at nesting n since the enclosing entry at nesting n - 1 was reported.
  const failedBelow: number[] = [];
  for (const [i, r] of report.tests.entries()) {
    const file = fileOf[i] ?? null;
    const below = failedBelow.slice(r.nesting + 1).reduce((a, b) => a + b, 0);
    failedBelow.length = r.nesting + 1;
    let failedHere = below;
    if (r.todo) t.todo += 1;
    else if (r.skip) t.skipped += 1;
    else if (r.passed) {
      // A suite is a container and a file entry stands in for tests never seen: neither is a passed test.
      if (!r.suite && !isFileEntry(r)) t.passed += 1;
    } else if (!(below > 0 && DERIVED.has(r.error?.failureType ?? ''))) {
      t.failed += 1;
      failedHere += 1;
      const how = FAILURE_WORDS[r.error?.failureType ?? ''] ?? 'failed';
      const why = firstLine(r.error?.message);
      const name = isFileEntry(r)
        ? `${relative(options.root, r.name)} (the file)`
        : `${file ? `${relative(options.root, file)} › ` : ''}${r.name}`;
      t.failures.push(`${name}: ${how}${why && why !== how ? ` (${why})` : ''}`);
    }
    failedBelow[r.nesting] = (failedBelow[r.nesting] ?? 0) + failedHere;
  }
  for (const file of filesToCheck) {
    // A file that failed as a whole is already counted; one that passed without a test, or never appeared, is not.
    const failedAsFile = report.tests.some((r) => isFileEntry(r) && path(r.name) === file && !r.passed);
    if (!filesWithTests.has(file) && !failedAsFile) {
      t.failed += 1;
      t.failures.push(`${relative(options.root, file)}: reported no tests (an empty file, or one that exited before its tests reported)`);
    }
  }
  return t;
}

// ---------------------------------------------------------------- steps

/** How a step's process ended. */
export interface Exit {
  status: number | null;
  signal: string | null;
  /** Set when the process could not be started or was stopped (e.g. its time limit). */
  error?: string;
}

export function exitOk(exit: Exit): boolean {
  return exit.status === 0 && exit.signal === null && exit.error === undefined;
}

function describeExit(exit: Exit): string {
  if (exit.error) return exit.error;
  if (exit.signal) return `was stopped by ${exit.signal}`;
  return `exited with status ${exit.status}`;
}

/**
 * A step with a report: its tests are counted from the report, and its exit
 * status is honoured. A report that cannot be read is a failure; a step that
 * failed while its report shows no failure adds one, naming the step.
 */
export function settleStep(label: string, exit: Exit, count: () => Tally): Tally {
  let t: Tally;
  try {
    t = count();
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    t = emptyTally();
    t.failed += 1;
    t.failures.push(`${label}: ${e.message}`);
  }
  if (!exitOk(exit) && t.failed === 0) {
    t.failed += 1;
    t.failures.push(`${label}: ${describeExit(exit)} though no test in its report failed`);
  }
  return t;
}

/** A step that is one test: it passed if it exited 0. */
export function settleCheck(label: string, exit: Exit): Tally {
  const t = emptyTally();
  if (exitOk(exit)) t.passed += 1;
  else {
    t.failed += 1;
    t.failures.push(`${label}: ${describeExit(exit)}`);
  }
  return t;
}

/**
 * The closing lines. The last is exactly `N passed, N failed`, which CI
 * greps for; skipped and todo tests are named on the line before it.
 */
export function summaryLines(t: Tally): string[] {
  const lines: string[] = [];
  if (t.failures.length > 0) {
    lines.push(`Failed (${t.failures.length}):`, ...t.failures.map((f) => `  - ${f}`));
  }
  lines.push(`(${t.skipped} skipped, ${t.todo} todo: not run, so counted neither passed nor failed)`);
  lines.push(`${t.passed} passed, ${t.failed} failed`);
  return lines;
}
