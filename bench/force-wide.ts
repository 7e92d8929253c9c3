/**
 * The force-wide benchmark in a real browser (issue 10, item 6): the built
 * app, with the SYNTHETIC force-wide snapshot (scripts/lib/synthetic-force.ts)
 * in place of public/data in a temporary copy of the build, served
 * gzip-compressed as a static host serves it, driven in Debian's Chromium.
 * Prints figures; asserts nothing. Nothing is written to the repository.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { FORCE_WIDE, SYNTHETIC_SNAPSHOT, publishSyntheticForce } from '../scripts/lib/synthetic-force.ts';
import { median, p95 } from './stats.ts';

/** Set in the page before any of its scripts: what the benchmark reads back. */
declare global {
  interface Window {
    __bench: {
      firstChart: number | null;
      /** When the view's filters and the chart's box first appeared: where the time before the chart goes. */
      filtersShown: number | null;
      chartBox: number | null;
      longest: number;
      /** Input-to-next-paint of each input event since `reset`, in ms. */
      inputs: number[];
      /** Event Timing durations (input to next paint, as Chromium measures it) since `reset`, in ms. */
      events: number[];
    };
  }
}

/**
 * Runs in the page before its own scripts. The first chart is the moment
 * the trend chart's line has a shape; the chart draws only near the screen,
 * so it is scrolled to as soon as its box exists. Each input event's time to
 * the next paint is from the event's own timestamp to a task after the next
 * animation frame; Chromium's Event Timing entries (over 16 ms) are kept too.
 */
function instrument(): void {
  const bench: Window['__bench'] = { firstChart: null, filtersShown: null, chartBox: null, longest: 0, inputs: [], events: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longest = Math.max(bench.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.events.push(e.duration);
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    // Event Timing is missing: the input-to-paint timings below still stand.
  }
  for (const type of ['click', 'change', 'keydown']) {
    document.addEventListener(
      type,
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => bench.inputs.push(performance.now() - start), 0));
      },
      true,
    );
  }
  let scrolled = false;
  const observer = new MutationObserver(() => {
    if (bench.filtersShown === null && document.querySelector('#beat-measure')) bench.filtersShown = performance.now();
    const box = document.querySelector('.line-chart');
    if (box && !scrolled) {
      bench.chartBox = performance.now();
      scrolled = true;
      box.scrollIntoView();
    }
    // Any line with a shape: grey context lines (drawn first, under the chosen ones) may have none.
    const lines = document.querySelectorAll('.line-chart path.recharts-line-curve');
    if ([...lines].some((line) => (line.getAttribute('d') ?? '').length > 10)) {
      bench.firstChart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Performs one input and returns its slowest event's time to the next paint (Event Timing where it saw it, else the page's own timing). */
async function timed(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    window.__bench.inputs = [];
    window.__bench.events = [];
  });
  await act();
  await page.waitForFunction(() => window.__bench.inputs.length > 0);
  // Two more frames, so every event of the input (a click's change, say) has painted and reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  const { inputs, events } = await page.evaluate(() => window.__bench);
  return Math.max(...inputs, ...events);
}

interface Run {
  parse: number;
  bytes: number;
  firstChart: number;
  filters: number[];
  sorts: number[];
  longest: number;
}

