/**
 * A sub-area's own page (`?view=beats&beat=<code>`) in real Chromium: which
 * data files it fetches (count, bytes as decoded and as sent gzip-compressed),
 * what decoding them costs (CPU time of parse, check and decode of those very
 * files in Node, as the app's loader does it), the time from navigation to
 * the page's table of figures showing a row, and the longest main-thread
 * task. Once on the SYNTHETIC force-wide snapshot (served in place of
 * public/data in a temporary copy of the build) and once on the bundled data.
 * Prints medians over fresh pages; asserts nothing; writes nothing to the
 * repository.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { FORCE_WIDE, SYNTHETIC_SNAPSHOT, publishSyntheticForce } from '../scripts/lib/synthetic-force.ts';
import { DATASETS, manifestSchema, type DatasetId } from '../src/data/schema.ts';
import { partnershipSchema } from '../src/data/partnership.ts';
import { decodeDatasetText, parseJson, validateManifest } from '../src/data/validate.ts';
import { median } from './stats.ts';

declare global {
  interface Window {
    __beatPage: { table: number | null; longest: number };
  }
}

/** Runs in the page before its own scripts: when the page's table of figures first has a row, and the longest task. */
function instrument(): void {
  const bench: Window['__beatPage'] = { table: null, longest: 0 };
  window.__beatPage = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longest = Math.max(bench.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    const table = document.querySelector('section[aria-labelledby="beat-figures"] table');
    if (table?.querySelector('tbody td')) {
      bench.table = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Run {
  files: string[];
  bytes: number;
  gzip: number;
  table: number;
  longest: number;
}

async function oneRun(page: Page, url: string): Promise<Run> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__beatPage.table !== null, undefined, { timeout: 120_000 });
  // Two frames and a task more, so a task that ends with the table's paint has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  return page.evaluate(() => {
    const data = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
      /\/data\/.*\.json$/.test(new URL(e.name).pathname),
    );
    return {
      files: data.map((e) => new URL(e.name).pathname.replace(/^.*\/data\//, '')),
      bytes: data.reduce((n, e) => n + e.decodedBodySize, 0),
      gzip: data.reduce((n, e) => n + e.encodedBodySize, 0),
      table: window.__beatPage.table ?? Number.NaN,
      longest: window.__beatPage.longest,
    };
  });
}

/** CPU ms of parse, check and decode, in Node, of the data files a page fetched (the manifest and every dataset file): the median of `runs`. */
function decodeMs(root: string, files: readonly string[], runs = 7): number {
  const texts = files.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
  const once = () => {
    for (const { path, text } of texts) {
      if (path === 'manifest.json') {
        const json = parseJson(path, text);
        if (!json.ok || !validateManifest(path, json.data).ok) throw new Error(`${path}: does not validate`);
        continue;
      }
      const [snapshotId = '', name = ''] = path.split('/');
      const dataset = DATASETS.find((d): d is DatasetId => d === name.replace(/\.json$/, ''));
      if (!dataset) continue; // partnership.json: a small profile, checked elsewhere
      const decoded = decodeDatasetText(path, dataset, snapshotId, text);
      if (!decoded.ok) throw new Error(decoded.errors.join('\n'));
    }
  };
  once();
  const samples: number[] = [];
  // CPU time rather than wall time, so other work on a shared machine does not count.
  for (let i = 0; i < runs; i += 1) {
    const t = process.cpuUsage();
    once();
    const { user, system } = process.cpuUsage(t);
    samples.push((user + system) / 1000);
  }
  return median(samples);
}

/** Every run of one page, summed up in one line. */
async function measure(label: string, root: string, url: string, runs: number): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      // A fresh context each run: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(instrument);
      try {
        results.push(await oneRun(await context.newPage(), url));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const files = results[0]?.files ?? [];
  const decode = decodeMs(join(root, 'data'), files);
  return `${label}: ${files.length} files, ${median(results.map((r) => r.bytes))} bytes (${median(results.map((r) => r.gzip))} gzip); decode ${decode.toFixed(1)} ms CPU (Node); first table ${median(results.map((r) => r.table)).toFixed(0)} ms; longest task ${median(results.map((r) => r.longest)).toFixed(0)} ms`;
}

/** The bundled data's default snapshot and first sub-area, as the build's manifest and profile name them. */
function bundledPage(dist: string): { snapshot: string; beat: string } {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')));
  const profile = partnershipSchema.parse(JSON.parse(readFileSync(join(dist, 'data', 'partnership.json'), 'utf8')));
  const beat = profile.areas.find((a) => a.type === profile.subareas.type)?.code;
  if (!beat) throw new Error('the bundled profile lists no sub-area');
  return { snapshot: manifest.defaultSnapshot, beat };
}

/**
 * `dist` is a production build. Returns the force-wide line, then the same
 * for the bundled data's first sub-area in its default snapshot.
 */
export async function beatPageBench(dist: string, runs = 5): Promise<string> {
  const bundled = bundledPage(dist);
  const dir = mkdtempSync(join(tmpdir(), 'csp-beat-page-'));
  try {
    cpSync(dist, dir, { recursive: true });
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.html') && name !== 'index.html') rmSync(join(dir, name));
    for (const [path, text] of publishSyntheticForce()) {
      const file = join(dir, 'data', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const lines: string[] = [];
    for (const [label, root, query] of [
      [`force-wide beat page (sector s77)`, dir, `?view=beats&beat=s77`],
      [`bundled beat page (${bundled.snapshot}, ${bundled.beat})`, dist, `?view=beats&snapshot=${bundled.snapshot}&beat=${bundled.beat}`],
    ] as const) {
      const server = await startStaticServer({ root });
      try {
        lines.push(await measure(label, root, `${server.url}${query}`, runs));
      } finally {
        await server.stop();
      }
    }
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `tsx bench/beat-page.ts <dist>`: this part alone, on a build already made. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: tsx bench/beat-page.ts <built app folder>');
  console.log(
    `A sub-area's own page in Chromium: SYNTHETIC force-wide snapshot ${SYNTHETIC_SNAPSHOT} (${FORCE_WIDE.subareas} sectors × ${FORCE_WIDE.crimeTypes} crime types × ${FORCE_WIDE.months} months) and the bundled data, medians of ${process.env.BENCH_RUNS ?? 5} runs:`,
  );
  console.log(await beatPageBench(dist, Number(process.env.BENCH_RUNS ?? 5)));
}
