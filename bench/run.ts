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
import { decodeDatasetText, validateDataset } from '../src/data/validate.ts';
import { DATASETS, FIGURE_DATASETS, type Figure } from '../src/data/schema.ts';
import { FORCE_WIDE, SYNTHETIC_SNAPSHOT, publishSyntheticForce } from '../scripts/lib/synthetic-force.ts';
import { toCsv } from '../src/lib/csv.ts';
import { beatTrend } from '../src/features/beats/selectors.ts';
import { parsePeriodId, type Period } from '../src/lib/periods.ts';
import { benchPack } from './pack.ts';

const root = repoRoot();

function time(label: string, runs: number, fn: () => unknown): number {
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
  return median;
}

const legacyJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Bytes per figure of a snapshot's figure files: as published (the compact
 * wire format) and as the one-object-per-figure JSON written before schema 4
 * (rebuilt from the decoded files, exactly as that build wrote them).
 */
function bytesPerFigure(label: string, files: ReadonlyMap<string, string>, snapshotId: string): void {
  let wire = 0;
  let legacy = 0;
  let figures = 0;
  const parts: string[] = [];
  for (const dataset of FIGURE_DATASETS) {
    // A split dataset counts as its measure parts (the newest part repeats figures they hold).
    const paths = [`${snapshotId}/${dataset}.json`, ...[...files.keys()].filter((p) => p.startsWith(`${snapshotId}/${dataset}/measure-`))];
    const texts = paths.flatMap((path) => {
      const text = files.get(path);
      return text === undefined ? [] : [{ path, text }];
    });
    if (texts.length === 0) continue;
    const decodedFigures = texts.flatMap(({ path, text }) => {
      const decoded = decodeDatasetText(path, dataset, snapshotId, text);
      if (!decoded.ok) throw new Error(decoded.errors.join('\n'));
      return decoded.data.figures;
    });
    const first = decodeDatasetText(texts[0]?.path ?? '', dataset, snapshotId, texts[0]?.text ?? '');
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const decoded = { data: { ...first.data, figures: decodedFigures } };
    const n = decoded.data.figures.length;
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
    // The old format of a force-wide file runs to hundreds of MB: measured on a tenth of it and scaled.
    const sample = n > 50_000 ? decoded.data.figures.slice(0, Math.ceil(n / 10)) : decoded.data.figures;
    const old = (Buffer.byteLength(legacyJson({ ...decoded.data, figures: sample })) * n) / Math.max(sample.length, 1);
    wire += bytes;
    legacy += old;
    figures += n;
    if (n > 0) parts.push(`${dataset} ${(bytes / n).toFixed(1)}`);
  }
  console.log(
    `${label.padEnd(34)} ${figures.toLocaleString('en-GB').padStart(8)} figures  ${(wire / figures).toFixed(1).padStart(6)} B/figure (was ${(legacy / figures).toFixed(0)})  [${parts.join(', ')}]`,
  );
}

console.log('Benchmarks (Node', process.version, ')\n');

time('data:build, all five snapshots, in memory', 5, () => buildPublicData(loadSources(root)));

for (const dataset of DATASETS) {
  const text = readFileSync(join(root, 'public', 'data', '2024-04', `${dataset}.json`), 'utf8');
  time(`parse + validate + decode 2024-04/${dataset}.json (${(text.length / 1024).toFixed(0)} KiB)`, 20, () =>
    validateDataset(dataset, dataset, JSON.parse(text)),
  );
}

console.log('\nWire format: bytes of the figure files ÷ figures in them, before compression (goal: at most 40)');
const published = new Map<string, string>();
const manifest = JSON.parse(readFileSync(join(root, 'public', 'data', 'manifest.json'), 'utf8')) as {
  snapshots: { id: string; figureCount: number; files: { path: string }[] }[];
};
for (const snapshot of manifest.snapshots) {
  for (const f of snapshot.files)
    if (f.path.endsWith('.json')) published.set(f.path, readFileSync(join(root, 'public', 'data', f.path), 'utf8'));
  console.log(`  ${snapshot.id}: ${snapshot.files.length} files`);
}
for (const snapshot of manifest.snapshots) bytesPerFigure(`${snapshot.id} (published)`, published, snapshot.id);
const force = publishSyntheticForce();
// The same force as one file per dataset, as it was before datasets were split: what a view would otherwise load.
const unsplit = publishSyntheticForce(FORCE_WIDE, Number.POSITIVE_INFINITY);
bytesPerFigure(`SYNTHETIC force-wide (${FORCE_WIDE.subareas}×${FORCE_WIDE.crimeTypes}×${FORCE_WIDE.months})`, force, SYNTHETIC_SNAPSHOT);

