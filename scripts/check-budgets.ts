/**
 * `npm run budgets [-- DIST] [--accept]`: the script budgets of a build
 * (dist/ by default; `npm test` checks its own build). Prints every chunk
 * each budget counts and exits 1 if either is over, naming the chunks that
 * grew. `--accept` records this build's chunk sizes in
 * scripts/script-budgets.json (the limits stay as they are), for when growth
 * is deliberate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, runMain } from './lib/cli.ts';
import { acceptSizes, budgetFileSchema, checkBudgets, measureBuild } from './lib/budgets.ts';

runMain(() => {
  const root = repoRoot();
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { accept: { type: 'boolean', default: false } } });
  const dist = resolve(positionals[0] ?? join(root, 'dist'));
  const budgetPath = join(root, 'scripts', 'script-budgets.json');
  const budget = budgetFileSchema.parse(JSON.parse(readFileSync(budgetPath, 'utf8')));
  const measured = measureBuild(dist);

  console.log(`Script budgets of ${dist} (gzip level 9, 1 KiB = 1,024 bytes)`);
  for (const [label, chunks] of [
    ['first page', measured.firstPage],
    ['all views', measured.allViews],
  ] as const) {
    console.log(`\n${label}:`);
    for (const c of [...chunks].sort((a, b) => b.gzipKiB - a.gzipKiB)) console.log(`  ${c.gzipKiB.toFixed(1).padStart(6)} KiB  ${c.file}`);
  }
  console.log('');
  const result = checkBudgets(measured, budget);
  for (const line of result.lines) console.log(line);
  if (values.accept) {
    writeFileSync(budgetPath, `${JSON.stringify(acceptSizes(measured, budget), null, 2)}\n`);
    console.log(`\nRecorded this build's chunk sizes in ${budgetPath}.`);
  }
  if (!result.ok) process.exitCode = 1;
});
