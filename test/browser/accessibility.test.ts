import { describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { after, before, test, axeViolations, closePage, newPage, servedBrowser } from './harness.ts';
import { pinned, subareaLabel } from './published.ts';

interface State {
  name: string;
  query: string;
  act?: (page: Page) => Promise<void>;
  /** A heading the state must show, proving the URL reached it. */
  shows?: string;
  /** A heading the state must not show (what a filter removes). */
  hides?: string;
  /** Only the state about bad links may have parts of its link ignored. */
  ignoredParts?: true;
}

// Each state is of the snapshot its query names, or of the snapshot the browser tests check (see published.ts).

/** Every view in states beyond its default: drill-downs, filters, table mode, older snapshots, embedded, dialogs. */
const STATES: State[] = [
  { name: 'beats, table mode', query: '?view=beats', act: async (p) => p.getByRole('radio', { name: 'Table' }).check() },
  {
    name: 'a beat page drilled to a crime type and period',
    query: '?view=beats&beat=62&crime=all-crime&period=fy2023-24-ytd-2023-12-05',
    shows: `Every figure published for ${subareaLabel('62')}`,
  },
  {
    name: 'beats, a source panel open',
    query: '?view=beats&beat=57',
    act: async (p) => p.locator('.figure__button').first().click(),
  },
  {
    name: "overview, a flagged figure's source panel open",
    query: '',
    act: async (p) => {
      await p
        .getByRole('button', { name: /All crime, .*: source and notes$/ })
        .first()
        .click();
      await p.getByRole('group', { name: /^Source of All crime/ }).waitFor();
    },
  },
  { name: 'overview, every source shown', query: '?sources=1', act: (p) => p.locator('.figure__inline-source').first().waitFor() },
  { name: 'family group, one crime type', query: '?view=family-group&measure=robbery', shows: 'Robbery: position in the family group' },
  {
    name: 'family group, table mode',
    query: '?view=family-group',
    act: async (p) => p.getByRole('radio', { name: 'Table' }).first().check(),
  },
  {
    name: 'youth ASB, filtered to one section',
    query: '?view=youth-asb&section=youth-asb',
    shows: 'Youth-related ASB records',
    hides: 'Interventions on the ASB incremental ladder',
  },
  { name: 'actions, searched and sorted', query: '?view=actions&q=recommendation&sort.2024-01-18=-status' },
  {
    name: 'scorecards, one scorecard',
    query: '?view=scorecards&scorecard=lscsb-2017-18-q2',
    shows: 'Safer Communities Performance Dashboard, Quarter 2 2017/18',
    hides: 'On this page',
  },
  { name: 'overview, March 2020 snapshot', query: '?snapshot=2020-03' },
  { name: 'beats, December 2017 snapshot', query: '?view=beats&snapshot=2017-12' },
  { name: 'family group, December 2017 snapshot', query: '?view=family-group&snapshot=2017-12' },
  { name: 'youth ASB, December 2017 snapshot', query: '?view=youth-asb&snapshot=2017-12' },
  { name: 'actions, May 2021 snapshot', query: '?view=actions&snapshot=2021-05' },
  { name: 'scorecards, October 2022 snapshot', query: '?view=scorecards&snapshot=2022-10' },
  { name: 'a link with ignored parts', query: '?view=beats&beat=99&snapshot=1999-01', ignoredParts: true },
  { name: 'embedded overview', query: '?embed=1' },
  { name: 'embedded beat page', query: '?view=beats&beat=65&embed=1', shows: `Every figure published for ${subareaLabel('65')}` },
  {
    name: 'the embed dialog',
    query: '?view=overview',
    act: async (p) => p.getByRole('button', { name: 'Embed this view' }).click(),
  },
];

/** The notice the app shows when it ignores part of a link (ParamNotice). */
const IGNORED = 'Part of this link could not be used';

describe('accessibility: axe finds no WCAG 2.2 A/AA violation in any state', () => {
  const suite = servedBrowser();
  let page: Page;
  before(async () => {
    page = await newPage(suite.browser);
  });
  after(async () => {
    await closePage(page);
  });

  for (const state of STATES) {
    test(state.name, async () => {
      await page.goto(pinned(suite.server.url, state.query));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      // A state whose link the app rejects is not the state named: auditing it would audit the default page.
      const ignored = await page.getByText(IGNORED).count();
      if (state.ignoredParts) assert.ok(ignored > 0, `${state.query}: expected parts of the link to be ignored`);
      else assert.equal(ignored, 0, `${state.query}: parts of the link were ignored`);
      if (state.shows) {
        assert.equal(await page.getByRole('heading', { name: state.shows, exact: true }).count(), 1, `shows "${state.shows}"`);
      }
      if (state.hides) {
        assert.equal(await page.getByRole('heading', { name: state.hides, exact: true }).count(), 0, `hides "${state.hides}"`);
      }
      if (state.act) await state.act(page);
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  for (const view of ['overview', 'beats', 'actions', 'scorecards']) {
    test(`${view}, in dark mode`, async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), []);
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  test('everything can be reached and used by keyboard: the skip link, navigation and a filter', async () => {
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    // Tab through the page until the crime type select has focus, then change it with the keyboard alone.
    // The place search and the beats × crime types table (a link a cell) come first, so the bound is generous.
    for (let i = 0; i < 300; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'beat-measure')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'beat-measure');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/measure=/);
  });

  test('focus is visible on every interactive element it lands on', async () => {
    await page.goto(pinned(suite.server.url, 'view=actions'));
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