console.log('\nParse + validate + decode (what the app does with a file) against plain JSON.parse of the same text:');
for (const [label, snapshotId, text] of [
  ['2024-04/beat-crime.json', '2024-04', published.get('2024-04/beat-crime.json') ?? ''],
  ['2024-04/csp-crime.json', '2024-04', published.get('2024-04/csp-crime.json') ?? ''],
  ['SYNTHETIC force-wide beat-crime.json, unsplit', SYNTHETIC_SNAPSHOT, unsplit.get(`${SYNTHETIC_SNAPSHOT}/beat-crime.json`) ?? ''],
  [
    'SYNTHETIC force-wide beat-crime/measure-all-crime.json, one part',
    SYNTHETIC_SNAPSHOT,
    force.get(`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-all-crime.json`) ?? '',
  ],
  ['SYNTHETIC force-wide beat-crime/newest.json', SYNTHETIC_SNAPSHOT, force.get(`${SYNTHETIC_SNAPSHOT}/beat-crime/newest.json`) ?? ''],
] as const) {
  const runs = text.length > 1_000_000 ? 7 : 30;
  const size = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;
  const parse = time(`  JSON.parse ${label} (${size})`, runs, () => JSON.parse(text));
  const dataset = label.includes('csp-crime') ? 'csp-crime' : 'beat-crime';
  const full = time(`  parse + validate + decode ${label}`, runs, () => {
    const r = decodeDatasetText(label, dataset, snapshotId, text);
    if (!r.ok) throw new Error(r.errors.join('\n'));
  });
  console.log(`  ${label}: parse + validate + decode takes ${(full / parse).toFixed(1)}× JSON.parse`);
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
// A copy each time: the selectors keep their grouping of a figure list (beat-counts.ts), and this times it too.
time(`beat trend selector over ${synthetic.length.toLocaleString('en-GB')} SYNTHETIC figures`, 20, () =>
  beatTrend(synthetic.slice(), periods, { measure: 'all-crime', seriesKey: '', beats: [], from: '', to: '' }, subareas),
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

// The force-wide snapshot and the meeting pack in Chromium: a production build of the app, the SYNTHETIC data served beside it.
{
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { execFileSync } = await import('node:child_process');
  const { forceWideBench } = await import('./force-wide.ts');
  const out = mkdtempSync(join(tmpdir(), 'csp-bench-build-'));
  try {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'], {
      cwd: root,
      stdio: 'inherit',
    });
    console.log(
      `\nSYNTHETIC force-wide snapshot in Chromium (${FORCE_WIDE.subareas} sectors × ${FORCE_WIDE.crimeTypes} crime types × ${FORCE_WIDE.months} months; medians of 5 runs):`,
    );
    // One part failing must not hide the other's figures: the pack is timed whatever the force-wide runs did.
    try {
      console.log(await forceWideBench(out, 5));
    } catch (e) {
      console.log(`force-wide: failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      process.exitCode = 1;
    }
    // A sub-area's own page, force-wide and on the bundled data: what it fetches and decodes.
    try {
      const { beatPageBench } = await import('./beat-page.ts');
      console.log(`\nA sub-area's own page in Chromium (medians of 5 runs):`);
      console.log(await beatPageBench(out, 5));
    } catch (e) {
      console.log(`force-wide beat page: failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      process.exitCode = 1;
    }
    // The meeting pack for the largest snapshot, from the same build.
    const largest = manifest.snapshots.reduce((a, b) => (b.figureCount > a.figureCount ? b : a));
    await benchPack(out, largest.id);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
