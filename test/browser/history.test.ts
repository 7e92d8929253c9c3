/**
 * Issue 13, item 3: Back restores what the reader had open and where they
 * were. The open meeting of the actions view is in the address (so a copied
 * link and a reload show it too), and Back to a page that loads its data
 * after the browser's own scroll restoring lands where the reader left it.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { closePage, newPage, servedBrowser, test, watchErrors } from './harness.ts';
import { pinned } from './published.ts';

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

/** Waits until the page has scrolled to within 2 px of `y`, or fails saying where it is. */
async function expectScrolledTo(page: Page, y: number, what: string): Promise<void> {
  await page.waitForFunction((target) => Math.abs(window.scrollY - target) <= 2, y, { timeout: 8_000 }).catch(() => undefined);
  const now = await scrollY(page);
  assert.ok(Math.abs(now - y) <= 2, `${what}: scrolled to ${now} px, expected ${y} px`);
}

describe('Back restores the open section and the scroll position', () => {
  const suite = servedBrowser();

  test('Back from a beat, reached from far down the beats view, returns to the same place', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    // The last link into a beat is near the foot of the view, well below the first screen.
    const links = page.locator('main a[href*="beat="]');
    await links.first().waitFor();
    const link = links.last();
    await link.scrollIntoViewIfNeeded();
    const before = await scrollY(page);
    assert.ok(before > 800, `the link is below the first screen (scrolled ${before} px)`);
    const href = (await link.getAttribute('href')) ?? '';
    await Promise.all([page.waitForURL((u) => u.search.includes('beat=')), link.click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.match(href, /beat=/);

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('beat='));
    await expectScrolledTo(page, before, 'after Back');
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('a meeting opened on the actions view is in the address, replaces the entry, and is open again after Back and reload', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page.locator('.actions-group h3').first().waitFor();
    // Meetings as the page lists them, newest first: each heading's id is `meeting-<key>`.
    const ids = await page.locator('.actions-group h3').evaluateAll((hs) => hs.map((h) => h.id));
    const meetings = ids.map((id) => id.replace(/^meeting-/, ''));
    // The newest meeting is open by default; the one before it is closed.
    const second = meetings[1];
    assert.ok(second, 'the snapshot records at least two meetings');
    const toggle = page.locator(`#meeting-${second} button`);
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const entries = await historyLength(page);
    await toggle.click();
    await page.waitForURL((u) => u.searchParams.get('open') === second);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await historyLength(page), entries, 'opening a meeting is not a history entry');

    // Closing the newest is kept too, as a departure from the default.
    const newest = page.locator(`#meeting-${meetings[0] ?? ''} button`);
    await newest.click();
    await page.waitForURL((u) => u.searchParams.get('closed') === meetings[0]);
    assert.equal(await newest.getAttribute('aria-expanded'), 'false');

    await toggle.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const before = await scrollY(page);
    // Leaving by the address bar: a click on the navigation would first scroll up to it.
    await page.goto(pinned(suite.server.url, ''));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('open') === second);
    await page.locator(`#meeting-${second} button[aria-expanded="true"]`).waitFor();
    assert.equal(await newest.getAttribute('aria-expanded'), 'false');
    await expectScrolledTo(page, before, 'after Back');

    await page.reload();
    await page.locator(`#meeting-${second} button[aria-expanded="true"]`).waitFor();
    assert.equal(await page.locator(`#meeting-${meetings[0] ?? ''} button`).getAttribute('aria-expanded'), 'false');
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});
