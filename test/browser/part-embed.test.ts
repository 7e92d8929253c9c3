/**
 * Issue 13, item 2: one chart or one table embedded alone, from its own
 * "Embed this" button, on a council page of another origin: it shows just
 * that part (with the embed's header: snapshot dates, source, a link to the
 * full view) and the iframe is sized to it.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { after, axeViolations, closePage, freePort, newPage, servedBrowser, SLOW_TEST_TIMEOUT_MS, test } from './harness.ts';
import { pinned, SNAPSHOT } from './published.ts';

const hosts: Server[] = [];
after(() => {
  for (const server of hosts) server.close();
});

async function hostPage(body: string): Promise<string> {
  const port = await freePort();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Council page</title></head><body><h1>Community safety</h1>${body}</body></html>`);
  });
  hosts.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}/council/community-safety.html`;
}

async function snippetFrom(page: Page, button: RegExp): Promise<string> {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog', { name: button });
  const snippet = await dialog.getByLabel('Embed code').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return snippet;
}

async function embedded(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no iframe');
  await frame.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  return frame;
}

/** Waits until the iframe is as tall as its content, and returns that height. */
async function settledHeight(page: Page, frame: Frame): Promise<number> {
  let iframe = 0;
  let content = -1;
  for (let i = 0; i < 50; i += 1) {
    content = await frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));
    iframe = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    if (content > 0 && Math.abs(iframe - content) <= 1) return iframe;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe is ${iframe}px tall, its content ${content}px`);
}

describe('embedding one chart or one table', () => {
  const suite = servedBrowser();

  test('a chart embeds alone, sized to it, with its title, dates and source', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(pinned(suite.server.url, 'view=beats&measure=burglary-residential'));
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    const snippet = await snippetFrom(page, /^Embed this chart/);
    assert.match(snippet, new RegExp(`snapshot=${SNAPSHOT}&amp;embed=1&amp;part=[a-z0-9.-]+"`));
    const view = await snippetFrom(page, /^Embed this view/);

    await page.goto(await hostPage(view));
    const wholeFrame = await embedded(page);
    // The whole view is measured once its chart is in: measured earlier, on a busy machine, it is only the loading line.
    await wholeFrame.locator('figure.chart-frame').first().waitFor();
    const whole = await settledHeight(page, wholeFrame);

    await page.goto(await hostPage(snippet));
    const frame = await embedded(page);
    await frame.locator('.embed--part').waitFor();
    const figures = frame.locator('figure.chart-frame');
    await figures.first().waitFor();
    assert.equal(await frame.locator('figure.chart-frame:visible').count(), 1, 'one chart shows');
    assert.equal(await frame.getByRole('heading', { level: 1 }).isVisible(), false, "the view's own heading is not shown");
    await frame
      .getByText(/^Main figures to/)
      .first()
      .waitFor();
    assert.equal(await frame.getByRole('link', { name: /Open this view in the full dashboard/ }).count(), 1);
    const part = await settledHeight(page, frame);
    const chartHeight = await frame.locator('figure.chart-frame:visible').evaluate((el) => el.getBoundingClientRect().height);
    const headerHeight = await frame.locator('.embed-header').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(part < whole, `the part (${part}px) is smaller than the whole view (${whole}px)`);
    // Sized to the chart: its header and the chart, and no more than their margins besides.
    assert.ok(part <= headerHeight + chartHeight + 80, `${part}px for a ${chartHeight}px chart under a ${headerHeight}px header`);
    assert.deepEqual(await axeViolations(page), []);
    await closePage(page);
  });

  test('a table embeds alone', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const snippet = await snippetFrom(page, /^Embed this table/);
    await page.goto(await hostPage(snippet));
    const frame = await embedded(page);
    await frame.locator('.embed--part').waitFor();
    assert.equal(await frame.locator('table:visible').count(), 1, 'one table shows');
    await settledHeight(page, frame);
    await closePage(page);
  });
});
