/**
 * The beat trends table's sort at force scale, alone (issue 10, item 6's D):
 * the built app with the SYNTHETIC force-wide snapshot in a temporary copy
 * of the build, served gzip-compressed, in Debian's Chromium. Each sort is
 * timed as bench/force-wide.ts times it: from the click event's timestamp
 * to a task after the next animation frame, and Chromium's Event Timing
 * entries, the slower of the two. With TRACE=1 each run also sums where the
 * sorts' main-thread time went (script, style, layout, paint); with
 * PICK=1 four sectors are picked first, as bench/force-wide.ts does. Prints
 * figures; asserts nothing; writes nothing to the repository.
 *
 * `tsx bench/table-sort.ts <built app folder>` (BENCH_RUNS, default 5).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { FORCE_WIDE, SYNTHETIC_SNAPSHOT, publishSyntheticForce } from '../scripts/lib/synthetic-force.ts';
import { median, p95 } from './stats.ts';

declare global {
  interface Window {
    __sort: { inputs: number[]; events: number[] };
  }
}

/** Runs in the page before its scripts: input-to-next-paint of each click, and Event Timing entries. */
function instrument(): void {
  const state: Window['__sort'] = { inputs: [], events: [] };
  window.__sort = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.events.push(e.duration);
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    // Without Event Timing the page's own timings still stand.
  }
  document.addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => state.inputs.push(performance.now() - start), 0));
    },
    true,
  );
}

async function timedClick(page: Page, click: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    window.__sort.inputs = [];
    window.__sort.events = [];
  });
  await click();
  await page.waitForFunction(() => window.__sort.inputs.length > 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  const { inputs, events } = await page.evaluate(() => window.__sort);
  return Math.max(...inputs, ...events);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  cat: string;
}

/** Main-thread time by kind, in ms, from a Chromium trace: the top-level tasks' children we care about. */
function breakdown(events: readonly TraceEvent[]): Record<string, number> {
  const kinds: Record<string, string> = {
    FunctionCall: 'script',
    EventDispatch: 'script',
    TimerFire: 'script',
    FireAnimationFrame: 'script',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
  };
  const sums: Record<string, number> = {};
  for (const e of events) {
    const kind = kinds[e.name];
    if (kind && e.ph === 'X' && e.dur) sums[kind] = (sums[kind] ?? 0) + e.dur / 1000;
  }
  return sums;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions with the most self time, and with the most time including what they call (for a build made with --minify false). */
function printProfile(profile: CpuProfile): void {
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}` : '?';
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  // FOCUS=<function name>: only the time spent under that function (e.g. performSyncWorkOnRoot, React's render of a click).
  const focus = process.env.FOCUS;
  const under = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)?.callFrame.functionName === focus) return true;
    return false;
  };
  for (const [id, ms] of self) {
    if (focus && !under(id)) continue;
    selfBy.set(label(id), (selfBy.get(label(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(at);
      if (!seen.has(l)) totalBy.set(l, (totalBy.get(l) ?? 0) + ms);
      seen.add(l);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([l, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${l}`)
      .join('\n');
  console.log(`  self time:\n${top(selfBy)}\n  total time:\n${top(totalBy)}`);
}

async function oneRun(browser: Browser, url: string, trace: boolean, profile: boolean): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (process.env.PICK === '1') {
      // As bench/force-wide.ts does before it sorts: four sectors picked by typing, so the table holds those four.
      const picker = page.getByRole('combobox', { name: 'Choose sectors' });
      for (const n of [7, 42, 99, 120]) {
        await picker.fill(`sector ${n}`, { timeout: 120_000 });
        await picker.press('ArrowDown');
        await picker.press('Enter');
      }
      await picker.press('Escape');
    }
    await page.getByRole('radio', { name: 'Table' }).first().check({ timeout: 120_000 });
    const sortButtons = page.locator('.chart-frame__table th .sort-button');
    await sortButtons.first().waitFor({ timeout: 120_000 });
    const cells = await page.locator('.chart-frame__table tbody td').count();
    if (trace) await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const cdp = profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const sorts: number[] = [];
    const columns = Math.min(await sortButtons.count(), 10);
    for (let i = 0; i < columns; i += 1) {
      sorts.push(await timedClick(page, () => sortButtons.nth(i).click()));
      sorts.push(await timedClick(page, () => sortButtons.nth(i).click()));
    }
    let where = '';
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    if (trace) {
      const buffer = await browser.stopTracing();
      const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
      const sums = breakdown(traceEvents);
      where = `; main thread over the ${sorts.length} sorts: ${Object.entries(sums)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(', ')}`;
    }
    console.log(`  ${cells} cells drawn; sorts ${sorts.map((s) => s.toFixed(0)).join(' ')} ms; p95 ${p95(sorts).toFixed(0)} ms${where}`);
    return sorts;
  } finally {
    await context.close();
  }
}

const dist = process.argv[2];
if (!dist) throw new Error('usage: tsx bench/table-sort.ts <built app folder>');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'csp-table-sort-'));
try {
  cpSync(dist, dir, { recursive: true });
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.html') && name !== 'index.html') rmSync(join(dir, name));
  for (const [path, text] of publishSyntheticForce()) {
    const file = join(dir, 'data', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const server = await startStaticServer({ root: dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  console.log(
    `SYNTHETIC force-wide snapshot ${SYNTHETIC_SNAPSHOT} (${FORCE_WIDE.subareas} sectors × ${FORCE_WIDE.months} months), beat trends table sort, in Chromium:`,
  );
  const p95s: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1)
      p95s.push(p95(await oneRun(browser, `${server.url}?view=beats`, process.env.TRACE === '1', process.env.PROFILE === '1')));
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`table sort: p95 ${median(p95s).toFixed(0)} ms (median of ${runs} runs' p95: ${p95s.map((v) => v.toFixed(0)).join(', ')})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
