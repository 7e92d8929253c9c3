import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { test, axeViolations, closePage, newPage, watchErrors, servedBrowser } from './harness.ts';
import { manifest, pinned } from './published.ts';

// The data view lists every snapshot, so these tests take the list from the manifest rather than pin one snapshot.

describe('the app shell on the bundled data', () => {
  const suite = servedBrowser();

  test('lists every snapshot in the manifest, newest first, with no console errors', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(`${suite.server.url}?view=data`);
    await page.getByRole('heading', { level: 1, name: 'Published snapshots' }).waitFor();
    const table = page.getByRole('table', { name: /Snapshots of the published figures/ });
    const rowHeaders = await table.getByRole('rowheader').allInnerTexts();
    assert.equal(rowHeaders.length, manifest.snapshots.length);
    manifest.snapshots.forEach((s, i) => assert.match(rowHeaders[i] ?? '', new RegExp(s.title.replace(/[()]/g, '.'))));
    assert.match(rowHeaders[0] ?? '', /Default/);
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('offers every published file for download', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.server.url}?view=data`);
    const link = page.getByRole('link', { name: `${manifest.defaultSnapshot}/figures.csv` });
    const href = await link.getAttribute('href');
    assert.ok(href);
    const response = await page.request.get(new URL(href, suite.server.url).toString());
    assert.equal(response.status(), 200);
    const text = await response.text();
    // The byte-order mark first, as in every CSV the dashboard writes, so Excel reads the en dashes and arrows as UTF-8.
    assert.match(text.split('\r\n')[0] ?? '', /^\uFEFFsnapshot_id,dataset,area_type,area_code,area_name,measure,statistic,period_label/);
    await closePage(page);
  });

  test('axe finds no WCAG 2.2 A/AA violations', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.server.url}?view=data`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await closePage(page);
  });

  test('a corrupted manifest shows a message naming the file, the path and the reason', async () => {
    const page = await newPage(suite.browser);
    await page.route('**/data/manifest.json', async (route) => {
      const response = await route.fetch();
      const body = JSON.parse(await response.text()) as { snapshots: { figureCount: unknown }[] };
      const first = body.snapshots[0];
      if (first) first.figureCount = 'many';
      await route.fulfill({ response, body: JSON.stringify(body) });
    });
    await page.goto(suite.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be loaded/);
    assert.match(await alert.innerText(), /manifest\.json: snapshots\[0\]\.figureCount: .*expected number/i);
    await closePage(page);
  });

  test('a missing manifest says so plainly', async () => {
    const page = await newPage(suite.browser);
    await page.route('**/data/manifest.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto(suite.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /manifest\.json: the server answered 404/);
    await closePage(page);
  });

  test('a file that fails to load can be loaded again with "Try again", without reloading the page', async () => {
    const page = await newPage(suite.browser);
    let serverDown = true;
    let requests = 0;
    await page.route('**/data/2024-04/beat-crime.json', async (route) => {
      requests += 1;
      if (serverDown) await route.fulfill({ status: 503, body: 'busy' });
      else await route.fallback();
    });
    await page.goto(pinned(suite.server.url, 'view=beats'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /2024-04\/beat-crime\.json: the server answered 503/);
    // The chart's text summary stands for the view's figures: it is written from them.
    const summary = page.getByText(/^Published all crime counts by beat/);
    assert.equal(await summary.count(), 0);
    serverDown = false;
    const before = requests;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await summary.waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.ok(requests > before, 'the file was fetched again');
    await closePage(page);
  });

  test('a file changed since the manifest was built is refused with a clear message, never shown', async () => {
    const page = await newPage(suite.browser);
    await page.route('**/data/2024-04/beat-crime.json', async (route) => {
      const response = await route.fetch();
      // A stale copy: same shape, one figure different, so only the hash can tell.
      const body = (await response.text()).replace(/"value":\[(\d+)/, (_m, n: string) => `"value":[${Number(n) + 1}`);
      await route.fulfill({ response, body });
    });
    await page.goto(pinned(suite.server.url, 'view=beats'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /2024-04\/beat-crime\.json does not match the manifest: the dashboard has been updated since this page loaded — reload the page/,
    );
    assert.equal(await page.getByText(/^Published all crime counts by beat/).count(), 0);
    await closePage(page);
  });
});
