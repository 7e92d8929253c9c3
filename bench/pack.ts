/**
 * The meeting pack in real Chromium, for the largest snapshot: time from
 * navigation to its cover and contents, and to the pack being ready (data
 * loaded, every section and chart drawn), and time to print it to PDF.
 * Printed, never asserted; each a median over fresh pages, served as a
 * council host would (gzip, CSP header).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchPack(dist: string, snapshot: string, runs = 5): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`\n(no build in ${dist}: the meeting pack is not timed)`);
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\n(no Chromium at ${CHROMIUM_PATH}: the meeting pack is not timed)`);
    return;
  }
  const server = await startStaticServer({ root: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const cover: number[] = [];
  const ready: number[] = [];
  const print: number[] = [];
  let pages = 0;
  try {
    for (let i = 0; i < runs; i += 1) {
      // A fresh context each run: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${server.url}?view=pack&snapshot=${snapshot}`);
      await page.locator('.pack-contents').waitFor({ timeout: 120_000 });
      cover.push(performance.now() - start);
      await page.locator('.pack[data-pack-ready="true"]').waitFor({ timeout: 120_000 });
      ready.push(performance.now() - start);
      const before = performance.now();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: false });
      print.push(performance.now() - before);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`\nMeeting pack, ${snapshot}, Chromium (${runs} runs, ${pages} A4 pages):`);
  console.log(`  navigation to the cover and contents                 median ${median(cover).toFixed(0).padStart(7)} ms`);
  console.log(`  navigation to pack ready (data, every chart drawn)   median ${median(ready).toFixed(0).padStart(7)} ms`);
  console.log(`  page.pdf() of the whole pack                        median ${median(print).toFixed(0).padStart(7)} ms`);
}
