/**
 * `npm test`: every check the project has, in one command. Type-check, lint,
 * format check and the data check count as one test each; unit tests (vitest)
 * and browser tests (node:test + Chromium) count one per test. Anything that
 * did not pass counts as failed (see scripts/lib/test-report.ts). The last
 * line is the summary CI reads: `N passed, N failed`.
 *
 * `npm test -- --seeds DIR` says where the seed documents are; every step
 * gets the choice through CSP_SEEDS_DIR.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/cli.ts';
import { resolveSeedsDir, SEEDS_ENV } from './lib/seeds.ts';
import { addTally, emptyTally, summaryLines } from './lib/test-report.ts';
import { runBrowserTests, runCheck, runVitest } from './lib/test-steps.ts';

const root = repoRoot();
const total = emptyTally();
const args = process.argv.slice(2);

let seeds: string | undefined;
try {
  const unknown = args.filter((a, i) => !(a === '--seeds' || a.startsWith('--seeds=') || args[i - 1] === '--seeds'));
  if (unknown.length > 0) throw new Error(`npm test takes only --seeds DIR, not: ${unknown.join(' ')}`);
  seeds = resolveSeedsDir(args, process.env);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  total.failed += 1;
  total.failures.push('npm test: bad arguments');
}

if (seeds !== undefined) {
  const env = { [SEEDS_ENV]: seeds };
  // Start from nothing, so no step can read a report an earlier run left behind.
  const results = join(root, 'test-results');
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });

  const options = { cwd: root, env };
  addTally(total, runCheck('type-check', ['node_modules/typescript/bin/tsc', '-b'], options));
  addTally(total, runCheck('lint', ['node_modules/eslint/bin/eslint.js', '.'], options));
  addTally(total, runCheck('format check', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn'], options));
  addTally(total, runCheck('data check (provenance, build, schemas)', ['node_modules/tsx/dist/cli.mjs', 'scripts/data-check.ts'], options));
  addTally(total, runVitest('unit tests (vitest, jsdom)', join(results, 'vitest.json'), options));
  // Browser tests run against the production build, as users get it; its script budgets are checked first.
  addTally(total, runBrowserTests(root, results, { env, budgets: true }));
}

console.log('');
for (const line of summaryLines(total)) console.log(line);
process.exitCode = total.failed > 0 ? 1 : 0;
