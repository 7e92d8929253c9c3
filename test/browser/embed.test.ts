import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { after, test, closePage, freePort, newPage, watchErrors, servedBrowser } from './harness.ts';
import { pinned, SNAPSHOT } from './published.ts';

async function snippetFor(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const snippet = await dialog.getByLabel('Embed code').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return snippet;
}

const hosts: Server[] = [];
// Closed even when a test fails, so a failure cannot leave the test process waiting on an open server.
after(() => {
  for (const server of hosts) server.close();
});

/** A council page on another origin, holding whatever snippets it is given. */
async function hostPage(body: string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Council page</title></head><body><h1>Community safety</h1>${body}</body></html>`);
  });
  hosts.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/council/community-safety.html`, server };
}

async function frameFor(page: Page, view: string): Promise<Frame> {
  for (let i = 0; i < 100; i += 1) {
    const frame = page
      .frames()
      .find((f) => f.url().includes(`view=${view}`) || (view === 'overview' && f !== page.mainFrame() && !f.url().includes('view=')));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame for ${view}`);
}

/** Waits until the iframe is as tall as the content inside it, and returns that height. */
async function settledHeight(page: Page, index: number, frame: Frame): Promise<number> {
  let iframe = 0;
  let content = -1;
  for (let i = 0; i < 50; i += 1) {
    content = await frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));
    iframe = await page
      .locator('iframe')
      .nth(index)
      .evaluate((el) => el.getBoundingClientRect().height);
    if (content > 0 && Math.abs(iframe - content) <= 1) return iframe;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe ${index} is ${iframe}px tall, its content ${content}px`);
}

describe('embedding on a council page', () => {
  const suite = servedBrowser();

  test('two views from the dialog render, size themselves, ignore other origins and leave the host alone', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1000, height: 800 } });
    const overview = await snippetFor(page, pinned(suite.server.url, 'view=overview'));
    const beats = await snippetFor(page, pinned(suite.server.url, 'view=beats&measure=burglary-residential'));
    // The embed shows the snapshot of the view it was copied from.
    assert.match(
      overview,
      new RegExp(
        `<iframe src="[^"]*snapshot=${SNAPSHOT}&amp;embed=1" title="Charnwood Community Safety Partnership: Overview" loading="lazy" width="100%"`,
      ),
    );
    assert.match(beats, new RegExp(`measure=burglary-residential&amp;snapshot=${SNAPSHOT}&amp;embed=1"`));

    const host = await hostPage(`${overview}\n<p>Between the two embeds.</p>\n${beats}`);
    const errors = watchErrors(page);
    await page.goto(host.url);
    const historyBefore = await page.evaluate(() => history.length);

    const first = await frameFor(page, 'overview');
    await first.getByRole('heading', { level: 1, name: 'Community safety in Charnwood' }).waitFor();
    await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
    const second = await frameFor(page, 'beats');
    await second.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();

    for (const frame of [first, second]) {
      assert.equal(await frame.locator('nav').count(), 0, 'no site navigation when embedded');
      await frame.getByText('Main figures to 5 Dec 2023').first().waitFor();
      await frame.getByText('Main period reported: 2023/24 year to date (1 Apr to 5 Dec 2023)').first().waitFor();
      assert.equal(await frame.getByRole('link', { name: /Open this view in the full dashboard/ }).count(), 1);
    }
    const firstHeight = await settledHeight(page, 0, first);
    const secondHeight = await settledHeight(page, 1, second);
    assert.notEqual(firstHeight, 900, 'resized from the fallback height');

    // A filter inside the second embed changes its content; only its own iframe follows.
    await second.getByRole('radio', { name: 'Table' }).check();
    await second.getByRole('table', { name: /Burglary – residential by beat/ }).waitFor();
    const changed = await settledHeight(page, 1, second);
    assert.notEqual(changed, secondHeight);
    assert.equal(await settledHeight(page, 0, first), firstHeight);

    // Resize messages from any other origin, here the host page itself, are ignored.
    await page.evaluate(() => window.postMessage({ type: 'csp-dashboard:resize', height: 123 }, '*'));
    await page.waitForTimeout(300);
    assert.equal(
      await page
        .locator('iframe')
        .nth(0)
        .evaluate((el) => el.getBoundingClientRect().height),
      firstHeight,
    );

    assert.equal(page.url(), host.url, "the host page's URL is untouched");
    assert.equal(await page.evaluate(() => history.length), historyBefore, "the host's history is untouched");
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('without the script, an embed still works at its fixed height', async () => {
    const page = await newPage(suite.browser);
    const snippet = await snippetFor(page, pinned(suite.server.url, 'view=family-group'));
    const iframeOnly = snippet.split('\n<script>')[0] ?? '';
    const host = await hostPage(iframeOnly);
    await page.goto(host.url);
    const frame = await frameFor(page, 'family-group');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), 900);
    await closePage(page);
  });
});

describe('hosting from a sub-path of a static host', () => {
  const suite = servedBrowser({ base: '/dashboards/community-safety/' });

  test('every view loads its data and navigates without server rewrites', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    assert.match(suite.server.url, /\/dashboards\/community-safety\/$/);
    await page.goto(pinned(suite.server.url));
    await page.getByRole('heading', { level: 1, name: 'Community safety in Charnwood' }).waitFor();
    for (const name of ['Beat trends', 'Family group', 'Youth ASB', 'Actions', 'Scorecards', 'Data downloads']) {
      await page.getByRole('navigation').getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Each view's own prerendered page, or the folder itself: never a path the host must rewrite.
      assert.match(page.url(), /\/dashboards\/community-safety\/([a-z-]+\.html)?\?view=/);
      assert.equal(new URL(page.url()).searchParams.get('snapshot'), SNAPSHOT, 'the navigation keeps the snapshot');
      assert.equal(await page.getByRole('alert').count(), 0, `no load error on ${name}`);
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Published snapshots' }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});
