/**
 * Every sort button of every table on the overview, beat, family group and
 * data pages and their drill-downs sorts its own table (see sort-check.ts
 * for what is checked); and unticking a beat leaves every other beat's line
 * in its colour. The pages with many tables are in sorting-sections.test.ts,
 * so neither file runs long.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test, closePage, newPage, servedBrowser, watchErrors } from './harness.ts';
import { subareas } from './published.ts';
import { checkPage, until, url, type PageCase } from './sort-check.ts';

const CONTEXT_GREY = '#c8cacc';

const suite = servedBrowser();

const PAGES: PageCase[] = [
  { name: 'overview', query: 'view=overview', sorts: false },
  { name: 'beat trends, as a chart', query: 'view=beats', sorts: false },
  { name: 'beat trends, in table mode', query: 'view=beats', tables: true, sorts: true },
  { name: 'a beat page', query: 'view=beats&beat=62', sorts: true },
  {
    name: 'a beat page, one crime type and period',
    query: 'view=beats&beat=62&crime=all-crime&period=fy2023-24-ytd-2023-12-05',
    sorts: true,
  },
  { name: 'family group', query: 'view=family-group', tables: true, sorts: true },
  { name: 'family group, one crime type', query: 'view=family-group&measure=robbery', tables: true, sorts: true },
  { name: 'data downloads', query: 'view=data', sorts: false },
];

describe('every sort button sorts its own table', () => {
  for (const c of PAGES) {
    test(c.name, { timeout: 60_000 }, (t) => checkPage(t, suite, c));
  }
});

describe('series colours', () => {
  /** Each key entry's label with its swatch colour, and each drawn line's colour, in series order. */
  async function drawn(page: Page): Promise<{ key: [string, string][]; lines: string[]; context: number }> {
    const chart = page.getByRole('figure', { name: /All crime by beat/ });
    const key = await chart
      .getByRole('list', { name: 'Key' })
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((li): [string, string] => [li.textContent?.trim() ?? '', li.querySelector('line')?.getAttribute('stroke') ?? '']),
      );
    const strokes = await chart.locator('.recharts-line-curve').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke') ?? ''));
    // A beat not chosen stays on the chart as a light grey line behind the others (palette.ts CONTEXT_GREY), never in the key.
    const lines = strokes.filter((s) => s !== CONTEXT_GREY);
    return { key, lines, context: strokes.length - lines.length };
  }

  test('unticking a beat leaves every other beat in its colour', { timeout: 60_000 }, async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(url(suite, 'view=beats'));
    await page.getByRole('list', { name: 'Key' }).waitFor();
    // The chart is drawn when it nears the screen, and the beats table now stands above it.
    await page.getByRole('figure', { name: /All crime by beat/ }).scrollIntoViewIfNeeded();
    const n = subareas.length;
    const unticked = subareas[1]?.label;
    assert.ok(unticked !== undefined, 'the profile lists two or more sub-areas');
    const all = await until(
      () => drawn(page),
      (d) => d.key.length === n && d.lines.length === n,
    );
    assert.deepEqual(
      all.key.map(([label]) => label),
      subareas.map((a) => a.label),
      'every sub-area in the key, in order',
    );
    assert.deepEqual(
      all.lines,
      all.key.map(([, colour]) => colour),
      'each line is drawn in its key colour',
    );

    await page.getByRole('checkbox', { name: unticked }).uncheck();
    await page.waitForURL(/beats=/);
    const fewer = await until(
      () => drawn(page),
      (d) => d.key.length === n - 1 && d.lines.length === n - 1,
    );
    assert.equal(fewer.context, 1, 'the unticked beat is drawn in grey for context');
    assert.deepEqual(
      fewer.key.map(([label]) => label),
      all.key.map(([label]) => label).filter((l) => l !== unticked),
    );
    const before = new Map(all.key);
    for (const [i, [label, colour]] of fewer.key.entries()) {
      assert.equal(colour, before.get(label), `${label} keeps its key colour`);
      assert.equal(fewer.lines[i], before.get(label), `${label} keeps its line colour`);
    }
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});
