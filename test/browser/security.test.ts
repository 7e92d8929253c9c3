import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, DIST, closePage, newPage, servedBrowser } from './harness.ts';
import { pinned } from './published.ts';

const VIEWS = ['overview', 'beats', 'family-group', 'youth-asb', 'actions', 'scorecards', 'data', 'changes'];

describe('security: own origin only, under a strict Content-Security-Policy', () => {
  const suite = servedBrowser();

  test('the built page carries a policy with no inline script or style and no other origins', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(policy, 'no CSP meta tag in dist/index.html');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /style-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
  });

  test('the policy is the first tag in <head> of every built page, the charset next, inside the first 1024 bytes', () => {
    const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
    assert.ok(pages.includes('index.html'));
    for (const name of pages) {
      const html = readFileSync(join(DIST, name), 'utf8');
      const head = /<head>\s*(<[^>]+>)\s*(<[^>]+>)/.exec(html);
      assert.match(head?.[1] ?? '', /^<meta http-equiv="Content-Security-Policy" /, `${name}: the policy comes first`);
      assert.equal(head?.[2], '<meta charset="UTF-8" />', `${name}: the charset comes next`);
      assert.ok(Buffer.byteLength(html.slice(0, html.indexOf('<meta charset'))) < 1000, `${name}: the charset is early enough`);
    }
  });

  test('no view requests anything from another origin, breaks the policy, or stores anything', async () => {
    const page = await newPage(suite.browser);
    const origin = new URL(suite.server.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(r.url());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const view of VIEWS) {
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      assert.deepEqual(violations, [], `CSP violations on ${view}`);
    }
    assert.deepEqual(foreign, []);
    assert.deepEqual(await page.context().cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await closePage(page);
  });
});
