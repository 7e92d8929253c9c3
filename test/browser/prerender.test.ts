/**
 * Prerendered pages: each view's default state and its drill-downs are
 * static HTML that paints before any script runs, and the app takes it over
 * without changing what the reader sees. Checked against the build under
 * test, whose index.html lists the pages it holds.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parsePrerenderedPages, PRERENDERED_PAGES_META } from '../../src/app/prerendered-pages.ts';
import { test, DIST, SLOW_TEST_TIMEOUT_MS, closePage, newPage, servedBrowser, watchErrors } from './harness.ts';

/** query → file, as the build wrote them into index.html. */
function prerenderedPages(): Map<string, string> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const content = new RegExp(`<meta name="${PRERENDERED_PAGES_META}" content="([^"]*)"`).exec(html)?.[1] ?? '';
  return parsePrerenderedPages(content.replaceAll('&#38;', '&').replaceAll('&amp;', '&'));
}

function address(file: string, query: string): string {
  return query === '' ? file : `${file}?${query}`;
}

/** A page with scripts off: what a reader sees before any script has run. */
async function withoutScripts(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/**
 * The text of the app's root, less what only a running app can fill in: a
 * chart's drawing (its axis labels), the embed code, which holds the
 * page's own address, the overview's count of figures new since the
 * snapshot before (it compares two snapshots' files), and What changed's
 * list of every change, drawn after its heading and counts.
 */
async function rootText(page: Page): Promise<string> {
  return page.locator('#root').evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    // The overview's count of new figures fills in as it nears the screen, as a chart draws; What changed's list follows
    // its counts; the meeting pack's sections are drawn after the takeover (its HTML holds the cover and contents), its
    // status (and the notice only paper shows while it is incomplete) saying how far it has got.
    const later = '.line-chart, textarea, .new-since__count, .changes-list__rows, .pack-section, .pack-status, .pack-incomplete';
    for (const part of copy.querySelectorAll(later)) part.replaceChildren();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Where two texts first differ, with a little of each, or null if they are the same. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at character ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))} against ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}

describe('prerendered pages', () => {
  const suite = servedBrowser();
  const pages = prerenderedPages();

  test('the build prerenders every view and the pages its links drill down to', () => {
    const views = [
      '',
      'view=beats',
      'view=family-group',
      'view=youth-asb',
      'view=actions',
      'view=scorecards',
      'view=data',
      'view=changes',
      'view=pack',
    ];
    for (const view of views) assert.ok(pages.has(view), `a prerendered page for "${view || 'the overview'}"`);
    assert.equal(pages.get(''), './', 'the overview is index.html itself');
    const drillDowns = [...pages.keys()].filter((q) => !views.includes(q));
    assert.ok(
      drillDowns.some((q) => /^view=beats&beat=/.test(q)),
      'sub-area pages are prerendered',
    );
    assert.ok(
      drillDowns.some((q) => /^view=family-group&measure=/.test(q)),
      'crime-type history pages are prerendered',
    );
  });

  test('each page shows its view, title and figures with scripts off', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await withoutScripts(suite.browser);
    for (const [query, file] of pages) {
      await page.goto(`${suite.server.url}${address(file, query)}`);
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${file}: one h1`);
      assert.match(await page.title(), / – /, `${file}: a title naming the view`);
      assert.equal(await page.getByText('Loading the published figures').count(), 0, `${file}: no loading message`);
    }
    await page.context().close();
  });

  test('the app takes each page over without changing a word of it, and logs no error', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const before = await withoutScripts(suite.browser);
    const after = await newPage(suite.browser);
    const errors = watchErrors(after);
    for (const [query, file] of pages) {
      const url = `${suite.server.url}${address(file, query)}`;
      await before.goto(url);
      await after.goto(url);
      await after.waitForLoadState('networkidle');
      assert.equal(
        await after.evaluate(() => document.documentElement.hasAttribute('data-other-state')),
        false,
        `${file}: shown as prerendered`,
      );
      assert.equal(
        firstDifference(await rootText(after), await rootText(before)),
        null,
        `${file}: the same text before and after the app takes over`,
      );
    }
    assert.deepEqual(errors, []);
    await before.context().close();
    await closePage(after);
  });

  test('nothing moves as a page is taken over and its chart drawn', async () => {
    const page = await newPage(suite.browser);
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.defineProperty(window, '__shifts', { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const query of ['', 'view=beats', 'view=family-group', 'view=youth-asb']) {
      await page.goto(`${suite.server.url}${address(pages.get(query) ?? './', query)}`);
      await page.waitForLoadState('networkidle');
      if (query !== '') {
        // A chart draws as it nears the screen.
        await page.locator('.line-chart, .svg-chart').first().scrollIntoViewIfNeeded();
        await page.locator('svg.recharts-surface, svg.chart-svg').first().waitFor();
      }
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      assert.deepEqual(shifts, [], `${query || 'overview'}: no layout shift`);
    }
    await closePage(page);
  });

  test('a control works once the app has taken the page over', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.server.url}${address(pages.get('view=beats') ?? '', 'view=beats')}`);
    const crime = page.getByRole('combobox', { name: 'Crime type' });
    const option = crime.locator('option').nth(1);
    const [other, label] = [await option.getAttribute('value'), (await option.textContent())?.trim()];
    assert.ok(other && label);
    await crime.selectOption(other);
    await page.waitForURL(new RegExp(`measure=${other}`));
    // Not a prerendered state, so its address is the app's folder.
    assert.match(new URL(page.url()).pathname, /\/$/);
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${label} by `) }).waitFor();
    await closePage(page);
  });

  test('links name the prerendered page of their state, and work with scripts off', async () => {
    const page = await withoutScripts(suite.browser);
    await page.goto(suite.server.url);
    const nav = page.getByRole('navigation', { name: 'Dashboard sections' });
    assert.equal(
      await nav.getByRole('link', { name: 'Family group' }).getAttribute('href'),
      address(pages.get('view=family-group') ?? '', 'view=family-group'),
    );
    await nav.getByRole('link', { name: 'Family group' }).click();
    await page.waitForURL(/family-group\.html\?view=family-group$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Overview' }).getAttribute('href'), './');
    await page.context().close();
  });

  test('a page file opened without its query gets it, and is taken over as prerendered', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    const file = pages.get('view=actions') ?? '';
    await page.goto(`${suite.server.url}${file}`);
    assert.equal(page.url(), `${suite.server.url}${file}?view=actions`);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-other-state')), false);
    await page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('an old ?view= link on index.html never shows the overview it holds, and lands on the view asked for', async () => {
    // A page of its own, not the harness's, which would wait for the app that this test holds back.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const overview = (await withoutScriptsHeading(suite.browser, suite.server.url)) ?? '';
    // With the app's own scripts held back, the page must show nothing rather than the wrong view.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const loading = page.goto(`${suite.server.url}?view=beats`, { waitUntil: 'domcontentloaded' });
    await page.locator('html[data-other-state]').waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('heading', { level: 1, name: overview }).isVisible(), false, 'the overview is hidden');
    release();
    await loading;
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    assert.equal(page.url(), `${suite.server.url}?view=beats`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

async function withoutScriptsHeading(browser: Browser, url: string): Promise<string | null> {
  const page = await withoutScripts(browser);
  await page.goto(url);
  const text = await page.getByRole('heading', { level: 1 }).textContent();
  await page.context().close();
  return text;
}
