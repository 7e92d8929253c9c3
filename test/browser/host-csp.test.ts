/**
 * Issue 13, item 6: the README's recipe for a host page with a
 * Content-Security-Policy works. A council page on another origin, served
 * with a strict policy that allows the dashboard only in frame-src and the
 * snippet's script only by the hash the embed dialog prints, embeds a view:
 * the iframe loads, the script runs and resizes it, and nothing is blocked.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, closePage, freePort, newPage, servedBrowser, test } from './harness.ts';
import { pinned } from './published.ts';

const hosts: Server[] = [];
after(() => {
  for (const server of hosts) server.close();
});

async function strictHost(body: string, policy: string): Promise<string> {
  const port = await freePort();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(`<!doctype html><html lang="en"><head><title>Council page</title></head><body><h1>Community safety</h1>${body}</body></html>`);
  });
  hosts.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}/council/community-safety.html`;
}

describe("a host page with the README's Content-Security-Policy", () => {
  const suite = servedBrowser();

  test('embeds the dashboard, runs the resizing script by its hash, and blocks nothing', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    const snippet = await dialog.getByLabel('Embed code').inputValue();
    const policyField = dialog.getByLabel('Policy to add');
    await page.waitForFunction(() =>
      /sha256-/.test((document.querySelector('dialog textarea:last-of-type') as HTMLTextAreaElement | null)?.value ?? ''),
    );
    const addition = await policyField.inputValue();
    const origin = new URL(suite.server.url).origin;
    assert.match(addition, new RegExp(`^frame-src ${origin}; script-src 'sha256-[A-Za-z0-9+/]+=*'$`));

    // The README's recipe: a strict policy of the council's own, plus exactly what the dialog printed.
    const policy = `default-src 'self'; object-src 'none'; base-uri 'self'; ${addition}`;
    const host = await strictHost(snippet, policy);
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__violations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(host);
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
    assert.ok(frame, 'the iframe loaded');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    // Resized from its fallback height of 900: the script ran under the host's policy.
    await page.waitForFunction(() => {
      const iframe = document.querySelector('iframe');
      return iframe !== null && Math.round(iframe.getBoundingClientRect().height) !== 900;
    });
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, []);

    // The same page without the hash blocks the script: the hash is what allows it.
    const blocked = await strictHost(snippet, `default-src 'self'; frame-src ${origin}; script-src 'self'`);
    await page.goto(blocked);
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    await closePage(page);
  });
});
