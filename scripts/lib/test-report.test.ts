// @vitest-environment node
/**
 * The runner's own test: a test that did not pass is never counted as passed.
 * The fixture runs spawn node:test on files in test/runner-fixtures/ through
 * runNodeTests, the same function `npm test` runs the browser tests with.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli.ts';
import {
  ReportError,
  readJsonReport,
  settleCheck,
  settleStep,
  summaryLines,
  tallyNodeTest,
  tallyVitest,
  emptyTally,
  type NodeTestRecord,
} from './test-report.ts';
import { browserTestFiles, runNodeTests } from './test-steps.ts';

const ROOT = repoRoot();
const temp = mkdtempSync(join(tmpdir(), 'csp-runner-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function runFixture(name: string) {
  const run = runNodeTests(`fixture ${name}`, [`test/runner-fixtures/${name}.fixture.ts`], join(temp, `${name}.json`), {
    cwd: ROOT,
    quiet: true,
    timeoutMs: 60_000,
  });
  return { ...run, ...run.tally };
}

// Spawning node:test takes a few seconds on a busy machine; this is a bound, not a timed assertion.
const SPAWN = { timeout: 60_000 };

describe('a node:test run, counted as npm test counts it', () => {
  it('counts a test that runs past its own timeout as failed, and the run exits non-zero', SPAWN, () => {
    const run = runFixture('one-timed-out');
    expect(run.status).not.toBe(0);
    expect({ passed: run.passed, failed: run.failed }).toEqual({ passed: 1, failed: 1 });
    expect(run.failures).toEqual([expect.stringMatching(/one-timed-out\.fixture\.ts › runs past its own timeout: timed out/)]);
    expect(summaryLines(run).at(-1)).toBe('1 passed, 1 failed');
  });

  it('counts tests cancelled by a failing before hook as failed, once each', SPAWN, () => {
    const run = runFixture('hook-fails');
    expect(run.status).not.toBe(0);
    expect({ passed: run.passed, failed: run.failed }).toEqual({ passed: 1, failed: 2 });
    expect(run.failures).toEqual([
      expect.stringMatching(/› never gets to run: cancelled/),
      expect.stringMatching(/› nor does this: cancelled/),
    ]);
  });

  it('counts a file that exits halfway, with status 0, as failed', SPAWN, () => {
    const run = runFixture('exits-early');
    expect(run.status).toBe(0);
    expect(run.passed).toBe(0);
    expect(run.failed).toBe(1);
    expect(run.failures).toEqual([expect.stringMatching(/exits-early\.fixture\.ts: reported no tests/)]);
  });

  it('counts passing tests as passed and skipped and todo tests neither way', SPAWN, () => {
    const run = runFixture('skipped-and-todo');
    expect(run.status).toBe(0);
    expect({ passed: run.passed, failed: run.failed, skipped: run.skipped, todo: run.todo }).toEqual({
      passed: 2,
      failed: 0,
      skipped: 1,
      todo: 1,
    });
    expect(summaryLines(run).slice(-2)).toEqual([
      '(1 skipped, 1 todo: not run, so counted neither passed nor failed)',
      '2 passed, 0 failed',
    ]);
  });

  it('never runs the fixtures with the browser tests', () => {
    const files = browserTestFiles(ROOT);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^test\/browser\/[^/]+\.test\.ts$/);
  });
});

describe('a node:test report', () => {
  const record = (r: Partial<NodeTestRecord> & Pick<NodeTestRecord, 'name' | 'nesting'>): NodeTestRecord => ({
    file: null,
    passed: true,
    suite: false,
    skip: false,
    todo: false,
    durationMs: 1,
    ...r,
  });
  const report = (tests: NodeTestRecord[]) => ({ format: 'csp-node-test-report/1', complete: true, tests });

  it("credits a test declared through a helper to its suite's file, and counts the suite's derived failure once", () => {
    const t = tallyNodeTest(
      report([
        record({ name: 'loads', nesting: 1, file: join(ROOT, 'test/browser/harness.ts') }),
        record({
          name: 'hangs',
          nesting: 1,
          file: join(ROOT, 'test/browser/harness.ts'),
          passed: false,
          error: { code: 'ERR_TEST_FAILURE', failureType: 'testTimeoutFailure', message: 'test timed out after 60000ms' },
        }),
        record({
          name: 'a view',
          nesting: 0,
          suite: true,
          file: join(ROOT, 'test/browser/views.test.ts'),
          passed: false,
          error: { failureType: 'subtestsFailed', message: '1 subtest failed' },
        }),
      ]),
      { root: ROOT, files: ['test/browser/views.test.ts'] },
    );
    expect(t).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      todo: 0,
      failures: ['test/browser/views.test.ts › hangs: timed out (test timed out after 60000ms)'],
    });
  });

  it('counts a file the run was given but that reported nothing as failed', () => {
    const t = tallyNodeTest(report([]), { root: ROOT, files: ['test/browser/views.test.ts'] });
    expect(t.failures).toEqual([expect.stringMatching(/^test\/browser\/views\.test\.ts: reported no tests/)]);
  });

  it('rejects a report that is not marked complete', () => {
    expect(() => tallyNodeTest({ format: 'csp-node-test-report/1', tests: [] }, { root: ROOT })).toThrow(ReportError);
  });
});

describe('a step and its report', () => {
  it('adds a failure, naming the step, when it exits non-zero though its report shows none', () => {
    const t = settleStep('unit tests', { status: 1, signal: null }, emptyTally);
    expect(t.failed).toBe(1);
    expect(t.failures).toEqual(['unit tests: exited with status 1 though no test in its report failed']);
  });

  it('adds a failure when it was stopped at its time limit', () => {
    const t = settleStep('browser tests', { status: null, signal: 'SIGKILL', error: 'was stopped at its time limit of 1800 s' }, () => ({
      ...emptyTally(),
      passed: 3,
    }));
    expect({ passed: t.passed, failed: t.failed }).toEqual({ passed: 3, failed: 1 });
  });

  it('counts a missing or truncated report as a failure', () => {
    const truncated = join(temp, 'truncated.json');
    writeFileSync(truncated, '{"format":"csp-node-test-report/1","complete":true,"tests":[{"name":"a"');
    for (const path of [join(temp, 'missing.json'), truncated]) {
      const t = settleStep('browser tests', { status: 0, signal: null }, () => tallyVitest(readJsonReport(path), ROOT));
      expect(t.failed).toBe(1);
      expect(t.failures[0]).toMatch(/^browser tests: (no report at|report .* is not complete JSON)/);
    }
  });

  it('counts a check as one test, passed only on exit status 0', () => {
    expect(settleCheck('lint', { status: 0, signal: null })).toMatchObject({ passed: 1, failed: 0 });
    expect(settleCheck('lint', { status: 2, signal: null })).toMatchObject({
      passed: 0,
      failed: 1,
      failures: ['lint: exited with status 2'],
    });
  });

  it('keeps the last summary line exactly as CI reads it', () => {
    const lines = summaryLines({ passed: 5, failed: 2, skipped: 1, todo: 0, failures: ['a', 'b'] });
    expect(lines.at(-1)).toMatch(/^[0-9]+ passed, [0-9]+ failed$/);
    expect(lines.at(-1)).toBe('5 passed, 2 failed');
  });
});

describe("vitest's JSON report", () => {
  const file = (name: string, status: 'passed' | 'failed', tests: [string, string][], message = '') => ({
    name: join(ROOT, name),
    status,
    message,
    assertionResults: tests.map(([fullName, s]) => ({
      fullName,
      status: s,
      failureMessages: s === 'failed' ? ['expected 1 to be 2\n  at …'] : [],
    })),
  });

  it('counts every outcome that is not a pass or a skip as failed', () => {
    const t = tallyVitest(
      {
        numTotalTests: 6,
        testResults: [
          file('a.test.ts', 'failed', [
            ['one', 'passed'],
            ['two', 'failed'],
            ['three', 'pending'],
            ['four', 'skipped'],
            ['five', 'todo'],
          ]),
          file('b.test.ts', 'passed', [['six', 'passed']]),
        ],
      },
      ROOT,
    );
    expect(t).toEqual({
      passed: 2,
      failed: 2,
      skipped: 1,
      todo: 1,
      failures: ['a.test.ts › two: expected 1 to be 2', 'a.test.ts › three: did not finish'],
    });
  });

  it('counts a file that failed to load as a failure', () => {
    const t = tallyVitest({ numTotalTests: 0, testResults: [file('c.test.ts', 'failed', [], 'Cannot find module ./gone')] }, ROOT);
    expect(t.failures).toEqual(['c.test.ts: Cannot find module ./gone']);
  });

  it('rejects a report in another shape, or one that does not add up', () => {
    expect(() => tallyVitest({ numPassedTests: 10, numFailedTests: 0 }, ROOT)).toThrow(ReportError);
    expect(() => tallyVitest({ numTotalTests: 2, testResults: [file('b.test.ts', 'passed', [['six', 'passed']])] }, ROOT)).toThrow(
      /lists 1 tests but says it ran 2/,
    );
  });
});
