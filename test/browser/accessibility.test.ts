import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, closePage, newPage, servedBrowser } from './harness.ts';

/** Every view in states beyond its default: drill-downs, filters, table mode, older snapshots, embedded, dialogs. */
const STATES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['beats, table mode', '?view=beats', async (p) => p.getByRole('radio', { name: 'Table' }).check()],
  ['a beat page drilled to a crime type and period', '?view=beats&beat=62&crime=all-crime&period=fy2023-24-ytd-2023-12-05'],
  ['beats, a source disclosure open', '?view=beats&beat=57', async (p) => p.locator('details.figure-source summary').first().click()],
  ['family group, one crime type', '?view=family-group&measure=robbery'],
  ['family group, table mode', '?view=family-group', async (p) => p.getByRole('radio', { name: 'Table' }).first().check()],
  ['youth ASB, filtered', '?view=youth-asb&section=youth-asb-records'],
  ['actions, searched and sorted', '?view=actions&q=recommendation&sort=-meeting'],
  ['scorecards, one scorecard', '?view=scorecards&scorecard=lscsb-2017-18-q2'],
  ['overview, March 2020 snapshot', '?snapshot=2020-03'],
  ['beats, December 2017 snapshot', '?view=beats&snapshot=2017-12'],
  ['family group, December 2017 snapshot', '?view=family-group&snapshot=2017-12'],
  ['youth ASB, December 2017 snapshot', '?view=youth-asb&snapshot=2017-12'],
  ['actions, May 2021 snapshot', '?view=actions&snapshot=2021-05'],
  ['scorecards, October 2022 snapshot', '?view=scorecards&snapshot=2022-10'],
  ['a link with ignored parts', '?view=beats&beat=99&snapshot=1999-01'],
  ['embedded overview', '?embed=1'],
  ['embedded beat page', '?view=beats&beat=65&embed=1'],
  ['the embed dialog', '?view=overview', async (p) => p.getByRole('button', { name: 'Embed this view' }).click()],
];

describe('accessibility: axe finds no WCAG 2.2 A/AA violation in any state', () => {
  const suite = servedBrowser();
  let page: Page;
  before(async () => {
    page = await newPage(suite.browser);
  });
  after(async () => {
    await closePage(page);
  });

  for (const [name, query, act] of STATES) {
    test(name, async () => {
      await page.goto(`${suite.server.url}${query}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      if (act) await act(page);
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  for (const view of ['overview', 'beats', 'actions', 'scorecards']) {
    test(`${view}, in dark mode`, async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${suite.server.url}?view=${view}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), []);
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  test('everything can be reached and used by keyboard: the skip link, navigation and a filter', async () => {
    await page.goto(`${suite.server.url}?view=beats`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    // Tab through the page until the crime type select has focus, then change it with the keyboard alone.
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'beat-measure')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'beat-measure');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/measure=/);
  });

  test('focus is visible on every interactive element it lands on', async () => {
    await page.goto(`${suite.server.url}?view=actions`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'none';
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      assert.notEqual(outline.split(' ')[0], 'none', `focus ${i} has no visible outline`);
    }
  });
});
