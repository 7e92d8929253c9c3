/**
 * Issue 12, item 3: the phone's first screen shows figures, not only
 * controls. At 375 × 667 the header is compact, the navigation one strip,
 * and the snapshot, sharing and filter controls fold behind disclosures, so
 * each view's first figure is on the first screen. Pinned to April 2024.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { test, axeViolations, closePage, newPage, servedBrowser, SLOW_TEST_TIMEOUT_MS } from './harness.ts';
import { pinned } from './published.ts';

const PHONE = { width: 375, height: 667 };

/**
 * Where each view's first figure is: a value in its first table or list, as
 * a reader sees it (a card puts its numeric values first). The actions
 * view's first figure is its first action's status, so its first row.
 */
const FIRST_FIGURE: [string, string, RegExp?][] = [
  ['overview', 'main tbody td .figure__value'],
  ['beats', '.heat-table tbody td'],
  ['beats&beat=57', 'section[aria-labelledby="beat-share"] li'],
  ['youth-asb', 'main tbody td.numeric'],
  ['data', 'main tbody td.numeric'],
  ['changes', '.changes-counts li'],
  // The first position is in the chart's summary, before the chart and its table.
  ['family-group', '.chart-frame__summary', /\d+(st|nd|rd|th) of \d+/],
  ['scorecards', '.scorecard-table tbody td.numeric'],
  // An action is words, not a number: its first row's text (a row header) is enough.
  ['actions', '.actions-table tbody th', /\w/],
];

/** The first line of the first visible match: its top, and the top of its second line of text (where a line is 24 px or less). */
async function firstLine(page: Page, selector: string): Promise<{ top: number; text: string } | null> {
  return page.locator(selector).evaluateAll((els) => {
    const el = els.find((e) => e.getClientRects().length > 0);
    if (!el) return null;
    return { top: el.getBoundingClientRect().top, text: (el.textContent ?? '').trim().slice(0, 80) };
  });
}

