/**
 * What changed between two snapshots, checked against rows worked out by
 * hand from the documents (the April 2024 pack, seed 001, against the
 * snapshot of the minutes headed October 2022, seed 002) and against totals
 * read from the published files. Every URL names both snapshots, so a new
 * quarter changes nothing these tests see.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { test, axeViolations, closePage, newPage, servedBrowser, SLOW_TEST_TIMEOUT_MS, watchErrors } from './harness.ts';
import { manifest, partnership, pinned, published, type PublishedFigure } from './published.ts';

const FROM = '2022-10';
const TO = '2024-04';
const PAIR = `view=changes&from=${FROM}&to=${TO}`;
const FIGURE_FILES = ['beat-crime', 'csp-crime', 'family-group', 'asb', 'actions', 'scorecards'];

/** Meanings (dataset, area, measure, statistic, period, comparison) a snapshot publishes, each with the value its views show. */
function meanings(snapshot: string): Map<string, number> {
  const shown = new Map<string, number>();
  for (const file of FIGURE_FILES) {
    for (const f of published<{ figures: PublishedFigure[] }>(snapshot, file).figures) {
      if (!f.preferred) continue;
      shown.set([file, f.areaType, f.areaCode, f.measure, f.statistic, f.period, f.comparison ?? ''].join('|'), f.value);
    }
  }
  return shown;
}

const before = meanings(FROM);
const after = meanings(TO);
const NEW_FIGURES = [...after.keys()].filter((k) => !before.has(k)).length;
const REVISED = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
const GONE = [...before.keys()].filter((k) => !after.has(k)).length;

interface Item {
  id: string;
}
const actionsOf = (s: string) => published<{ actions: Item[]; recommendations: Item[] }>(s, 'actions');
const newById = (a: Item[], b: Item[]) => b.filter((i) => !a.some((x) => x.id === i.id)).length;
const NEW_RECOMMENDATIONS = newById(actionsOf(FROM).recommendations, actionsOf(TO).recommendations);

function url(base: string, query: string): string {
  return `${base}?${query}`;
}

async function openChanges(page: Page, base: string, query = PAIR): Promise<Locator> {
  await page.goto(url(base, query));
  await page.getByRole('heading', { name: 'Every change' }).waitFor();
  // The list is drawn a moment after the heading and counts (a deferred render), so wait for it as a reader would.
  const table = page.getByRole('table', { name: /^Changes from/ });
  await table.waitFor();
  return table;
}

/** The row whose header (the figure, note, action or recommendation) matches. */
function row(table: Locator, header: RegExp): Locator {
  return table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: header }) });
}

