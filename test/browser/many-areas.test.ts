/**
 * Many areas (issue 10, item 5) in Chromium: a SYNTHETIC partnership of 40
 * sectors × 3 crime types × 24 months, above the threshold where the beat
 * trends switch from checkboxes to the area picker, top N and paged small
 * multiples. Its data is split into parts at a low threshold, so the view
 * is also seen to load only the crime type it draws. The data stands in a
 * temporary copy of the build (never in public/data), served as a static
 * host serves it, with the Content-Security-Policy header.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { publishSyntheticForce, syntheticForceDatasets } from '../../scripts/lib/synthetic-force.ts';
import { after, axeViolations, before, closePage, DIST, launch, newPage, SLOW_TEST_TIMEOUT_MS, test, watchErrors } from './harness.ts';

const PROFILE = { subareas: 40, crimeTypes: 3, months: 24, actions: 20 };
/** Low enough that beat-crime (about 30 KB here) is split, as a force-wide file is. */
const SPLIT_ABOVE = 10_000;

/** The 12 sectors with the highest count of all crime in the newest month, by their labels: computed from the data, not written down. */
function topByNewest(): string[] {
  const figures = syntheticForceDatasets(PROFILE)['beat-crime'].figures.filter((f) => f.measure === 'all-crime');
  const newest = figures
    .map((f) => f.period)
    .sort()
    .at(-1);
  return figures
    .filter((f) => f.period === newest)
    .sort((a, b) => b.value - a.value)
    .slice(0, 12)
    .map((f) => `Synthetic sector ${f.areaCode.slice(1)}`)
    .sort();
}

