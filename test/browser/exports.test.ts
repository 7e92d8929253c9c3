import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { test, closePage, newPage, servedBrowser } from './harness.ts';
import { manifest, partnership, pinned, SNAPSHOT } from './published.ts';

const checked = manifest.snapshots.find((s) => s.id === SNAPSHOT);
/** Download names start with the partnership's id and end with the snapshot's. */
const ID = partnership.partnership.id;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The CSV of beat 62's all-crime table, as its first "Download CSV" button saves it. */
async function beatTableCsv(page: Page, base: string): Promise<Buffer> {
  await page.goto(pinned(base, 'view=beats&beat=62&crime=all-crime'));
  const { bytes } = await downloaded(page, () =>
    page
      .getByRole('button', { name: /Download CSV/ })
      .first()
      .click(),
  );
  return bytes;
}

/** The project's CSV dialect (README, "The CSV dialect"), read by a strict RFC 4180 parser. */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a byte-order mark');
  assert.ok(text.endsWith('\r\n'), 'CSV records end with CRLF');
  return parse(text, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

describe('exports: tables, charts and links', () => {
  const suite = servedBrowser();

  test('a filtered, sorted table downloads as exactly the rows and columns on screen', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page.getByRole('searchbox').fill('recommendation');
    await page.waitForURL(/q=recommendation/);
    const table = page.getByRole('table', { name: /actions|recommendations/i }).first();
    await table.getByRole('button', { name: /^Item/ }).click();
    await page.waitForURL(/sort\.[a-z0-9-]+=item/);
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const screenRows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
    const { name, bytes } = await downloaded(page, () =>
      page
        .getByRole('button', { name: /Download CSV/ })
        .first()
        .click(),
    );
    assert.match(name, new RegExp(`^${ID}-[a-z0-9-]+-${SNAPSHOT}\\.csv$`));
    const [header, ...rows] = csvRows(bytes);
    assert.deepEqual(header?.slice(0, 2), ['Snapshot', 'Main figures to']);
    const shownHeaders = headers.map((h) => h.replace(/\s*[▲▼↕]\s*$/, '').trim());
    assert.deepEqual(header?.slice(header.length - shownHeaders.length), shownHeaders);
    assert.equal(rows.length, screenRows.length);
    assert.ok(rows.length > 0);
    // The text column is the same on screen and in the file, row for row, in the sorted order.
    const textColumn = shownHeaders.findIndex((h) => /Action or recommendation/.test(h));
    assert.ok(textColumn >= 0);
    const offset = (header?.length ?? 0) - shownHeaders.length;
    // A long text's cell also holds its "Show full text" button, which is no part of the text.
    rows.forEach((row, i) => assert.equal(row[offset + textColumn], screenRows[i]?.[textColumn]?.replace(/\s*Show (full text|less)$/, '')));
    // The day the snapshot's main figures run to, as printed: not the meeting date.
    assert.ok(checked?.figuresTo, `${SNAPSHOT} states the day its main figures run to`);
    rows.forEach((row) => assert.deepEqual(row.slice(0, 2), [SNAPSHOT, checked.figuresTo]));
    await closePage(page);
  });

  test('numbers export as plain numbers, negative ones untouched', async () => {
    const page = await newPage(suite.browser);
    const bytes = await beatTableCsv(page, suite.server.url);
    const [header, ...rows] = csvRows(bytes);
    const value = header?.indexOf('Value as published') ?? -1;
    assert.ok(value >= 0);
    const values = rows.map((r) => r[value] ?? '');
    assert.ok(
      values.every((v) => /^-?\d+(\.\d+)?$/.test(v)),
      values.join(' '),
    );
    assert.ok(
      values.some((v) => v.startsWith('-')),
      'a negative % change is exported as a number',
    );
    assert.ok(header?.includes('Period start') && header.includes('Period end'));
    const start = header?.indexOf('Period start') ?? -1;
    assert.ok(
      rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[start] ?? '')),
      'ISO 8601 dates',
    );
    await closePage(page);
  });

  test("a beat's figures carry their area, unit and source in the CSV", async () => {
    const page = await newPage(suite.browser);
    const bytes = await beatTableCsv(page, suite.server.url);
    const [header, ...rows] = csvRows(bytes);
    assert.ok(header);
    const area = header.indexOf('Area');
    const unit = header.indexOf('Value as published unit');
    const source = header.indexOf('Value as published source');
    assert.ok(area >= 0 && unit >= 0 && source >= 0, header.join(' | '));
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.match(row[area] ?? '', /62/, 'the beat is named in every row');
      assert.match(row[source] ?? '', /, line \d+$/, 'every value names its line');
    }
    const statistic = header.indexOf('Figure');
    const changes = rows.filter((r) => r[statistic] === '% change');
    assert.ok(changes.length > 0);
    for (const row of changes) assert.equal(row[unit], 'percent change');
    await closePage(page);
  });

  test('a chart downloads as a valid SVG and PNG carrying its title and source', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    // The chart is drawn when it nears the screen, and the beats table now stands above it.
    await page.getByRole('figure', { name: /All crime by beat/ }).scrollIntoViewIfNeeded();
    await page.locator('svg.recharts-surface').first().waitFor();
    const svg = await downloaded(page, () => page.getByRole('button', { name: /Download SVG/ }).click());
    assert.equal(svg.name, `${ID}-all-crime-by-beat-${SNAPSHOT}.svg`);
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(text, /All crime by beat/);
    assert.match(text, /year to date \(1 April to 5 December\)/);
    assert.match(text, /Source: Charnwood Community Safety Partnership, 18 April 2024; main figures to 5 Dec 2023/);
    const parsed = await page.evaluate(
      (s) => new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('parsererror').length,
      text,
    );
    assert.equal(parsed, 0);
    const png = await downloaded(page, () => page.getByRole('button', { name: /Download PNG/ }).click());
    assert.match(png.name, /\.png$/);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    assert.ok(width >= 1280 && height > 600, `${width}×${height}`);
    await closePage(page);
  });

  test('copy link puts the current view, with its filters, on the clipboard', async () => {
    const page = await newPage(suite.browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.server.url).origin });
    await page.goto(pinned(suite.server.url, 'view=beats&measure=burglary-residential'));
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await page.getByText('Link copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    await closePage(page);
  });

  test('the data view offers every file with a note on what each column of figures.csv means', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=data'));
    await page.getByRole('heading', { name: /What the columns of figures\.csv mean/ }).waitFor();
    for (const column of ['value_as_printed', 'source_line', 'period_start']) {
      await page.getByRole('rowheader', { name: column }).waitFor();
    }
    await closePage(page);
  });
});
