// @ts-check
/**
 * A node:test reporter that records every test's outcome as JSON, for
 * scripts/lib/test-report.ts to validate and count. Use it with
 * `--test-reporter=<this file> --test-reporter-destination=FILE`.
 *
 * It writes nothing until the run ends and then writes one JSON document
 * marked complete, so a run that is killed leaves no report or a truncated
 * one, and either is counted as a failure. It only records; deciding what
 * counts as passed is test-report.ts's job, where it can be tested.
 *
 * Plain JavaScript because node:test loads reporters before `--import tsx`
 * has registered, so a .ts reporter cannot load on Node 20. Type-checked
 * through JSDoc.
 */

/** @typedef {import('node:test/reporters').TestEvent} TestEvent */
/** @typedef {import('./test-report.ts').NodeTestRecord} NodeTestRecord */

/**
 * node:test wraps what a test threw in an ERR_TEST_FAILURE error whose
 * failureType says how it failed and whose cause is the original error.
 * @param {unknown} error
 * @returns {NodeTestRecord['error']}
 */
function describeError(error) {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  /** @param {string} key */
  const text = (key) => {
    const value = Reflect.get(error, key);
    return typeof value === 'string' ? value : undefined;
  };
  const cause = Reflect.get(error, 'cause');
  const causeMessage = typeof cause === 'object' && cause !== null ? Reflect.get(cause, 'message') : cause;
  return {
    code: text('code'),
    failureType: text('failureType'),
    message: typeof causeMessage === 'string' ? causeMessage : (text('message') ?? String(error)),
  };
}

/**
 * @param {AsyncIterable<TestEvent>} source
 * @returns {AsyncGenerator<string, void>}
 */
export default async function* jsonReporter(source) {
  /** @type {NodeTestRecord[]} */
  const tests = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    tests.push({
      name: data.name,
      file: data.file ?? null,
      nesting: data.nesting,
      passed: event.type === 'test:pass',
      suite: data.details.type === 'suite',
      skip: data.skip !== undefined && data.skip !== false,
      todo: data.todo !== undefined && data.todo !== false,
      durationMs: data.details.duration_ms,
      error: event.type === 'test:fail' ? describeError(event.data.details.error) : undefined,
    });
  }
  yield `${JSON.stringify({ format: 'csp-node-test-report/1', complete: true, tests }, null, 1)}\n`;
}