async function oneRun(page: Page, url: string): Promise<Run> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.firstChart !== null, undefined, { timeout: 120_000 });
  // Before A below, whose own fetches of the data files would count as the last.
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const data = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/data/'))
      .reduce((end, e) => Math.max(end, e.startTime + e.duration), 0);
    return { load: nav?.loadEventEnd ?? Number.NaN, data };
  });
  // A: JSON.parse, in this page, of the very data files the view fetched (from the browser's cache).
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\/data\/.*\.json$/.test(new URL(name).pathname)),
  );
  const { parse, bytes } = await parseInPage(page, fetched, 'force-cache');
  const { firstChart, filtersShown, chartBox } = await page.evaluate(() => ({
    firstChart: window.__bench.firstChart ?? Number.NaN,
    filtersShown: window.__bench.filtersShown ?? Number.NaN,
    chartBox: window.__bench.chartBox ?? Number.NaN,
  }));
  console.log(
    `    load event ${timing.load.toFixed(0)} ms, last data file ${timing.data.toFixed(0)} ms, filters shown ${filtersShown.toFixed(0)} ms, chart box ${chartBox.toFixed(0)} ms, first chart ${firstChart.toFixed(0)} ms`,
  );

  // C: filter changes a reader makes on the trends: crime types, the lines drawn, pages of small multiples, areas picked by typing.
  const filters: number[] = [];
  const kinds: Record<string, number[]> = { 'crime type': [], lines: [], page: [], picker: [] };
  const add = (kind: string, ms: number) => {
    filters.push(ms);
    kinds[kind]?.push(ms);
  };
  const measures = await page.$$eval('#beat-measure option', (options) => options.map((o) => (o as HTMLOptionElement).value));
  for (const measure of measures.slice(1, 7)) {
    add('crime type', await timed(page, () => page.selectOption('#beat-measure', measure).then(() => undefined)));
    // The crime type's part loads before the next change, as a reader would wait for the chart.
    await page.waitForLoadState('networkidle');
  }
  for (const lines of ['top-change', 'top-value', 'top-change', 'top-value']) {
    add('lines', await timed(page, () => page.selectOption('#beat-lines', lines).then(() => undefined)));
  }
  const next = page.getByRole('button', { name: 'Next page' }).first();
  const previous = page.getByRole('button', { name: 'Previous page' }).first();
  for (let i = 0; i < 4; i += 1) add('page', await timed(page, () => next.click()));
  for (let i = 0; i < 2; i += 1) add('page', await timed(page, () => previous.click()));
  const picker = page.getByRole('combobox', { name: 'Choose sectors' });
  for (const n of [7, 42, 99, 120]) {
    await picker.fill(`sector ${n}`);
    await picker.press('ArrowDown');
    add('picker', await timed(page, () => picker.press('Enter')));
  }
  // Closed, so the list no longer moves what stands below it.
  await picker.press('Escape');

  // D: sorting the trend table by its columns, each twice (both directions).
  await page.getByRole('radio', { name: 'Table' }).first().check();
  const sortButtons = page.locator('.chart-frame__table th .sort-button');
  await sortButtons.first().waitFor();
  const sorts: number[] = [];
  const columns = Math.min(await sortButtons.count(), 10);
  for (let i = 0; i < columns; i += 1) {
    sorts.push(await timed(page, () => sortButtons.nth(i).click()));
    sorts.push(await timed(page, () => sortButtons.nth(i).click()));
  }
  const longest = await page.evaluate(() => window.__bench.longest);
  console.log(
    `    filter input to paint, slowest of each kind: ${Object.entries(kinds)
      .map(([kind, ms]) => `${kind} ${Math.max(...ms).toFixed(0)} ms`)
      .join(', ')}`,
  );
  return { parse, bytes, firstChart, filters, sorts, longest };
}

/** Navigation to the first chart of the beat trends view, the page instrumented as above: NaN if none is drawn within a minute. */
async function firstChartOnly(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.firstChart !== null, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.firstChart ?? Number.NaN);
}

/** JSON.parse, in the page, of the given data files (fetched first, not timed): the median of 7. */
async function parseInPage(
  page: Page,
  paths: readonly string[],
  cache: RequestCache = 'default',
): Promise<{ parse: number; bytes: number }> {
  return page.evaluate(
    async ({ urls, cache }) => {
      const texts = await Promise.all(urls.map(async (u) => (await fetch(u, { cache })).text()));
      const samples: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const t = performance.now();
        for (const text of texts) JSON.parse(text);
        samples.push(performance.now() - t);
      }
      samples.sort((a, b) => a - b);
      return { parse: samples[3] ?? Number.NaN, bytes: texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0) };
    },
    { urls: [...paths], cache },
  );
}

/**
 * R compares the first chart with JSON.parse of the few hundred KB the view
 * fetched (about a millisecond), so it mostly measures the page load itself.
 * This line gives the figures that make the ratio meaningful: the same
 * view's first chart on the build's own bundled data (Charnwood's, in the
 * same browser: the floor any data size pays), the force-wide's excess over
 * it, and JSON.parse of the whole force-wide snapshot, which the view
 * avoids by loading only what it draws.
 */
