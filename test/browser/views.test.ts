import { describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { before, test, SLOW_TEST_TIMEOUT_MS, axeViolations, closePage, newPage, watchErrors, servedBrowser } from './harness.ts';
import {
  count,
  findFigure,
  manifest,
  partnership,
  pinned,
  published,
  snapshotShown,
  SNAPSHOT,
  subareaLabel,
  subareas,
} from './published.ts';

const VIEWS: [string, RegExp][] = [
  ['overview', /Community safety in Charnwood/],
  ['beats', /Beat trends/],
  ['family-group', /family group/i],
  ['youth-asb', /youth/i],
  ['actions', /actions/i],
  ['scorecards', /scorecards/i],
  ['data', /Published snapshots/],
];

describe('every view, opened by its own URL', () => {
  const suite = servedBrowser();

  for (const [view, heading] of VIEWS) {
    test(`${view}: renders its heading with no console errors and no axe violations`, { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      const page = await newPage(suite.browser);
      const errors = watchErrors(page);
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.equal(await page.locator('nav a[aria-current="page"]').count(), 1);
      await page.locator('.data-stamp').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await closePage(page);
    });

    test(`${view}: fits a 320 px wide screen without sideways scrolling`, async () => {
      const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `page is ${width}px wide`);
      await closePage(page);
    });
  }
});