async function cells(r: Locator): Promise<string[]> {
  return r.locator('th, td').evaluateAll((cs) => cs.map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** The project's CSV dialect, read by a strict RFC 4180 parser. */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a byte-order mark');
  return parse(text, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

describe('what changed between two snapshots', () => {
  const suite = servedBrowser();

  test('the totals of each kind are those of the published files', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await openChanges(page, suite.server.url);
    const counts = page.locator('.changes-counts');
    assert.match(await counts.innerText(), new RegExp(`New figure: ${NEW_FIGURES}\\b`));
    assert.match(await counts.innerText(), new RegExp(`Revised figure: ${REVISED}\\b`));
    assert.match(await counts.innerText(), new RegExp(`No longer published: ${GONE}\\b`));
    assert.match(await counts.innerText(), new RegExp(`New recommendation: ${NEW_RECOMMENDATIONS}\\b`));
    // Worked out from the documents: the October 2022 minutes print no figure the April 2024 pack restates with another value.
    assert.equal(REVISED, 0);
    await page.getByText(`No figure published in ${FROM} is printed with a different value in ${TO}: no figure was revised.`).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('rows worked out from the April 2024 pack appear with their kind, values and both sources', async () => {
    const page = await newPage(suite.browser);
    const table = await openChanges(page, suite.server.url, `${PAIR}&dataset=csp-crime&kind=new`);
    // Seed 001, PSA Table 1, line 468: "All Crime -6.1% 10,195 9568 -627", to 5 December 2023.
    const total = row(table, /^Charnwood: All crime, count, 2023\/24 year to date \(1 Apr to 5 Dec 2023\)$/);
    assert.equal(await total.count(), 1);
    const [kind, dataset, , earlier, later, difference] = await cells(total);
    assert.equal(kind, 'New figure');
    assert.equal(dataset, `${partnership.partnership.shortName} crime overview`);
    assert.deepEqual([earlier, later, difference], ['', '9,568', '']);
    await total.locator('details.figure-source summary').click();
    await total
      .getByText(
        /Printed as ?9568 ?in Charnwood Community Safety Partnership, 18 April 2024, PSA 2023\/24 Table 1 \(Executive Summary\), line 468/,
      )
      .waitFor();
    // Same line: Robbery, -30% on 1 April to 5 December 2022.
    const robbery = row(table, /^Charnwood: Robbery, % change, 2023\/24 year to date \(1 Apr to 5 Dec 2023\) compared with/);
    assert.equal(await robbery.count(), 1);
    assert.equal((await cells(robbery))[4], '-30%');
    // Seed 002, minute 7, line 95: "Total Crime (+4.3%)" was in the October 2022 snapshot already, so it is not new.
    assert.equal(await row(table, /All crime, % change, 2022\/23 year to date \(end date not stated\)/).count(), 0);
    await closePage(page);
  });

  test('new recommendations and the revision notes are listed and explained in words', async () => {
    const page = await newPage(suite.browser);
    const table = await openChanges(page, suite.server.url, `${PAIR}&kind=new-recommendation`);
    assert.equal(await table.locator('tbody tr').count(), NEW_RECOMMENDATIONS);
    // Seed 001, line 543: "Recommendation 1: The CSP reintroduces the Strategic Group…".
    const first = row(table, /recommendation 1: The CSP reintroduces the Strategic Group into its partnership delivery model/);
    assert.equal(await first.count(), 1);
    assert.equal((await cells(first))[0], 'New recommendation');

    const notes = await openChanges(page, suite.server.url, `${PAIR}&kind=new-note`);
    // The pack's ten beats for 2018/19 add up to 9,540 where the March 2020 pack (seed 000, line 1229) printed 9401: a revision, not an error.
    const revision = row(notes, /add up to 9,540; the Charnwood total 9401 \(000_1a5aa9b1bd324060\.txt, line 1229\)/);
    assert.equal(await revision.count(), 1);
    assert.match(
      (await cells(revision))[6] ?? '',
      /^Revised figure\. A later publication printed a different figure for the same thing: the data were revised, not contradicted\.$/,
    );
    await closePage(page);
  });

  test('the filters are in the link, change the rows, and clear', async () => {
    const page = await newPage(suite.browser);
    const table = await openChanges(page, suite.server.url);
    await page.getByLabel('Kind of change').selectOption('new-recommendation');
    await page.waitForURL(/kind=new-recommendation/);
    assert.equal(await table.locator('tbody tr').count(), NEW_RECOMMENDATIONS);
    await page.getByLabel('Dataset').selectOption('notes');
    await page.waitForURL(/dataset=notes/);
    await page.getByRole('cell', { name: 'No changes match these filters.' }).waitFor();
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await page.waitForURL((u) => !u.search.includes('kind=') && !u.search.includes('dataset='));
    // The snapshots named in the link stay; the defaults are not written.
    await page.getByLabel('Earlier snapshot').selectOption('2021-05');
    await page.waitForURL(/from=2021-05/);
    await page.getByRole('heading', { name: `From 2021-05 to ${TO}` }).waitFor();
    await page.getByLabel('Earlier snapshot').selectOption(FROM);
    await page.waitForURL((u) => !u.search.includes('from='));
    await closePage(page);
  });

  test('the table downloads as the rows shown, naming both snapshots', async () => {
    const page = await newPage(suite.browser);
    const table = await openChanges(page, suite.server.url, `${PAIR}&kind=new-recommendation`);
    const shown = await table.getByRole('rowheader').allInnerTexts();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV/ }).click()]);
    assert.equal(download.suggestedFilename(), `${partnership.partnership.id}-changes-from-${FROM}-${TO}.csv`);
    const [header, ...records] = csvRows(readFileSync(await download.path()));
    assert.deepEqual(header?.slice(0, 4), ['Snapshot', 'Main figures to', 'Compared with snapshot', 'Change']);
    assert.ok(header?.includes('Earlier source') && header.includes('Later source'));
    const what = header?.indexOf('Figure, note, action or recommendation') ?? -1;
    assert.deepEqual(
      records.map((r) => r[what]),
      shown.map((s) => s.trim()),
    );
    for (const r of records) assert.deepEqual(r.slice(0, 3), [TO, '2023-12-05', FROM]);
    await closePage(page);
  });

  test('a link naming a snapshot that does not exist says so without repeating it, and compares the defaults', async () => {
    const page = await newPage(suite.browser);
    const junk = 'x'.repeat(300);
    await openChanges(page, suite.server.url, `view=changes&from=${junk}&to=${TO}`);
    const notice = page.getByText('Part of this link could not be used').locator('..');
    assert.match(await notice.innerText(), /earlier snapshot \("from"\) is not one of this dashboard's snapshots/);
    assert.ok(!(await notice.innerText()).includes('xxxxxxxx'));
    await page.getByRole('heading', { name: `From ${FROM} to ${TO}` }).waitFor();
    await closePage(page);
  });

  test('axe finds nothing, with a source open', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await newPage(suite.browser);
    const table = await openChanges(page, suite.server.url, `${PAIR}&dataset=family-group`);
    await table.locator('details.figure-source summary').first().click();
    assert.deepEqual(await axeViolations(page), []);
    await closePage(page);
  });

  test('at 320 px wide the page does not scroll sideways; the table scrolls in its own region', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 800 } });
    await openChanges(page, suite.server.url, `${PAIR}&kind=new-recommendation`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll');
    await page.getByRole('region', { name: /^Changes from/ }).waitFor();
    await closePage(page);
  });

  test(
    'embedded, it shows the comparison with a link to the full dashboard, and axe finds nothing',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser);
      await openChanges(page, suite.server.url, `${PAIR}&kind=new-recommendation&embed=1`);
      assert.equal(await page.getByRole('navigation').count(), 0, 'no site navigation in an embed');
      const full = page.getByRole('link', { name: /Open this view in the full dashboard/ });
      const href = (await full.getAttribute('href')) ?? '';
      assert.match(href, /view=changes/);
      assert.match(href, /from=2022-10/);
      assert.ok(!href.includes('embed='));
      assert.deepEqual(await axeViolations(page), []);
      await closePage(page);
    },
  );

  test('the overview says how many figures are new since the snapshot before, and links here', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, '', TO));
    const line = page.locator('.new-since');
    await line.scrollIntoViewIfNeeded();
    await line.getByText(`${NEW_FIGURES} figures new since then.`).waitFor();
    await line.getByRole('link', { name: `What changed since ${manifest.snapshots.find((s) => s.id === FROM)?.title}` }).click();
    await page.getByRole('heading', { name: `From ${FROM} to ${TO}` }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('it is in the navigation, prerendered down to its counts, and its list follows once the page is taken over', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(url(suite.server.url, 'view=overview'));
    const link = page.getByRole('navigation').getByRole('link', { name: 'What changed' });
    assert.equal(await link.getAttribute('href'), 'changes.html?view=changes');
    await link.click();
    await page.waitForURL(/\/changes\.html\?view=changes$/);
    await page.getByRole('heading', { name: 'What changed', level: 1 }).waitFor();
    // The default pair: the manifest's default snapshot and the one before it.
    const later = manifest.defaultSnapshot;
    const earlier =
      manifest.snapshots
        .map((s) => s.id)
        .filter((id) => id < later)
        .sort()
        .at(-1) ?? '';
    await page.getByRole('heading', { name: `From ${earlier} to ${later}` }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-other-state')), false, 'shown as prerendered');
    await page.getByRole('table', { name: /^Changes from/ }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});