describe("the phone's first screen shows figures", () => {
  const suite = servedBrowser();

  for (const [view, selector, pattern = /\d/] of FIRST_FIGURE) {
    test(`${view}: the first figure is on the first 375 × 667 screen`, async () => {
      const page = await newPage(suite.browser, { viewport: PHONE });
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.locator('main h1').first().waitFor();
      // The phone's layout is settled once the snapshot controls have folded away.
      await page.getByText('Snapshot, sources and sharing').waitFor();
      const first = await firstLine(page, selector);
      assert.ok(first, `${view} shows a figure (${selector})`);
      assert.match(first.text, pattern, 'the first figure is what a reader looks for');
      // Its first line, at least, is inside the screen.
      assert.ok(first.top >= 0 && first.top + 24 <= PHONE.height, `the first figure "${first.text}" starts at ${Math.round(first.top)} px`);
      await closePage(page);
    });
  }

  // The views whose phone layout moves notes and folds sort buttons into a sideways strip: still no sideways page, still nothing for axe.
  for (const view of ['family-group', 'scorecards', 'actions']) {
    test(`${view} at 320 px: the page never scrolls sideways and axe reports nothing`, { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.locator('main h1').first().waitFor();
      await page.getByText('Snapshot, sources and sharing').waitFor();
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll');
      assert.deepEqual(await axeViolations(page), []);
      await closePage(page);
    });
  }

  test('the navigation is one strip that scrolls sideways, the current view in sight; the page never does', async () => {
    const page = await newPage(suite.browser, { viewport: PHONE });
    await page.goto(pinned(suite.server.url, 'view=changes'));
    await page.getByText('Snapshot, sources and sharing').waitFor();
    const nav = page.getByRole('navigation', { name: 'Dashboard sections' });
    const links = nav.getByRole('link');
    const tops = new Set(await links.evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top))));
    assert.equal(tops.size, 1, 'every section on one line');
    assert.ok((await nav.locator('ul').evaluate((ul) => ul.scrollWidth > ul.clientWidth)) === true, 'the strip scrolls');
    const current = await nav.locator('[aria-current="page"]').boundingBox();
    assert.ok(current && current.x >= 0 && current.x + current.width <= PHONE.width, 'the current view is in sight');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width);
    await closePage(page);
  });

  test('a long introduction shows its first lines and "Read more" on a phone, all of it on a wide screen', async () => {
    const page = await newPage(suite.browser, { viewport: PHONE });
    await page.goto(pinned(suite.server.url, 'view=actions'));
    const intro = page.locator('.view-intro p');
    assert.equal(await intro.evaluate((p) => p.scrollHeight > p.clientHeight + 1), true, 'the introduction is cut to its first lines');
    await page.getByRole('button', { name: 'Read more' }).click();
    await page.getByRole('button', { name: 'Show less', expanded: true }).waitFor();
    assert.equal(await intro.evaluate((p) => p.scrollHeight > p.clientHeight + 1), false, 'all of it once opened');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await page.getByRole('button', { name: /Read more|Show less/ }).isVisible(), false);
    await closePage(page);
  });

  test(
    'filters fold behind "Filters (n active)", open by keyboard, and keep working; axe stays quiet',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser, { viewport: PHONE });
      await page.goto(pinned(suite.server.url, 'view=actions&owner=charlotte-dickens'));
      const summary = page.getByText('Filters (1 active)', { exact: true });
      await summary.waitFor();
      const owner = page.getByRole('combobox', { name: 'Owner' });
      assert.equal(await owner.isVisible(), false, 'folded away at first');
      await summary.focus();
      await page.keyboard.press('Enter');
      await owner.waitFor();
      await owner.selectOption('');
      await page.waitForURL((u) => !u.searchParams.has('owner'));
      await page.getByText('Filters (0 active)', { exact: true }).waitFor();
      // The snapshot controls open the same way.
      await page.getByText('Snapshot, sources and sharing').click();
      await page.getByRole('combobox', { name: 'Snapshot' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await closePage(page);
    },
  );
  test('on a wide screen the snapshot, sharing and filter controls are shown unfolded and reached by Tab', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(pinned(suite.server.url, 'view=actions'));
      // The filters come with the view's data.
      await page.getByRole('combobox', { name: 'Owner' }).waitFor();
      assert.equal(await page.getByText('Snapshot, sources and sharing').isVisible(), false, 'no summary to open');
      assert.equal(await page.getByText(/^Filters \(\d+ active\)$/).isVisible(), false, 'no summary to open');
      const wanted = ['Snapshot', 'Owner'];
      for (const name of wanted) assert.equal(await page.getByRole('combobox', { name }).isVisible(), true, `${name} is shown`);
      // From the top of the page, Tab reaches each control (never a folded one, which Tab skips).
      const reached = new Set<string>();
      for (let i = 0; i < 80 && reached.size < wanted.length; i += 1) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          const el = document.activeElement;
          return el instanceof HTMLSelectElement ? (el.labels?.[0]?.textContent ?? '').trim() : '';
        });
        if (wanted.includes(label)) reached.add(label);
      }
      assert.deepEqual([...reached].sort(), wanted.sort());
    } finally {
      await closePage(page);
    }
  });

  test('a browser without ::details-content opens the disclosures on a wide screen, and folds none on a phone', async () => {
    for (const [viewport, open] of [
      [{ width: 1280, height: 800 }, true],
      [PHONE, false],
    ] as const) {
      const page = await newPage(suite.browser, { viewport });
      try {
        // As Firefox ESR 140 answers: Chromium's own CSS still unfolds them, so the open attribute is what is checked.
        await page.addInitScript(() => {
          const supports = CSS.supports.bind(CSS);
          CSS.supports = (...args: [string, string?]) =>
            args[0] === 'selector(::details-content)' ? false : args.length === 1 ? supports(args[0]) : supports(args[0], args[1] ?? '');
        });
        await page.goto(pinned(suite.server.url, 'view=actions'));
        // The filters come with the view's data (folded on a phone, so found by their summary).
        await page.getByText(/^Filters \(\d+ active\)$/).waitFor({ state: 'attached' });
        const states = await page.locator('details.narrow-disclosure').evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
        assert.ok(states.length >= 2, 'the snapshot controls and the filters');
        assert.deepEqual(
          states,
          states.map(() => open),
        );
      } finally {
        await closePage(page);
      }
    }
  });
});
