/**
 * `npm run bench`: prints timings; asserts nothing. Inputs are the bundled
 * snapshots and SYNTHETIC tables scaled far beyond Charnwood's size (clearly
 * made up, for measuring only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPublicData } from '../scripts/lib/build.ts';
import { loadSources } from '../scripts/lib/sources.ts';
import { repoRoot } from '../scripts/lib/cli.ts';
import { validateDataset } from '../src/data/validate.ts';
import { DATASETS, type Figure } from '../src/data/schema.ts';
import { toCsv } from '../src/lib/csv.ts';
import { beatTrend } from '../src/features/beats/selectors.ts';
import { parsePeriodId, type Period } from '../src/lib/periods.ts';

const root = repoRoot();

function time(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? median;
  console.log(`${label.padEnd(58)} median ${median.toFixed(2).padStart(9)} ms   p95 ${p95.toFixed(2).padStart(9)} ms   (${runs} runs)`);
}

console.log('Benchmarks (Node', process.version, ')\n');

time('data:build, all five snapshots, in memory', 5, () => buildPublicData(loadSources(root)));

for (const dataset of DATASETS) {
  const text = readFileSync(join(root, 'public', 'data', '2024-04', `${dataset}.json`), 'utf8');
  time(`parse + validate 2024-04/${dataset}.json (${(text.length / 1024).toFixed(0)} KiB)`, 20, () =>
    validateDataset(dataset, dataset, JSON.parse(text)),
  );
}

// SYNTHETIC: 10 wards × 40 crime types × 200 periods = 80,000 figures.
const periodIds = Array.from({ length: 200 }, (_, i) => `fy${2000 + i}-${String((2001 + i) % 100).padStart(2, '0')}-ytd-${2000 + i}-12-05`);
const periods = new Map<string, Period>(
  periodIds.map((id) => {
    const r = parsePeriodId(id);
    if (!r.ok) throw new Error(r.reason);
    return [id, r.period];
  }),
);
const SYNTHETIC_WARDS = Array.from({ length: 10 }, (_, i) => ({ code: `w${i + 1}`, name: `Ward ${i + 1}` }));
const subareas = {
  type: 'ward',
  singular: 'ward',
  plural: 'wards',
  areas: SYNTHETIC_WARDS.map((w) => ({ ...w, shortName: null, label: w.name })),
};
const synthetic: Figure[] = [];
for (const { code: beat } of SYNTHETIC_WARDS) {
  for (let m = 0; m < 40; m += 1) {
    for (const period of periodIds) {
      synthetic.push({
        id: `s-${beat}-${m}-${period}`,
        areaType: 'ward',
        areaCode: beat,
        measure: m === 0 ? 'all-crime' : `synthetic-${m}`,
        statistic: 'count',
        period,
        comparison: null,
        value: (m * 7 + beat.length) % 1000,
        unit: 'crimes',
        printings: [{ printed: '1', source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'synthetic', line: 1 } }],
        preferred: true,
        noteIds: [],
        remark: null,
      });
    }
  }
}
time(`beat trend selector over ${synthetic.length.toLocaleString('en-GB')} SYNTHETIC figures`, 20, () =>
  beatTrend(synthetic, periods, { measure: 'all-crime', seriesKey: '', beats: [], from: '', to: '' }, subareas),
);

// SYNTHETIC: a 100,000-row export with hostile text cells.
const rows = Array.from({ length: 100_000 }, (_, i) => [`=row ${i}, "quoted"`, -i, i % 3 === 0 ? null : `Beat ${56 + (i % 10)}`, i / 7]);
time('CSV export, 100,000 SYNTHETIC rows × 4 columns', 5, () => toCsv(['a', 'b', 'c', 'd'], rows));

// Bundle sizes of the last `npm run build`, if there is one: what a first visit downloads.
try {
  const { readdirSync, statSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const assets = join(root, 'dist', 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  console.log('\nBuilt assets (dist/assets), raw and gzip:');
  for (const f of files.sort()) {
    const bytes = readFileSync(join(assets, f));
    console.log(
      `  ${f.padEnd(44)} ${(statSync(join(assets, f)).size / 1024).toFixed(1).padStart(8)} KiB ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(8)} KiB gzip`,
    );
  }
} catch {
  console.log('\n(no dist/ build: run npm run build to see bundle sizes)');
}
