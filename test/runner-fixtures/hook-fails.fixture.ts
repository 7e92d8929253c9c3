// A fixture for the runner's own test (see README.md): a before hook fails, so the suite's tests are cancelled.
import { before, describe, it, test } from 'node:test';

describe('a suite whose set-up fails', () => {
  before(() => {
    throw new Error('set-up failed');
  });
  it('never gets to run', () => {});
  it('nor does this', () => {});
});

test('a test outside it passes', () => {});
