/**
 * A sub-area's own page on split data (issue 10, items 3 and 6), in
 * Chromium: a SYNTHETIC partnership of 40 sectors × 3 crime types × 24
 * months, split at a low threshold as a force-wide file is. The page loads
 * its own area's part and no crime type's part, and shows every figure of
 * that area and nothing of another. The data stands in a temporary copy of
 * the build (never in public/data), served as a static host serves it.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { publishSyntheticForce, syntheticForceDatasets } from '../../scripts/lib/synthetic-force.ts';
import { after, before, closePage, DIST, launch, newPage, test, watchErrors } from './harness.ts';

const PROFILE = { subareas: 40, crimeTypes: 3, months: 24, actions: 20 };
/** Low enough that beat-crime (about 30 KB here) is split, as a force-wide file is. */
const SPLIT_ABOVE = 10_000;

function dataRequests(page: Page): string[] {
  const data: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname.replace(/^.*\/data\//, ''));
  });
  return data;
}

/** The caption of the page's table of figures, once it has rows: it counts what is shown. */
async function figuresCaption(page: Page): Promise<string> {
  const table = page.locator('section[aria-labelledby="beat-figures"] table');
  await table.locator('tbody td').first().waitFor();
  return (await table.locator('caption').textContent())?.trim() ?? '';
}

describe("a sector's own page on split data (SYNTHETIC 40-sector partnership)", () => {
  let dir = '';
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csp-area-page-'));
    cpSync(DIST, dir, { recursive: true });
    // Only the synthetic partnership: no real data, no page prerendered from it.
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.html') && name !== 'index.html') rmSync(join(dir, name));
    for (const [path, text] of publishSyntheticForce(PROFILE, SPLIT_ABOVE)) {
      mkdirSync(dirname(join(dir, 'data', path)), { recursive: true });
      writeFileSync(join(dir, 'data', path), text);
    }
    server = await startStaticServer({ root: dir });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("loads only the sector's own part and shows every one of its figures", async () => {
    const page = await newPage(browser);
    const errors = watchErrors(page);
    const data = dataRequests(page);
    try {
      await page.goto(`${server.url}?view=beats&beat=s7`);
      await page.getByRole('heading', { level: 1, name: 'Synthetic sector 7' }).waitFor();
      // 3 crime types × 24 months, all of them sector 7's.
      assert.equal(await figuresCaption(page), 'Figures published for Synthetic sector 7 (72)');
      assert.deepEqual(
        data.filter((p) => p.includes('beat-crime')),
        ['2099-01/beat-crime/area-sector--s7.json'],
      );
      assert.deepEqual(errors, []);
    } finally {
      await closePage(page);
    }
  });

  test("filters the sector's figures by crime type and period without loading more", async () => {
    const page = await newPage(browser);
    const errors = watchErrors(page);
    const data = dataRequests(page);
    const figures = syntheticForceDatasets(PROFILE)['beat-crime'].figures.filter((f) => f.areaCode === 's12');
    const newest =
      figures
        .map((f) => f.period)
        .sort()
        .at(-1) ?? '';
    try {
      await page.goto(`${server.url}?view=beats&beat=s12`);
      await figuresCaption(page);
      await page.getByLabel('Crime type').selectOption('synthetic-crime-2');
      await page.getByLabel('Period').selectOption(newest);
      const caption = await figuresCaption(page);
      assert.match(caption, /^Figures published for Synthetic sector 12: SYNTHETIC crime 2, .+ \(1\)$/);
      const value = figures.find((f) => f.measure === 'synthetic-crime-2' && f.period === newest)?.value;
      const cells = await page.locator('section[aria-labelledby="beat-figures"] table tbody').textContent();
      assert.ok(cells?.includes(String(value)), `the table shows ${value}: ${cells}`);
      assert.deepEqual(
        data.filter((p) => p.includes('beat-crime')),
        ['2099-01/beat-crime/area-sector--s12.json'],
      );
      assert.deepEqual(errors, []);
    } finally {
      await closePage(page);
    }
  });

  test('goes from the trends to a sector and back, each loading only what it draws', async () => {
    const page = await newPage(browser);
    const errors = watchErrors(page);
    const data = dataRequests(page);
    try {
      await page.goto(`${server.url}?view=beats`);
      await page.getByRole('combobox', { name: 'Choose sectors' }).waitFor();
      await page.getByRole('link', { name: 'Synthetic sector 3', exact: true }).first().click();
      assert.match(await figuresCaption(page), /^Figures published for Synthetic sector 3/);
      await page.goBack();
      await page.getByRole('combobox', { name: 'Choose sectors' }).waitFor();
      // Each file once or more (Back may load the trends afresh), and nothing else of beat-crime.
      assert.deepEqual([...new Set(data.filter((p) => p.includes('beat-crime')))].sort(), [
        '2099-01/beat-crime/area-sector--s3.json',
        '2099-01/beat-crime/measure-all-crime.json',
        '2099-01/beat-crime/newest.json',
      ]);
      assert.deepEqual(errors, []);
    } finally {
      await closePage(page);
    }
  });
});
