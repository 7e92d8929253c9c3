/**
 * Checks every sort button of every table on a page, in a real Chromium. For
 * each button: two clicks give both directions; each writes one URL key (the
 * table's own), sets aria-sort on that header, raises no "could not be used"
 * notice, and the rows come in a different order each way; and no other
 * table's sort changes. Where a column's shown values are all the same, the
 * order cannot change: the check then rests on aria-sort alone, and says so
 * in the test's diagnostics.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { closePage, newPage, watchErrors, type Suite } from './harness.ts';
import { pinned } from './published.ts';

const NOTICE = 'Part of this link could not be used';

/** The notice that lists the parts of a link that could not be used (a status message, so cheap to find). */
function notices(page: Page): Locator {
  return page.locator('[role="status"]', { hasText: NOTICE });
}

export interface PageCase {
  name: string;
  query: string;
  /** Show every chart as its table first (the chart/table choice is not in the URL). */
  tables?: boolean;
  /** Whether the page has tables a reader can sort. */
  sorts: boolean;
}

/** A page of the served build, with the snapshot these tests check pinned. */
export function url(suite: Suite, query: string): string {
  return pinned(suite.server.url, query);
}

/** Polls `read` until `done` holds, then returns the last reading (the caller asserts on it). */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    value = await read();
  }
  return value;
}

/** The tables a reader sees: a closed group's table (an accordion's) is in the page but out of sight. */
function tables(page: Page): Locator {
  return page.locator('table:visible');
}

/** aria-sort of every header of every visible table on the page, table by table. */
async function everySortState(page: Page): Promise<(string | null)[][]> {
  return tables(page).evaluateAll((tables) =>
    tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'))),
  );
}

/** Each body row's text, in order: the row order a reader sees. */
async function rowOrder(table: Locator): Promise<string[]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** The value each row shows in column `index`, without source disclosures, flags, visually hidden words or decorative marks. */
async function shownValues(table: Locator, index: number): Promise<string[]> {
  return table.locator('tbody tr').evaluateAll((rows, i) => {
    return rows.map((r) => {
      const cell = r.children[i];
      if (!cell) return '';
      const copy = cell.cloneNode(true) as HTMLElement;
      for (const drop of copy.querySelectorAll('details, .visually-hidden, [aria-hidden="true"], .figure__flag, .figure__inline-source'))
        drop.remove();
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  }, index);
}

/** What the tables show where a row has no value in a column: such rows sort last in both directions. */
const NO_VALUE = /^(not published|not both published|not printed|no rank printed|none printed|no earlier position|not compared|–|)$/i;

function query(page: Page): Map<string, string> {
  return new Map(new URL(page.url()).searchParams);
}

/** The keys whose values differ between two query strings. */
function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

async function showTables(page: Page): Promise<void> {
  const radios = page.getByRole('radio', { name: 'Table', exact: true });
  for (let i = 0; i < (await radios.count()); i += 1) await radios.nth(i).check();
}

interface Outcome {
  reordered: number;
  allEqual: string[];
}

/** Clicks one sort button twice and checks everything the file's header promises. */
async function checkSortButton(page: Page, tableIndex: number, headerIndex: number, outcome: Outcome): Promise<void> {
  const table = tables(page).nth(tableIndex);
  const header = table.locator('thead th').nth(headerIndex);
  const caption = (await table.locator('caption').innerText()).trim();
  const name = (await header.innerText()).replace(/[▲▼↕]/g, '').trim();
  const what = `"${name}" in "${caption}"`;
  const others = (states: (string | null)[][]) => states.filter((_, i) => i !== tableIndex);

  const statesBefore = await everySortState(page);
  const orders: string[][] = [];
  const directions: (string | null)[] = [];
  const keys = new Set<string>();
  for (let click = 0; click < 2; click += 1) {
    const before = query(page);
    const previous = await header.getAttribute('aria-sort');
    await header.getByRole('button').click();
    const direction = await until(
      () => header.getAttribute('aria-sort'),
      (d) => d !== null && d !== previous,
    );
    assert.ok(direction === 'ascending' || direction === 'descending', `${what}: aria-sort after click ${click + 1} is ${direction}`);
    directions.push(direction);
    const changed = changedKeys(before, query(page));
    assert.equal(changed.length, 1, `${what}: one URL key changes, not ${JSON.stringify(changed)}`);
    const key = changed[0] ?? '';
    assert.match(key, /^sort(\.[a-z0-9.-]+)?$/, `${what}: a sort key`);
    keys.add(key);
    assert.equal(await notices(page).count(), 0, `${what}: no notice after click ${click + 1}`);
    orders.push(await rowOrder(table));
  }
  assert.notEqual(directions[0], directions[1], `${what}: the second click reverses the sort`);
  assert.equal(keys.size, 1, `${what}: both clicks write the table's own key, not ${JSON.stringify([...keys])}`);
  assert.deepEqual(others(await everySortState(page)), others(statesBefore), `${what}: no other table's sort changed`);

  if (!isDeepStrictEqual(orders[0], orders[1])) {
    outcome.reordered += 1;
    return;
  }
  // The order stayed: right only when no two rows show different values to sort by.
  const values = await shownValues(table, headerIndex);
  const withValue = new Set(values.filter((v) => !NO_VALUE.test(v)));
  assert.ok(withValue.size <= 1, `${what}: the rows are in the same order both ways, though they show ${withValue.size} different values`);
  outcome.allEqual.push(
    new Set(values).size <= 1
      ? `${what}: all ${values.length} rows show ${JSON.stringify(values[0] ?? '')}`
      : `${what}: one value, ${JSON.stringify([...withValue][0] ?? '')}, and rows without one, which sort last both ways`,
  );
}

/** Opens a page and checks every sort button of every table on it. */
export async function checkPage(t: TestContext, suite: Suite, c: PageCase): Promise<void> {
  const page = await newPage(suite.browser);
  const errors = watchErrors(page);
  await page.goto(url(suite, c.query));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.data-stamp').waitFor();
  await page.locator('table, figure').first().waitFor();
  if (c.tables) await showTables(page);
  assert.equal(await notices(page).count(), 0, 'no notice on arrival');

  const outcome: Outcome = { reordered: 0, allEqual: [] };
  const tableCount = await tables(page).count();
  let buttons = 0;
  for (let ti = 0; ti < tableCount; ti += 1) {
    const headers = tables(page).nth(ti).locator('thead th');
    const count = await headers.count();
    for (let hi = 0; hi < count; hi += 1) {
      if ((await headers.nth(hi).getByRole('button').count()) === 0) continue;
      buttons += 1;
      await checkSortButton(page, ti, hi, outcome);
    }
  }
  t.diagnostic(`${tableCount} tables, ${buttons} sort buttons: ${outcome.reordered} re-ordered the rows`);
  for (const line of outcome.allEqual) t.diagnostic(`order cannot change, so only aria-sort was checked: ${line}`);
  if (c.sorts) assert.ok(buttons > 0, 'the page has sort buttons');
  assert.equal(outcome.reordered + outcome.allEqual.length, buttons);
  assert.deepEqual(errors, []);
  await closePage(page);
}
