/**
 * `npm run test:browser [-- FILE...]`: the browser tests alone, exactly as
 * `npm test` runs them: a production build in test-results/dist, then every
 * test/browser/*.test.ts (or the files named) in Chromium, counted the same
 * way. The last line is `N passed, N failed`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/cli.ts';
import { emptyTally, addTally, summaryLines } from './lib/test-report.ts';
import { runBrowserTests } from './lib/test-steps.ts';

const root = repoRoot();
const files = process.argv.slice(2);
const total = emptyTally();
const missing = files.filter((f) => !existsSync(join(root, f)));

if (missing.length > 0) {
  total.failed += 1;
  total.failures.push(`no such test file: ${missing.join(', ')} (paths are relative to the repository root)`);
} else {
  const results = join(root, 'test-results');
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  addTally(total, runBrowserTests(root, results, files.length > 0 ? { files } : {}));
}

console.log('');
for (const line of summaryLines(total)) console.log(line);
process.exitCode = total.failed > 0 ? 1 : 0;
