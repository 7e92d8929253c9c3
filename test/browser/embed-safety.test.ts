/**
 * Issue 13: an embed stays an embed, a link never puts a stranger's words on
 * the page, and failures stay inside the view (and inside the iframe).
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { after, test, closePage, DIST, freePort, launch, newPage, serve, servedBrowser, SLOW_TEST_TIMEOUT_MS } from './harness.ts';
import { pinned, SNAPSHOT } from './published.ts';

const hosts: Server[] = [];
after(() => {
  for (const server of hosts) server.close();
});

/** A council page on another origin: a search box its reader is typing in, then the embed. */
async function hostPage(iframeSrc: string, options: { below?: boolean } = {}): Promise<string> {
  // Below: the embed sits under a long page, out of sight of a reader at its top.
  const before = options.below ? '<p style="height:3000px">What the reader is reading.</p>' : '';
  const port = await freePort();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>Council page</title></head><body><h1>Community safety</h1>` +
        `<label>Search the council site <input id="reader"></label>${before}` +
        `<iframe src="${iframeSrc.replace(/&/g, '&amp;')}" title="Dashboard" style="width:100%;height:900px;border:0"></iframe>` +
        `<p style="height:3000px">The rest of the council page.</p></body></html>`,
    );
  });
  hosts.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}/council/community-safety.html`;
}

async function dashboardFrame(page: Page): Promise<Frame> {
  await page.locator('iframe').waitFor();
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no iframe');
  await frame.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await frame.getByRole('heading', { level: 1 }).waitFor();
  return frame;
}

/** Links a plain click follows inside the page (not new tabs, not downloads). */
const IN_PLACE = 'main a[href]:not([target="_blank"]):not([download])';

describe('an embed stays an embed', () => {
  const suite = servedBrowser();

  for (const [name, query] of [
    ['the overview', 'view=overview'],
    ['the beat trends, asked for with embed=true', 'view=beats&measure=burglary-residential'],
    ['youth ASB, with links within the page', 'view=youth-asb'],
  ] as const) {
    test(`every link in ${name} keeps the embed and leaves the host's history alone`, { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      const page = await newPage(suite.browser);
      const embed = query.includes('beats') ? 'embed=true' : 'embed=1';
      const src = `${pinned(suite.server.url, query)}&${embed}`;
      await page.goto(await hostPage(src));
      let frame = await dashboardFrame(page);
      const count = await frame.locator(IN_PLACE).count();
      assert.ok(count > 0, `${name} has links`);
      const historyBefore = await page.evaluate(() => window.history.length);
      for (let i = 0; i < count; i += 1) {
        const link = frame.locator(IN_PLACE).nth(i);
        const text = (await link.innerText()).trim();
        await link.click();
        await frame.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
        await frame.getByRole('heading', { level: 1 }).waitFor();
        assert.equal(await page.evaluate(() => window.history.length), historyBefore, `"${text}" left the host's history length alone`);
        assert.equal(await frame.locator('nav.site-nav').count(), 0, `"${text}" showed no site navigation`);
        assert.ok(new URL(frame.url()).searchParams.get('embed') !== null, `"${text}" kept the embed`);
        assert.equal(new URL(frame.url()).searchParams.get('snapshot'), SNAPSHOT, `"${text}" kept the snapshot`);
        // Back to where the embed began, without a history entry of the host's.
        await frame.evaluate((url) => window.location.replace(url), src);
        frame = await dashboardFrame(page);
      }
      assert.equal(page.url().includes('/council/'), true);
      await closePage(page);
    });
  }
});

describe("never echo a stranger's words", () => {
  const suite = servedBrowser();

  test('a crafted value of 200 characters never appears whole, and headings use only names from the data', async () => {
    const page = await newPage(suite.browser);
    const crafted =
      `URGENT: your council tax account is closed. Call 0800 000 0000 now to avoid court action. ${'Act today. '.repeat(20)}`.slice(0, 200);
    assert.equal(crafted.length, 200);
    await page.goto(pinned(suite.server.url, `view=beats&beat=${encodeURIComponent(crafted)}&sort.${encodeURIComponent(crafted)}=x`));
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
    await notice.getByText(/^The value of "beat" \(“URGENT: your council tax acco…”\) is not/).waitFor();
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes(crafted), 'the crafted value appears whole');
    assert.ok(!text.includes('Call 0800'), 'the crafted sentence appears');

    const measure = 'urgent-call-0800-000-0000-now';
    await page.goto(pinned(suite.server.url, `view=family-group&measure=${measure}`));
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    assert.doesNotMatch(await heading.innerText(), /urgent|0800/i);
    await page
      .getByText(/^The value of "measure" \(“urgent-call-0800-000-0000-now”\) is not a crime type this snapshot publishes/)
      .waitFor();
    await closePage(page);
  });
});

describe('failures are contained', () => {
  test('a view chunk deleted after a redeploy shows the reload message, keeping the header and navigation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-chunk-'));
    cpSync(DIST, dir, { recursive: true });
    const chunk = readdirSync(join(dir, 'assets')).find((f) => /^beats-view.*\.js$/.test(f));
    assert.ok(chunk, 'the build has a beats view chunk');
    rmSync(join(dir, 'assets', chunk));
    const server = await serve({ outDir: dir });
    const browser = await launch();
    try {
      const page = await newPage(browser);
      await page.goto(pinned(server.url, 'view=overview'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      const navigation = await page.getByRole('navigation').getByRole('link').count();
      assert.ok(navigation > 0, 'the overview has the site navigation');
      await page.getByRole('navigation').getByRole('link', { name: 'Beat trends' }).click();
      await page.getByText('The dashboard has been updated since this page was loaded: reload to see the latest version.').waitFor();
      await page.getByRole('button', { name: 'Reload' }).waitFor();
      assert.equal(await page.getByRole('navigation').getByRole('link').count(), navigation, 'the navigation stays');
      await closePage(page);
    } finally {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const suite = servedBrowser();

  test("a failed load inside an embed leaves the host's focus and scroll where they were", async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1000, height: 700 } });
    await page.route('**/data/*/beat-crime.json', (route) => route.abort());
    // A reader typing at the top of the page, the embed far below.
    await page.goto(await hostPage(`${pinned(suite.server.url, 'view=beats')}&embed=1`, { below: true }));
    await page.locator('#reader').focus();
    await page.keyboard.type('bins');
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
    assert.ok(frame);
    await frame.getByRole('alert').filter({ hasText: "This view's data could not be loaded" }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader', "the host's reader keeps the focus");
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll');
    // The same, with no control focused: nothing inside the embed takes focus or scrolls the host to it.
    await page.goto(await hostPage(`${pinned(suite.server.url, 'view=beats')}&embed=1`, { below: true }));
    const again = await (await page.locator('iframe').elementHandle())?.contentFrame();
    assert.ok(again);
    await again.getByRole('alert').filter({ hasText: "This view's data could not be loaded" }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BODY', 'focus stays on the host page');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll');
    await closePage(page);
  });
});