describe('overview', () => {
  const suite = servedBrowser();
  let page: Page;
  before(async () => {
    page = await newPage(suite.browser);
  });

  test('shows every monitored crime type with the published figures', async () => {
    const csp = published(SNAPSHOT, 'csp-crime').figures;
    const allCrime = findFigure(csp, { areaType: 'csp', measure: 'all-crime', statistic: 'count', period: 'fy2023-24-ytd-2023-12-05' });
    await page.goto(pinned(suite.server.url));
    const table = page.getByRole('table', { name: /Charnwood crime, 2023\/24 year to date \(1 Apr to 5 Dec 2023\)/ });
    await table.waitFor();
    assert.equal(await table.getByRole('rowheader').count(), partnership.crimeTypes.length);
    const row = table.getByRole('row', { name: /^All crime/ });
    assert.match(await row.innerText(), new RegExp(count(allCrime.value)));
    assert.match(await row.innerText(), /12th of 15/);
  });

  test('reveals the source of a figure: document, table and line', async () => {
    await page.goto(pinned(suite.server.url));
    const table = page.getByRole('table', { name: /Charnwood crime/ });
    await table.getByRole('button', { name: /^-6\.1%, All crime % change: source and notes$/ }).click();
    const panel = page.getByRole('group', { name: 'Source of All crime % change' });
    assert.match(await panel.innerText(), /Printed as -6\.1% in Charnwood Community Safety Partnership, 18 April 2024, .*line \d+/);
  });

  test('the snapshot picker shows the dashboard as published in March 2020, and back returns', async () => {
    const csp = published('2020-03', 'csp-crime').figures;
    const allCrime = findFigure(csp, { areaType: 'csp', measure: 'all-crime', statistic: 'count', period: 'fy2019-20-ytd-2020-01-05' });
    await page.goto(pinned(suite.server.url));
    await page.getByLabel('Snapshot').selectOption('2020-03');
    await page.waitForURL(/snapshot=2020-03/);
    // Three dates, each as printed: the meeting, the day the pack was issued, the day its figures run to.
    const stamp = page.locator('.data-stamp').first();
    await stamp.getByText('Meeting 10 Mar 2020').waitFor();
    assert.match(await stamp.innerText(), /Published 2 Mar 2020/);
    assert.match(await stamp.innerText(), /Main figures to 5 Jan 2020/);
    const table = page.getByRole('table', { name: /Charnwood crime, 2019\/20 year to date \(1 Apr 2019 to 5 Jan 2020\)/ });
    assert.match(await table.getByRole('row', { name: /^All crime/ }).innerText(), new RegExp(count(allCrime.value)));
    await page.goBack();
    await page.getByText('Meeting 18 Apr 2024').waitFor();
    assert.match(await page.locator('.data-stamp').first().innerText(), /Published date not stated/);
    assert.equal(snapshotShown(page.url()), SNAPSHOT);
  });

  test('a link without a snapshot shows the newest in the manifest; choosing it again writes no snapshot to the URL', async () => {
    const newest = manifest.snapshots.find((s) => s.id === manifest.defaultSnapshot);
    const older = manifest.snapshots.find((s) => s.id !== manifest.defaultSnapshot);
    assert.ok(newest && older, 'the manifest has its default and an older snapshot');
    assert.equal(manifest.snapshots[0], newest, 'the default is listed first');
    await page.goto(suite.server.url);
    const stamp = page.locator('.data-stamp').first();
    await stamp.getByText(`Source: ${newest.title}`).waitFor();
    assert.equal(await page.getByLabel('Snapshot').inputValue(), newest.id);
    await page.getByLabel('Snapshot').selectOption(older.id);
    await page.waitForURL((u) => u.searchParams.get('snapshot') === older.id);
    await stamp.getByText(`Source: ${older.title}`).waitFor();
    await page.getByLabel('Snapshot').selectOption(newest.id);
    await page.waitForURL((u) => !u.searchParams.has('snapshot'));
    await stamp.getByText(`Source: ${newest.title}`).waitFor();
  });

  test('the minutes headed 20 October 2022 show their printed date as doubtful, and no figures end date', async () => {
    await page.goto(`${suite.server.url}?snapshot=2022-10`);
    const stamp = page.locator('.data-stamp').first();
    await stamp.getByText('Meeting 20 Oct 2022 (date as printed, doubtful)').waitFor();
    const text = await stamp.innerText();
    assert.match(text, /Main figures to date not stated/);
    assert.match(text, /held after 20 October 2022 and before 20 April 2023/);
    assert.match(text, /2022\/23 year to date \(end date not stated\)/);
    assert.doesNotMatch(text, /20 Oct 2022\)/, 'no period is said to end on the doubtful date');
  });

  test('a truncated percentage is not marked inconsistent; its source explains the convention', async () => {
    await page.goto(pinned(suite.server.url));
    const table = page.getByRole('table', { name: /Charnwood crime/ });
    const row = table.getByRole('row', { name: /^All crime/ });
    await row.waitFor();
    const name = /^-6\.1%, All crime % change: source and notes$/;
    assert.doesNotMatch(await row.locator('.figure', { has: page.getByRole('button', { name }) }).innerText(), /inconsistent/);
    await table.getByRole('button', { name }).click();
    const panel = page.getByRole('group', { name: 'Source of All crime % change' });
    assert.match(await panel.innerText(), /Note: Rounding convention of .*-6\.150% is printed -6\.1%/);
    assert.doesNotMatch(await panel.innerText(), /Inconsistency/);
  });
});