async function openTrends(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}?view=beats${query}`);
  await page.getByRole('combobox', { name: 'Choose sectors' }).waitFor();
}

async function trendTableRows(page: Page): Promise<string[]> {
  await page.getByRole('radio', { name: 'Table' }).first().check();
  const rows = page.locator('.chart-frame__table tbody tr th');
  await rows.first().waitFor();
  return (await rows.allTextContents()).map((t) => t.trim()).sort();
}

describe('beat trends with many areas (SYNTHETIC 40-sector partnership)', () => {
  let dir = '';
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'csp-many-areas-'));
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

  test('draws the top 12 by newest count, loading only that crime type of the split data', async () => {
    const page = await newPage(browser);
    const errors = watchErrors(page);
    const data: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname.replace(/^.*\/data\//, ''));
    });
    try {
      await openTrends(page, server.url);
      assert.deepEqual(await trendTableRows(page), topByNewest());
      const parts = data.filter((p) => p.includes('beat-crime'));
      assert.deepEqual(parts.sort(), ['2099-01/beat-crime/measure-all-crime.json', '2099-01/beat-crime/newest.json']);
      assert.deepEqual(errors, []);
    } finally {
      await closePage(page);
    }
  });

  test('finds a sector by typing and draws the ones chosen, each a removable chip', async () => {
    const page = await newPage(browser);
    try {
      await openTrends(page, server.url);
      const picker = page.getByRole('combobox', { name: 'Choose sectors' });
      await picker.fill('sector 17');
      await assert.doesNotReject(page.getByRole('option', { name: 'Synthetic sector 17' }).waitFor());
      await picker.press('ArrowDown');
      await picker.press('Enter');
      await picker.fill('sector 3');
      await picker.press('ArrowDown');
      await picker.press('Enter');
      await picker.press('Escape');
      assert.equal(await page.locator('#beat-lines').inputValue(), 'chosen');
      assert.deepEqual(await trendTableRows(page), ['Synthetic sector 17', 'Synthetic sector 3']);
      await page.getByRole('button', { name: 'Remove Synthetic sector 17' }).click();
      assert.deepEqual(await trendTableRows(page), ['Synthetic sector 3']);
      assert.match(page.url(), /beats=s3(&|$)/);
    } finally {
      await closePage(page);
    }
  });

  test('keeps the last chart, dimmed and marked busy, while another crime type loads, never one period as bars', async () => {
    const page = await newPage(browser);
    // The next crime type's part is held back until the page has been looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/beat-crime\/measure-(?!all-crime)[^/]*\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await openTrends(page, server.url);
      const select = page.locator('#beat-measure');
      const before = await select.inputValue();
      const title = page.locator('.beats-drawing .chart-frame__title').first();
      const titleBefore = await title.innerText();
      const option = select.locator('option').nth(1);
      const [value, label] = [await option.getAttribute('value'), (await option.innerText()).trim()];
      assert.ok(value !== null && value !== before);
      await select.selectOption(value);
      const status = page.getByRole('status').filter({ hasText: `Loading ${label}` });
      await status.waitFor();
      const drawing = page.locator('.beats-drawing');
      assert.equal(await drawing.getAttribute('aria-busy'), 'true');
      // The last crime type's line chart stays; no single-period ranking of the new one is drawn meanwhile.
      assert.equal(await page.getByText('One period only, so the sectors are ranked by their count.').count(), 0);
      assert.equal(await title.innerText(), titleBefore);
      release();
      await page.locator('.beats-drawing .chart-frame__title', { hasText: label }).first().waitFor();
      assert.equal(await drawing.getAttribute('aria-busy'), 'false');
      assert.equal(await page.getByText('One period only, so the sectors are ranked by their count.').count(), 0);
      assert.equal(await status.count(), 0);
    } finally {
      release();
      await closePage(page);
    }
  });

  test(
    'while a crime type loads after Back or Forward: focus leaves the held chart and comes back, the periods stay listed, axe reports nothing',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(browser);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/beat-crime\/measure-(?!all-crime)[^/]*\.json$/, async (route) => {
        await held;
        await route.continue();
      });
      try {
        await openTrends(page, server.url);
        const periodsBefore = await page.locator('#beat-from option').count();
        assert.ok(periodsBefore > 1);
        const option = page.locator('#beat-measure option').nth(1);
        const [value, label] = [await option.getAttribute('value'), (await option.innerText()).trim()];
        assert.ok(value !== null);
        // Focus in the trend table, as a keyboard reader sorting it.
        await page.getByRole('radio', { name: 'Table' }).first().check();
        const sortButton = page.locator('.beats-drawing .chart-frame__table th button').first();
        await sortButton.focus();
        const focusedLabel = (await sortButton.innerText()).trim();
        // Forward to an entry with another crime type, as the app sees Back and Forward.
        await page.evaluate((measure) => {
          const next = new URL(window.location.href);
          next.searchParams.set('measure', measure);
          window.history.pushState(null, '', next);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, value);
        const status = page.getByRole('status').filter({ hasText: `Loading ${label}` });
        await status.waitFor();
        assert.equal(await page.locator('.beats-drawing').getAttribute('inert'), '');
        assert.equal(
          await page.evaluate(() => document.activeElement?.className),
          'beats-waiting',
          'focus is on the loading status, not the page',
        );
        assert.equal(await page.locator('#beat-from option').count(), periodsBefore, 'the From menu keeps its periods');
        assert.equal(await page.locator('#beat-to option').count(), periodsBefore, 'the To menu keeps its periods');
        assert.ok(((await page.locator('#beat-series option').first().innerText()).match(/\((\d+) periods\)/)?.[1] ?? '0') !== '1');
        assert.deepEqual(await axeViolations(page), []);
        release();
        await page.locator('.beats-drawing .chart-frame__title', { hasText: label }).first().waitFor();
        await new Promise((r) => setTimeout(r, 2000));
        console.log(
          'DEBUG',
          await page.evaluate(() => [
            document.querySelector('[data-mark]')?.isConnected,
            document.activeElement?.outerHTML.slice(0, 200),
            (window as unknown as { __dbg?: string[] }).__dbg,
          ]),
        );
        // Back where it was if that control is still drawn, else on the new chart's title; never the page.
        await page.waitForFunction(() => document.activeElement?.closest('.beats-drawing') != null);
        const focused = await page.evaluate(() => ({
          text: document.activeElement?.textContent?.replace(/[▲▼↕]/g, '').trim() ?? '',
          title: document.activeElement?.classList.contains('chart-frame__title') ?? false,
        }));
        assert.ok(focused.text === focusedLabel || (focused.title && focused.text.startsWith(label)), JSON.stringify(focused));
      } finally {
        release();
        await closePage(page);
      }
    },
  );

  test('pages through every sector as small multiples', async () => {
    const page = await newPage(browser);
    try {
      await openTrends(page, server.url);
      const status = page.getByText(/^Showing \d+–\d+ of 40 sectors/);
      assert.match(await status.innerText(), /Showing 1–12 of 40 sectors \(page 1 of 4\)/);
      assert.equal(await page.locator('.small-multiples__grid li').count(), 12);
      const next = page.getByRole('button', { name: 'Next page' }).first();
      for (let i = 0; i < 3; i += 1) await next.click();
      assert.match(await status.innerText(), /Showing 37–40 of 40 sectors \(page 4 of 4\)/);
      assert.equal(await page.locator('.small-multiples__grid li').count(), 4);
      assert.equal(await next.isDisabled(), true);
      await page.getByRole('button', { name: 'Previous page' }).first().click();
      assert.match(await status.innerText(), /Showing 25–36 of 40/);
    } finally {
      await closePage(page);
    }
  });

  test('has no accessibility violations, with the picker open', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await newPage(browser);
    try {
      await openTrends(page, server.url);
      await page.getByRole('combobox', { name: 'Choose sectors' }).fill('sector 1');
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await closePage(page);
    }
  });

  test('draws the newest 12 of the 24 months in the trend table, all of them when asked or when sorted by an older one', async () => {
    const page = await newPage(browser);
    const periodHeaders = () =>
      page
        .locator('.chart-frame__table thead th')
        .count()
        .then((n) => n - 1);
    try {
      await openTrends(page, server.url);
      await page.getByRole('radio', { name: 'Table' }).first().check();
      const table = page.getByRole('table', { name: /\(newest 12 of 24 periods\)$/ });
      await table.waitFor();
      assert.equal(await periodHeaders(), 12);
      await page.getByRole('button', { name: 'Show all 24 periods' }).click();
      assert.equal(await periodHeaders(), 24);
      await page.getByRole('button', { name: 'Show the newest 12 only' }).click();
      assert.equal(await periodHeaders(), 12);
      // Sorted by the oldest month, a link to the table (the page reloaded) keeps that column on screen.
      await page.getByRole('button', { name: 'Show all 24 periods' }).click();
      const oldest = page.locator('.chart-frame__table thead th .sort-button').nth(1);
      const month = (await oldest.innerText()).replace(/[▲▼↕]/g, '').trim();
      await oldest.click();
      await page.reload();
      const sorted = page.getByRole('columnheader', { name: new RegExp(`^${month}`) });
      await sorted.waitFor();
      assert.equal(await sorted.getAttribute('aria-sort'), 'descending');
      assert.equal(await periodHeaders(), 24);
      assert.equal(await page.getByText('All 24 periods are shown, as the table is sorted by an older one.').count(), 1);
      assert.equal(await page.getByRole('button', { name: /^Show the newest 12/ }).count(), 0);
    } finally {
      await closePage(page);
    }
  });

  test('fits a 320 px screen', async () => {
    const page = await newPage(browser, { viewport: { width: 320, height: 700 } });
    try {
      await openTrends(page, server.url);
      const picker = page.getByRole('combobox', { name: 'Choose sectors' });
      await picker.fill('sector 2');
      const widest = await page.evaluate(() =>
        [...document.querySelectorAll('.area-controls, .area-picker__list, .small-multiples__grid li')].map(
          (e) => [e.className, e.getBoundingClientRect().right] as const,
        ),
      );
      assert.ok(widest.length > 0);
      for (const [name, right] of widest) assert.ok(right <= 320, `${name} ends at ${right} px, past the 320 px screen`);
    } finally {
      await closePage(page);
    }
  });
});
