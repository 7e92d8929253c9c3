// A fixture for the runner's own test (see README.md): the process exits, with status 0, halfway through.
import { test } from 'node:test';

test('passes', () => {});

test('exits the process', () => {
  process.exit(0);
});

test('never runs', () => {});