describe('beat trends and drill-down', () => {
  const suite = servedBrowser();
  let page: Page;
  before(async () => {
    page = await newPage(suite.browser);
  });

  test('the table alternative shows the published counts per beat and period', async () => {
    const beats = published(SNAPSHOT, 'beat-crime').figures;
    const b62 = findFigure(beats, { areaCode: '62', measure: 'all-crime', statistic: 'count', period: 'fy2023-24-ytd-2023-12-05' });
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page.getByRole('radio', { name: 'Table' }).check();
    const table = page.getByRole('table', { name: /All crime by beat/ });
    await table.waitFor();
    const row = table.getByRole('row', { name: new RegExp(`^${subareaLabel('62')}`) });
    assert.match(await row.innerText(), new RegExp(count(b62.value)));
    assert.equal(await table.getByRole('rowheader').count(), subareas.length);
  });

  test('filters write only non-default values to the URL, and back and reload restore them', async () => {
    const [first, ...rest] = subareas;
    assert.ok(first && rest.length > 0, 'the profile lists two or more sub-areas');
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page.getByRole('checkbox', { name: first.label }).uncheck();
    await page.waitForURL((u) => u.searchParams.get('beats') === rest.map((a) => a.code).join(','));
    await page.getByLabel('Crime type').selectOption('burglary-residential');
    await page.waitForURL(/measure=burglary-residential/);
    // The periods on screen are kept (not burglary's own longest series), so the series is written; the range is not.
    assert.doesNotMatch(page.url(), /from=|to=/);
    await page.reload();
    assert.equal(await page.getByLabel('Crime type').inputValue(), 'burglary-residential');
    assert.equal(await page.getByRole('checkbox', { name: first.label }).isChecked(), false);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('measure='));
    assert.equal(await page.getByLabel('Crime type').inputValue(), 'all-crime');
    await page.goForward();
    await page.waitForURL(/measure=burglary-residential/);
    assert.equal(snapshotShown(page.url()), SNAPSHOT);
  });

  test('the period choice never mixes a year to date with another kind of period', async () => {
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page.getByLabel('Periods').waitFor();
    const options = await page.getByLabel('Periods').locator('option').allInnerTexts();
    assert.ok(options.some((o) => /year to date \(1 April to 5 December\)/.test(o)));
    await page.getByLabel('From').selectOption({ index: 2 });
    await page.waitForURL(/from=/);
    await page.getByRole('radio', { name: 'Table' }).check();
    const headers = await page
      .getByRole('table', { name: /All crime by beat/ })
      .getByRole('columnheader')
      .allInnerTexts();
    assert.equal(headers.length, 1 + 4);
    for (const h of headers.slice(1)) assert.match(h, /year to date \(1 Apr to 5 Dec/);
  });

  test('drills from the borough to a beat, a crime type and a period', async () => {
    const beats = published(SNAPSHOT, 'beat-crime').figures;
    const pct = findFigure(beats, {
      areaCode: '57',
      measure: 'burglary-residential',
      statistic: 'percent-change',
      period: 'fy2023-24-ytd-2023-12-05',
    });
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page
      .getByRole('link', { name: subareaLabel('57'), exact: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: subareaLabel('57') }).waitFor();
    await page.getByText('Beat 57, as the documents number it').waitFor();
    await page.getByLabel('Crime type').selectOption('burglary-residential');
    await page.getByLabel('Period').selectOption('fy2023-24-ytd-2023-12-05');
    await page.waitForURL(/beat=57.*crime=burglary-residential.*period=fy2023-24-ytd-2023-12-05/);
    const table = page.getByRole('table', { name: /Figures published for 57 Mountsorrel: Burglary – residential, 2023\/24 year to date/ });
    const row = table.getByRole('row', { name: /% change/ });
    assert.match(await row.innerText(), new RegExp(`\\+${pct.value}%`));
    assert.match(await row.innerText(), /inconsistent/);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
  });

  test('a link with a bad value says what was ignored', async () => {
    const codes = subareas.map((a) => a.code);
    assert.ok(!codes.includes('99'), '99 is not one of the sub-areas');
    await page.goto(pinned(suite.server.url, 'view=beats&beat=99'));
    const { shortName } = partnership.partnership;
    const { singular } = partnership.subareas;
    await page
      .getByText(
        `The value of "beat" (“99”) is not a ${shortName} ${singular} from ${codes[0]} to ${codes[codes.length - 1]}, so it was ignored.`,
      )
      .waitFor();
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
  });
});

describe('printing', () => {
  const suite = servedBrowser();

  test('prints the content without navigation, controls or downloads', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.filters', '.toggle', '.table-actions, .chart-actions', '.share-actions', '.snapshot-picker']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
      assert.equal(shown, 0, `${selector} is hidden in print`);
    }
    assert.ok(await page.getByRole('heading', { level: 1, name: 'Beat trends' }).isVisible());
    assert.ok(await page.locator('.data-stamp').isVisible(), 'the data-as-at line prints');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.subarray(0, 5).toString() === '%PDF-');
    await closePage(page);
  });
});
