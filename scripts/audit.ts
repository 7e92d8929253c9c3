/**
 * `npm run audit [-- --runs N] [--views a,b] [--dist DIR ...]`: builds the app
 * (or takes the builds named by --dist), serves each gzip-compressed as a
 * static host would (scripts/lib/static-server.ts), and runs Lighthouse's
 * mobile preset (an emulated mid-range phone on a slow 4G connection,
 * simulated) on every view. It prints, per build, the table issue 10 reports
 * (view | performance | LCP | TBT, then CLS and the other three categories)
 * from each view's better run (the run with the higher performance score,
 * as the issue measured; the other categories are their lowest in any run, so
 * a failure is never hidden), then the medians of the N runs (2 by default)
 * with FCP. With several --dist, the
 * builds are audited in turn within each run, so they share the machine's
 * load alike. Lighthouse is fetched on first use and is not a dependency of
 * the project. It asserts nothing: it prints figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, runMain } from './lib/cli.ts';
import {
  CATEGORIES,
  ensureLighthouse,
  LIGHTHOUSE_VERSION,
  median,
  runLighthouse,
  startChromium,
  type AuditFigures,
} from './lib/lighthouse.ts';
import { startStaticServer, type StaticServer } from './lib/static-server.ts';
import { auditedViews, type AuditedView } from './lib/audit-views.ts';

interface Target {
  dist: string;
  views: AuditedView[];
  server?: StaticServer;
  /** View name → one result per run. */
  results: Map<string, AuditFigures[]>;
}

runMain(async () => {
  const root = repoRoot();
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '2' }, dist: { type: 'string', multiple: true }, views: { type: 'string' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of runs, not ${values.runs}`);

  const dists = (values.dist ?? []).map((d) => resolve(d));
  if (dists.length === 0) {
    const dist = join(root, '.cache', 'audit-dist');
    console.log('Building the app into', dist);
    const args = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'];
    if (spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status !== 0)
      throw new Error('the build failed, so nothing was audited');
    dists.push(dist);
  }
  const entry = ensureLighthouse(root);
  const targets: Target[] = dists.map((dist) => {
    const views = auditedViews(
      readFileSync(join(dist, 'data', 'partnership.json'), 'utf8'),
      readFileSync(join(dist, 'index.html'), 'utf8'),
      values.views?.split(','),
    );
    return { dist, views, results: new Map(views.map((v) => [v.name, []])) };
  });

  const reports = join(root, 'test-results', 'audit');
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });

  const load = [loadavg()[0] ?? 0];
  try {
    for (const target of targets) target.server = await startStaticServer({ root: target.dist });
    // Runs are interleaved across views and builds, so a burst of load elsewhere on the machine spreads over all of them.
    for (let run = 1; run <= runs; run += 1) {
      for (const [t, target] of targets.entries()) {
        const chromium = await startChromium();
        try {
          for (const view of target.views) {
            const url = new URL(view.path, target.server?.url).href;
            const figures = await runLighthouse(entry, url, chromium.port);
            target.results.get(view.name)?.push(figures);
            writeFileSync(join(reports, `${t + 1}-${view.name.replace(/\W+/g, '-')}-${run}.json`), figures.report);
            const s = figures.scores;
            console.log(
              `run ${run}/${runs} ${basename(target.dist).padEnd(12)} ${view.name.padEnd(14)} perf ${s.performance} a11y ${s.accessibility}` +
                ` bp ${s['best-practices']} seo ${s.seo}  LCP ${ms(figures.metrics.LCP)} TBT ${ms(figures.metrics.TBT)}` +
                ` CLS ${figures.metrics.CLS?.toFixed(3) ?? '–'} (benchmark index ${Math.round(figures.benchmarkIndex)})`,
            );
          }
        } finally {
          await chromium.stop();
        }
      }
      load.push(loadavg()[0] ?? 0);
    }
  } finally {
    for (const target of targets) await target.server?.stop();
  }

  const all = targets.flatMap((t) => [...t.results.values()].flat());
  console.log('');
  console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset (simulated throttling), gzip-compressed static host, ${runs} run(s).`);
  console.log(
    `Machine: ${cpus().length} cores, 1-minute load average ${Math.min(...load).toFixed(1)} to ${Math.max(...load).toFixed(1)} during the runs; ` +
      `Lighthouse benchmark index median ${fmt(median(all.map((f) => f.benchmarkIndex)))}.`,
  );
  for (const target of targets) printTable(target);
  console.log(`\nFull reports of each run: ${reports}`);
});

/** The run with the higher performance score (then the shorter TBT): "better of two runs", as issue 10 measured. */
function best(all: readonly AuditFigures[]): AuditFigures | null {
  const key = (f: AuditFigures) => [f.scores.performance ?? -1, -(f.metrics.TBT ?? Infinity)] as const;
  let winner: AuditFigures | null = null;
  for (const f of all) {
    if (!winner) winner = f;
    else {
      const [p, t] = key(f);
      const [wp, wt] = key(winner);
      if (p > wp || (p === wp && t > wt)) winner = f;
    }
  }
  return winner;
}

function cls(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

function printTable(target: Target): void {
  console.log(`\n${target.dist}`);
  console.log(`\nBetter of ${runs(target)} run(s) (accessibility, best practices and SEO: the lowest in any run):\n`);
  console.log('| view | performance | LCP | TBT | CLS | accessibility | best practices | SEO |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const view of target.views) {
    const all = target.results.get(view.name) ?? [];
    const b = best(all);
    const lowest = (c: (typeof CATEGORIES)[number]) => {
      const v = numbers(all.map((f) => f.scores[c]));
      return fmt(v.length === 0 ? null : Math.min(...v));
    };
    console.log(
      `| ${view.name} | ${fmt(b?.scores.performance ?? null)} | ${ms(b?.metrics.LCP ?? null)} | ${ms(b?.metrics.TBT ?? null)} | ` +
        `${cls(b?.metrics.CLS ?? null)} | ${lowest('accessibility')} | ${lowest('best-practices')} | ${lowest('seo')} |`,
    );
  }
  console.log(`\nMedians of ${runs(target)} run(s):\n`);
  console.log('| view | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const view of target.views) {
    const all = target.results.get(view.name) ?? [];
    const scores = CATEGORIES.map((c) => fmt(median(numbers(all.map((f) => f.scores[c])))));
    const m = (k: keyof AuditFigures['metrics']) => median(numbers(all.map((f) => f.metrics[k])));
    console.log(`| ${view.name} | ${scores.join(' | ')} | ${ms(m('FCP'))} | ${ms(m('LCP'))} | ${ms(m('TBT'))} | ${cls(m('CLS'))} |`);
  }
  const failing = new Map<string, Set<string>>();
  for (const [name, all] of target.results) {
    for (const f of all) for (const a of f.failing) failing.set(a, (failing.get(a) ?? new Set()).add(name));
  }
  if (failing.size > 0) {
    console.log('\nAudits scoring below 0.9 in some run:');
    for (const [audit, names] of failing) console.log(`  ${audit} (${[...names].join(', ')})`);
  }
}

function runs(target: Target): number {
  return Math.max(0, ...[...target.results.values()].map((r) => r.length));
}

function numbers(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function fmt(value: number | null): string {
  return value === null ? '–' : String(Math.round(value));
}

function ms(value: number | null): string {
  if (value === null) return '–';
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}
