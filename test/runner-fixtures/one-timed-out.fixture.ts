// A fixture for the runner's own test (see README.md): one test passes, one runs past its own timeout.
import { test } from 'node:test';

test('passes', () => {});

test('runs past its own timeout', { timeout: 250 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 3_000));
});