async function contextLine(dist: string, forceUrl: string, forceFiles: readonly string[], F: number, runs: number): Promise<string> {
  const server = await startStaticServer({ root: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  try {
    const floors: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(instrument);
      try {
        floors.push(await firstChartOnly(await context.newPage(), `${server.url}?view=beats`));
      } finally {
        await context.close();
      }
    }
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(forceUrl, { waitUntil: 'load' });
      const whole = await parseInPage(
        page,
        forceFiles.map((path) => new URL(`data/${path}`, forceUrl).href),
      );
      const floor = median(floors);
      return `force-wide context: first chart on the bundled data (the same view, same browser) ${floor.toFixed(0)} ms, so force scale adds ${(F - floor).toFixed(0)} ms (${(F / floor).toFixed(2)}x); JSON.parse of the whole force-wide snapshot (${forceFiles.length} files, ${whole.bytes} bytes) ${whole.parse.toFixed(1)} ms, first chart ${(F / whole.parse).toFixed(1)}x that`;
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Builds nothing itself: `dist` is a production build. Returns the summary
 * line in the issue's form, then a line of context for its ratio (see
 * `contextLine`), after printing each run's own figures.
 */
export async function forceWideBench(dist: string, runs = 5): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'csp-force-wide-'));
  try {
    cpSync(dist, dir, { recursive: true });
    // The copy serves the SYNTHETIC force only: the real data and its prerendered pages go.
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.html') && name !== 'index.html') rmSync(join(dir, name));
    const files = publishSyntheticForce();
    for (const [path, text] of files) {
      const file = join(dir, 'data', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as { snapshots?: { figureCount?: number }[] };
    const figures = manifest.snapshots?.[0]?.figureCount ?? 0;
    const server = await startStaticServer({ root: dir });
    const forceUrl = `${server.url}?view=beats`;
    const results: Run[] = [];
    let context = '';
    try {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
      try {
        for (let i = 0; i < runs; i += 1) {
          // A fresh context each run: nothing cached from the run before.
          const browserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          await browserContext.addInitScript(instrument);
          const page = await browserContext.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          try {
            const run = await oneRun(page, forceUrl);
            results.push(run);
            console.log(
              `  run ${i + 1}: first chart ${run.firstChart.toFixed(0)} ms, JSON.parse ${run.parse.toFixed(1)} ms of ${run.bytes} bytes, filter p95 ${p95(run.filters).toFixed(0)} ms (${run.filters.length}), sort p95 ${p95(run.sorts).toFixed(0)} ms (${run.sorts.length}), longest task ${run.longest.toFixed(0)} ms`,
            );
            if (errors.length > 0) console.log(`  run ${i + 1}: page errors: ${errors.join('; ')}`);
          } finally {
            await browserContext.close();
          }
        }
      } finally {
        await browser.close();
      }
      const jsonFiles = [...files.keys()].filter((path) => path.endsWith('.json'));
      // Context only: its failure must not cost the summary line.
      context = await contextLine(dist, forceUrl, jsonFiles, median(results.map((r) => r.firstChart)), runs).catch(
        (e: unknown) => `force-wide context: failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
      );
    } finally {
      await server.stop();
    }
    const A = median(results.map((r) => r.parse));
    const F = median(results.map((r) => r.firstChart));
    const B = median(results.map((r) => r.bytes));
    const C = median(results.map((r) => p95(r.filters)));
    const D = median(results.map((r) => p95(r.sorts)));
    const E = median(results.map((r) => r.longest));
    const summary = `force-wide: ${figures} figures, ${B} bytes; JSON.parse ${A.toFixed(1)} ms; first chart ${F.toFixed(0)} ms (${(F / A).toFixed(1)}x parse); filter p95 ${C.toFixed(0)} ms; sort p95 ${D.toFixed(0)} ms; longest task ${E.toFixed(0)} ms`;
    return `${summary}\n${context}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `tsx bench/force-wide.ts <dist>`: the browser part alone, on a build already made. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: tsx bench/force-wide.ts <built app folder>');
  console.log(
    `SYNTHETIC force-wide snapshot ${SYNTHETIC_SNAPSHOT} (${FORCE_WIDE.subareas} sectors × ${FORCE_WIDE.crimeTypes} crime types × ${FORCE_WIDE.months} months), in Chromium:`,
  );
  console.log(await forceWideBench(dist, Number(process.env.BENCH_RUNS ?? 5)));
}
