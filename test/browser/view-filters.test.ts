/**
 * Every filter and drill-down control of the family group, youth ASB,
 * actions and scorecards views, driven in a real Chromium: each choice is
 * written to the URL (non-default values only), Back, Forward and a reload
 * restore it, and the figures on screen are the published ones.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { test, closePage, newPage, servedBrowser, watchErrors } from './harness.ts';
import { count, findFigure, partnership, pinned, published, snapshotShown, SNAPSHOT, type PublishedFigure } from './published.ts';

const { size: FAMILY_SIZE, unit: FAMILY_UNIT } = partnership.familyGroup;

// One served build and one browser for every test in this file; each test has its own page and context.
const suite = servedBrowser();

// Shapes of the parts of the published files these tests read.
type Figure = PublishedFigure & { unit: string };
interface Printing {
  printed: string;
  source: { document: string; ref: string; line: number };
}
interface NotPublished {
  title: string;
  source: { document: string; ref: string; line: number };
  note?: string;
}
interface FamilyFile {
  members: { member: string; force: string; printings: Printing[] }[];
  figures: Figure[];
}
interface FiguresFile {
  figures: Figure[];
  notPublished: NotPublished[];
}
interface PeriodsFile {
  periods: { id: string; label: string; start: string; end: string }[];
}
interface VocabFile {
  measures: { id: string; label: string }[];
}
interface ActionsFile {
  actions: {
    id: string;
    kind: string;
    meetingDate: string;
    minuteRef: string;
    item: string;
    text: string;
    owners: string;
    ownerIds: string[];
    unresolvedOwners: string[];
    mentionIds: string[];
    status: string;
    source: { document: string; ref: string; line: number };
    alsoRecorded: { id: string; kind: string; owners: string; source: { document: string; ref: string; line: number } }[];
  }[];
  recommendations: { id: string; psa: string; number: string; text: string; update: string; status: string }[];
}
interface ScorecardsFile {
  rows: {
    scorecard: string;
    row: string;
    indicator: string;
    outcome: string;
    progress: string;
    rag: string;
    source: { document: string; line: number };
  }[];
  figures: Figure[];
}

const periods = new Map(published<PeriodsFile>(SNAPSHOT, 'periods').periods.map((p) => [p.id, p]));
const measures = new Map(published<VocabFile>(SNAPSHOT, 'vocab').measures.map((m) => [m.id, m.label]));

function periodLabel(id: string): string {
  const p = periods.get(id);
  assert.ok(p, `period ${id} is in periods.json`);
  return p.label;
}

function measureLabel(id: string): string {
  const label = measures.get(id);
  assert.ok(label, `measure ${id} is in vocab.json`);
  return label;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-01-18" as the dashboard writes it: "18 Jan 2024". */
function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** A figure's value with the decimals of its first printing, as the dashboard writes plain numbers. */
function asPrinted(f: Figure): string {
  const decimals = /\d\.(\d+)/.exec(f.printings[0]?.printed ?? '')?.[1]?.length ?? 0;
  return f.value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex for the start of an accessible name or text. */
function startsWith(text: string): RegExp {
  return new RegExp(`^${escape(text)}`);
}

function entries(params: URLSearchParams | Record<string, string>): [string, string][] {
  const list = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  return list.sort(([a], [b]) => a.localeCompare(b));
}

/** The query string without the snapshot, which every test here pins and checks on its own. */
function withoutSnapshot(url: string | URL): URLSearchParams {
  const params = new URL(url).searchParams;
  params.delete('snapshot');
  // A chart shown as its table (show.<chart>=table) is how the page looks, not a filter: permalink.test.ts checks it.
  for (const key of [...params.keys()]) if (key.startsWith('show.')) params.delete(key);
  return params;
}

/**
 * Waits until the query string holds exactly `expected` (so defaults are
 * never written) besides the snapshot, and until it shows the snapshot these
 * tests check (a link may leave out the default snapshot), then asserts both.
 */
async function expectParams(page: Page, expected: Record<string, string>): Promise<void> {
  const want = entries(expected);
  await page
    .waitForURL((u) => isDeepStrictEqual(entries(withoutSnapshot(u)), want) && snapshotShown(u) === SNAPSHOT, { timeout: 5_000 })
    .catch(() => undefined);
  assert.deepEqual(Object.fromEntries(withoutSnapshot(page.url())), expected);
  assert.equal(snapshotShown(page.url()), SNAPSHOT, 'the URL shows the snapshot the test opened');
}

/** Polls `read` until it gives `want` (for state that React applies after a history step), then asserts it. */
async function eventually<T>(read: () => Promise<T>, want: T, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let got = await read();
  while (!isDeepStrictEqual(got, want) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    got = await read();
  }
  assert.deepEqual(got, want, what);
}

async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}

/** Header texts of a data table, without the sort arrows drawn beside them. */
async function headers(table: Locator): Promise<string[]> {
  return (await table.locator('thead th').allInnerTexts()).map((h) => h.replace(/[▲▼↕]/g, '').trim());
}

async function columnOf(table: Locator, header: string): Promise<number> {
  const all = await headers(table);
  const i = all.indexOf(header);
  assert.ok(i >= 0, `column "${header}" in ${JSON.stringify(all)}`);
  return i;
}

/** The text of one cell: the row found by its accessible name, the column by its header. */
async function cell(table: Locator, row: string | RegExp, header: string): Promise<string> {
  const i = await columnOf(table, header);
  const name = typeof row === 'string' ? startsWith(row) : row;
  return (await table.getByRole('row', { name }).locator('th, td').nth(i).innerText()).trim();
}

/** Asserts that a cell's text starts with a figure's value (it is followed by its Source control). */
function assertValue(text: string, value: string, what: string): void {
  assert.match(text, new RegExp(`^${escape(value)}(?![\\d.,%])`), `${what}: "${text}" shows ${value}`);
}

async function sortState(table: Locator, header: string): Promise<string | null> {
  return table
    .locator('thead th')
    .nth(await columnOf(table, header))
    .getAttribute('aria-sort');
}

async function clickSort(table: Locator, header: string): Promise<void> {
  await table.getByRole('columnheader', { name: header, exact: true }).getByRole('button').click();
}

async function rowHeaders(table: Locator): Promise<string[]> {
  return (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((t) => t.trim());
}

describe('family group: drill-down to one crime type', () => {
  const family = published<FamilyFile>(SNAPSHOT, 'family-group');
  const csp = published<FiguresFile>(SNAPSHOT, 'csp-crime').figures;
  const own = partnership.partnership.area;
  /** The crime types the partnership has a published position for: one history page each. */
  const rankedMeasures = () => [
    ...new Set(
      family.figures
        .filter((f) => f.areaType === own.type && f.areaCode === own.code && f.statistic === 'rank' && f.unit === FAMILY_UNIT)
        .map((f) => f.measure),
    ),
  ];

  test('the history link drills into a crime type whose published rank and Charnwood totals are on screen', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    const rank = findFigure(family.figures, {
      areaType: 'csp',
      measure: 'robbery',
      statistic: 'rank',
      period: 'asat-2023-10-31',
    }) as Figure;
    const before = findFigure(family.figures, {
      areaType: 'csp',
      measure: 'robbery',
      statistic: 'rank',
      period: 'asat-2022-10-31',
    }) as Figure;
    assert.equal(rank.unit, FAMILY_UNIT);
    await page.goto(pinned(suite.server.url, 'view=family-group'));
    await page.getByRole('heading', { level: 1, name: 'Charnwood in its Most Similar Family Group' }).waitFor();
    const history = page.getByRole('region', { name: /Each crime type.s history/ });
    assert.equal(await history.getByRole('link').count(), rankedMeasures().length);
    await history.getByRole('link', { name: measureLabel('robbery'), exact: true }).click();
    await expectParams(page, { view: 'family-group', measure: 'robbery' });
    await page.getByRole('heading', { level: 1, name: 'Robbery: Charnwood in its family group' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Crime type', exact: true }).inputValue(), 'robbery');

    // The rank history, in its table form: the position and the movement calculated from two published positions.
    const chart = page.getByRole('figure', { name: 'Robbery: position in the family group' });
    await chart.getByRole('radio', { name: 'Table' }).check();
    const ranks = chart.getByRole('table', { name: `Robbery: Charnwood's position in its family group of ${FAMILY_SIZE}, by date` });
    await ranks.waitFor();
    const at = dayMonthYear(periods.get('asat-2023-10-31')!.start);
    const was = dayMonthYear(periods.get('asat-2022-10-31')!.start);
    assertValue(await cell(ranks, at, 'Position'), `${count(rank.value)}/${FAMILY_SIZE}`, `robbery position at ${at}`);
    const places = before.value - rank.value;
    assert.equal(
      await cell(ranks, at, 'Change since the previous date (calculated)'),
      `${places > 0 ? 'up' : 'down'} ${Math.abs(places)} ${Math.abs(places) === 1 ? 'place' : 'places'} since ${was}`,
    );

    // Charnwood's own totals for robbery, each as published in csp-crime.json.
    const own = csp.filter((f) => f.areaType === 'csp' && f.measure === 'robbery');
    const totals = page.getByRole('table', { name: `Robbery: Charnwood's published figures (${own.length})`, exact: true });
    await totals.waitFor();
    assert.equal(await totals.locator('tbody tr').count(), own.length);
    const ytd = 'fy2023-24-ytd-2023-12-05';
    const robberyCount = findFigure(csp, { areaType: 'csp', measure: 'robbery', statistic: 'count', period: ytd });
    assertValue(await cell(totals, `${periodLabel(ytd)} Count`, 'Value as published'), count(robberyCount.value), 'robbery count');
    const change = findFigure(csp, { areaType: 'csp', measure: 'robbery', statistic: 'percent-change', period: ytd }) as Figure;
    const changeRow = `${periodLabel(ytd)} % change ${periodLabel(change.comparison!)}`;
    assertValue(
      await cell(totals, changeRow, 'Value as published'),
      `${change.value > 0 ? '+' : ''}${asPrinted(change)}%`,
      'robbery % change',
    );
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('the crime type select and the totals sort are kept in the URL through Back, Forward and a reload', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=family-group&measure=robbery'));
    await page.getByRole('heading', { level: 1, name: 'Robbery: Charnwood in its family group' }).waitFor();
    const select = page.getByRole('combobox', { name: 'Crime type', exact: true });
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual([...options].sort(), rankedMeasures().sort());

    await select.selectOption('cycle-theft');
    await expectParams(page, { view: 'family-group', measure: 'cycle-theft' });
    await page.getByRole('heading', { level: 1, name: 'Cycle theft: Charnwood in its family group' }).waitFor();
    const own = csp.filter((f) => f.areaType === 'csp' && f.measure === 'cycle-theft');
    const totals = page.getByRole('table', { name: `Cycle theft: Charnwood's published figures (${own.length})`, exact: true });
    // A numeric column sorts largest first on the first click, then smallest first.
    const firstValue = async () => (await totals.locator('tbody > tr:first-child > td').last().innerText()).trim();
    await clickSort(totals, 'Value as published');
    await expectParams(page, { view: 'family-group', measure: 'cycle-theft', 'sort.totals': '-value' });
    assert.equal(await sortState(totals, 'Value as published'), 'descending');
    assertValue(await firstValue(), count(Math.max(...own.map((f) => f.value))), 'largest cycle theft figure first');
    await clickSort(totals, 'Value as published');
    await expectParams(page, { view: 'family-group', measure: 'cycle-theft', 'sort.totals': 'value' });
    assert.equal(await sortState(totals, 'Value as published'), 'ascending');
    const lowest = own.reduce((a, b) => (b.value < a.value ? b : a));
    assertValue(await firstValue(), `${lowest.value < 0 ? '-' : ''}${count(Math.abs(lowest.value))}`, 'smallest cycle theft figure first');

    // A new crime type starts its totals in their own order again.
    await select.selectOption('shoplifting');
    await expectParams(page, { view: 'family-group', measure: 'shoplifting' });
    await page.getByRole('heading', { level: 1, name: 'Shoplifting: Charnwood in its family group' }).waitFor();

    await page.goBack();
    await expectParams(page, { view: 'family-group', measure: 'cycle-theft', 'sort.totals': 'value' });
    await eventually(() => select.inputValue(), 'cycle-theft', 'select after Back');
    await eventually(() => sortState(totals, 'Value as published'), 'ascending', 'sort after Back');
    await page.goBack();
    await page.goBack();
    await expectParams(page, { view: 'family-group', measure: 'cycle-theft' });
    await eventually(() => sortState(totals, 'Value as published'), null, 'no sort after two Backs');
    await page.goForward();
    await expectParams(page, { view: 'family-group', measure: 'cycle-theft', 'sort.totals': '-value' });
    await eventually(() => sortState(totals, 'Value as published'), 'descending', 'sort after Forward');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cycle theft: Charnwood in its family group' }).waitFor();
    assert.equal(await select.inputValue(), 'cycle-theft');
    assert.equal(await sortState(totals, 'Value as published'), 'descending');

    // The link under the totals goes back to every crime type, with nothing else in the URL.
    await page.getByRole('link', { name: 'Back to every crime type in the family group' }).click();
    await expectParams(page, { view: 'family-group' });
    await page.getByRole('heading', { level: 1, name: 'Charnwood in its Most Similar Family Group' }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('the positions table sorts by date, and the members table lists every peer with "Maidston" as printed', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=family-group'));
    const chart = page.getByRole('figure', { name: 'Position in the family group, by crime type' });
    await chart.getByRole('radio', { name: 'Table' }).check();
    const positions = chart.getByRole('table', {
      name: `Charnwood's position in its family group of ${FAMILY_SIZE}, by crime type and date`,
    });
    await positions.waitFor();
    const date = 'asat-2023-10-31';
    const column = dayMonthYear(periods.get(date)!.start);
    const atDate = family.figures.filter((f) => f.preferred && f.statistic === 'rank' && f.unit === FAMILY_UNIT && f.period === date);
    for (const f of atDate) {
      assertValue(
        await cell(positions, new RegExp(`^${escape(measureLabel(f.measure))} `), column),
        `${count(f.value)}/${FAMILY_SIZE}`,
        `${f.measure} at ${column}`,
      );
    }
    const best = atDate.reduce((a, b) => (b.value < a.value ? b : a));
    const worst = atDate.reduce((a, b) => (b.value > a.value ? b : a));

    // Positions are numbers: the first click puts the highest (worst) first, the second the best.
    await clickSort(positions, column);
    await expectParams(page, { view: 'family-group', sort: `-${date}` });
    assert.equal((await rowHeaders(positions))[0], measureLabel(worst.measure));
    await clickSort(positions, column);
    await expectParams(page, { view: 'family-group', sort: date });
    assert.equal((await rowHeaders(positions))[0], measureLabel(best.measure));

    // The members: every peer, the partnership itself aside, with every spelling as printed.
    const members = page.getByRole('table', {
      name: `The other ${family.members.length} members of Charnwood's Most Similar Family Group`,
    });
    assert.equal(family.members.length, FAMILY_SIZE - 1);
    assert.equal(await members.locator('tbody tr').count(), FAMILY_SIZE - 1);
    const maidstone = family.members.find((m) => m.printings.some((p) => p.printed === 'Maidston'));
    assert.ok(maidstone, 'family-group.json prints "Maidston"');
    const row = members.getByRole('row', { name: startsWith(maidstone.member) });
    assert.deepEqual(await row.locator('q:visible').allInnerTexts(), [maidstone.member, 'Maidston']);
    assert.match(await row.innerText(), /Maidston\s*spelled differently/);

    await clickSort(members, 'Police force');
    await expectParams(page, { view: 'family-group', sort: date, 'sort.members': 'force' });
    const byForce = [...family.members].sort((a, b) => a.force.localeCompare(b.force));
    assert.equal((await rowHeaders(members))[0], byForce[0]!.member);
    await clickSort(members, 'Partnership');
    await expectParams(page, { view: 'family-group', sort: date, 'sort.members': 'member' });
    assert.equal(await sortState(members, 'Police force'), null);
    assert.equal(await sortState(members, 'Partnership'), 'ascending');

    await page.goBack();
    await expectParams(page, { view: 'family-group', sort: date, 'sort.members': 'force' });
    await eventually(() => sortState(members, 'Police force'), 'ascending', 'members sort after Back');
    await page.goForward();
    await expectParams(page, { view: 'family-group', sort: date, 'sort.members': 'member' });
    await page.reload();
    await members.waitFor();
    assert.equal(await sortState(members, 'Partnership'), 'ascending');
    await chart.getByRole('radio', { name: 'Table' }).check();
    assert.equal(await sortState(positions, column), 'ascending');
    assert.equal((await rowHeaders(positions))[0], measureLabel(best.measure));
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});

describe('overview: into the family group', () => {
  test('the "history" link in the crime table drills into that crime type in the family group view', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    const family = published<FamilyFile>(SNAPSHOT, 'family-group').figures;
    const rank = findFigure(family, { areaType: 'csp', measure: 'robbery', statistic: 'rank', period: 'asat-2023-10-31' });
    await page.goto(pinned(suite.server.url));
    const table = page.getByRole('table', { name: /^Charnwood crime, / });
    await table.waitFor();
    // The overview words a position as an ordinal ("2nd of 15"), dated in its header.
    const tens = rank.value % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank.value % 10] ?? 'th');
    assertValue(
      await cell(table, /^Robbery /, 'Family group position at 31 Oct 2023 (1st is best)'),
      `${count(rank.value)}${suffix} of ${FAMILY_SIZE}`,
      'robbery position on the overview',
    );
    await table.getByRole('link', { name: 'history of Robbery positions' }).click();
    await expectParams(page, { view: 'family-group', measure: 'robbery' });
    await page.getByRole('heading', { level: 1, name: 'Robbery: Charnwood in its family group' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Crime type', exact: true }).inputValue(), 'robbery');
    await page.goBack();
    await expectParams(page, {});
    await page.getByRole('heading', { level: 1, name: /Community safety in Charnwood/ }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});

describe('youth ASB: section, measure and period', () => {
  const asb = published<FiguresFile>(SNAPSHOT, 'asb');
  const csp = published<FiguresFile>(SNAPSHOT, 'csp-crime').figures;

  test('each select narrows the tables, writes its own parameter, and Back, Forward and a reload restore it', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=youth-asb'));
    await page.getByRole('heading', { level: 1, name: 'Youth and anti-social behaviour' }).waitFor();
    const section = page.getByRole('combobox', { name: 'Section', exact: true });
    const measure = page.getByRole('combobox', { name: 'Measure', exact: true });
    const period = page.getByRole('combobox', { name: 'Period (tables only)', exact: true });

    await section.selectOption('vehicle-theft');
    await expectParams(page, { view: 'youth-asb', section: 'vehicle-theft' });
    assert.equal(await page.getByRole('main').getByRole('heading', { level: 2 }).count(), 1);
    await page.getByRole('heading', { level: 2, name: 'Motorcycles and theft of motor vehicles' }).waitFor();
    const offered = await measure.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual(offered, [
      '',
      'theft-of-motor-vehicles',
      'motorcycle-linked-vehicle-theft',
      'motorcycles-stolen',
      'youth-motorbike-incidents',
    ]);

    await measure.selectOption('motorcycle-linked-vehicle-theft');
    await expectParams(page, { view: 'youth-asb', section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft' });
    const linked = asb.figures.filter((f) => f.measure === 'motorcycle-linked-vehicle-theft');
    const title = 'Motorcycles and theft of motor vehicles';
    await page.getByRole('table', { name: `${title}: figures published (${linked.length} of ${linked.length})`, exact: true }).waitFor();

    const q2 = 'fy2023-24-q2';
    await period.selectOption(q2);
    await expectParams(page, { view: 'youth-asb', section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft', period: q2 });
    const inQ2 = linked.filter((f) => f.period === q2);
    const table = page.getByRole('table', {
      name: `${title}: figures published for ${periodLabel(q2)} (${inQ2.length} of ${linked.length})`,
      exact: true,
    });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), inQ2.length);
    const countQ2 = findFigure(linked, { statistic: 'count', period: q2 });
    const shareQ2 = findFigure(linked, { statistic: 'share', period: q2 });
    assertValue(await cell(table, /Count /, 'Value as published'), count(countQ2.value), 'Q2 count');
    assertValue(await cell(table, /Share /, 'Value as published'), `${count(shareQ2.value)}%`, 'Q2 share');

    // The table's sort is a parameter too.
    await clickSort(table, 'Figure');
    await expectParams(page, {
      view: 'youth-asb',
      section: 'vehicle-theft',
      measure: 'motorcycle-linked-vehicle-theft',
      period: q2,
      'sort.vehicle-theft': 'statistic',
    });
    assert.equal(await sortState(table, 'Figure'), 'ascending');

    await page.goBack();
    await expectParams(page, { view: 'youth-asb', section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft', period: q2 });
    await page.goBack();
    await expectParams(page, { view: 'youth-asb', section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft' });
    await eventually(() => period.inputValue(), '', 'period after Back');
    await eventually(() => measure.inputValue(), 'motorcycle-linked-vehicle-theft', 'measure after Back');
    await page.goForward();
    await expectParams(page, { view: 'youth-asb', section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft', period: q2 });
    await eventually(() => period.inputValue(), q2, 'period after Forward');
    await page.reload();
    await table.waitFor();
    assert.equal(await section.inputValue(), 'vehicle-theft');
    assert.equal(await measure.inputValue(), 'motorcycle-linked-vehicle-theft');
    assert.equal(await period.inputValue(), q2);

    // A new section clears the measure and period chosen in the old one.
    await section.selectOption('youth-asb');
    await expectParams(page, { view: 'youth-asb', section: 'youth-asb' });
    assert.equal(await measure.inputValue(), '');
    assert.equal(await period.inputValue(), '');
    await page.getByRole('link', { name: 'Show every section' }).click();
    await expectParams(page, { view: 'youth-asb' });
    await page.getByRole('navigation', { name: 'Sections on this page' }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('the motorcycle-linked vehicle theft figures for the 2023/24 quarters are the published ones', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=youth-asb&section=vehicle-theft&measure=motorcycle-linked-vehicle-theft'));
    const chart = page.getByRole('figure', { name: 'Theft of motor vehicles, and those linked to motorcycles, by quarter, 2023/24' });
    await chart.getByRole('radio', { name: 'Table' }).check();
    const table = chart.getByRole('table');
    await table.waitFor();
    const quarters = ['fy2023-24-q1', 'fy2023-24-q2', 'fy2023-24-q3', 'fy2023-24-q4'];
    assert.deepEqual(await rowHeaders(table), quarters.map(periodLabel));
    for (const q of quarters) {
      const linked = findFigure(asb.figures, {
        areaType: 'csp',
        measure: 'motorcycle-linked-vehicle-theft',
        statistic: 'count',
        period: q,
      });
      const share = findFigure(asb.figures, { areaType: 'csp', measure: 'motorcycle-linked-vehicle-theft', statistic: 'share', period: q });
      const total = findFigure(csp, { areaType: 'csp', measure: 'theft-of-motor-vehicles', statistic: 'count', period: q });
      const row = periodLabel(q);
      assertValue(await cell(table, row, measureLabel('motorcycle-linked-vehicle-theft')), count(linked.value), `linked, ${q}`);
      assertValue(
        await cell(table, row, measureLabel('theft-of-motor-vehicles')),
        count(total.value),
        `all thefts of motor vehicles, ${q}`,
      );
      assertValue(
        await cell(table, row, 'Linked to motorcycles: % of theft of motor vehicles, as printed'),
        `${count(share.value)}%`,
        `share, ${q}`,
      );
    }
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('the March 2020 youth programmes are published with their targets, and a period with no stated end says so', async () => {
    const march = published<FiguresFile>('2020-03', 'asb').figures;
    const marchPeriods = new Map(published<PeriodsFile>('2020-03', 'periods').periods.map((p) => [p.id, p]));
    const target = findFigure(march, { measure: 'hit-the-street-participants', statistic: 'target' });
    const reached = findFigure(march, { measure: 'hit-the-street-participants', statistic: 'count' });
    const hitz = findFigure(march, { measure: 'hitz-participants', statistic: 'count' });
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(`${suite.server.url}?view=youth-asb&snapshot=2020-03&section=diversion&measure=hit-the-street-participants`);
    const title = 'Diversionary activity for young people';
    const table = page.getByRole('table', { name: `${title}: figures published (2 of 2)`, exact: true });
    await table.waitFor();
    assertValue(await cell(table, /Target/, 'Value as published'), count(target.value), 'Hit the Street target');
    assertValue(await cell(table, /Count/, 'Value as published'), count(reached.value), 'Hit the Street participants');
    assert.equal(await cell(table, /Count/, 'Period'), marchPeriods.get(reached.period)?.label);

    await page.getByRole('combobox', { name: 'Measure', exact: true }).selectOption('hitz-participants');
    const hitzTable = page.getByRole('table', { name: `${title}: figures published (1 of 1)`, exact: true });
    await hitzTable.waitFor();
    assertValue(await cell(hitzTable, /Count/, 'Value as published'), count(hitz.value), 'Hitz participants');
    assert.equal(await cell(hitzTable, /Count/, 'Period'), '2019/20 year to date (end date not stated; no later than 2 Mar 2020)');
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('a series published only as an image is named and shown as not published', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    const images = asb.notPublished.filter((n) => /youth[ -]related asb/i.test(n.title));
    assert.ok(images.length > 0, 'asb.json lists a youth-related ASB chart printed as an image');
    await page.goto(pinned(suite.server.url, 'view=youth-asb'));
    await page.getByRole('combobox', { name: 'Section', exact: true }).selectOption('youth-asb');
    await expectParams(page, { view: 'youth-asb', section: 'youth-asb' });
    const region = page.getByRole('region', { name: 'Youth-related ASB records' });
    await region.getByRole('heading', { level: 3, name: images.length === 1 ? 'Chart not published' : 'Charts not published' }).waitFor();
    for (const n of images) {
      const item = region.getByRole('listitem').filter({ has: page.getByText(n.title, { exact: true }) });
      assert.equal(await item.count(), 1, n.title);
      const text = await item.innerText();
      assert.match(text, /not published\./);
      assert.match(text, new RegExp(`line ${n.source.line}\\.`));
    }
    // Filtering to the measure keeps the image-only charts in view.
    await page.getByRole('combobox', { name: 'Measure', exact: true }).selectOption('youth-asb-records');
    await expectParams(page, { view: 'youth-asb', section: 'youth-asb', measure: 'youth-asb-records' });
    for (const n of images) await region.getByText(n.title, { exact: true }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});

describe('actions: search, filters, sort and counts', () => {
  const data = published<ActionsFile>(SNAPSHOT, 'actions');
  const people = new Map(partnership.people.map((p) => [p.id, p]));

  interface Row {
    id: string;
    kinds: string[];
    meeting: string | null;
    haystack: string;
    /** Person ids, or the printed owner where no person accounts for it. */
    owners: string[];
    /** Everyone the row names, as owner or in its words. */
    named: string[];
    status: string;
  }
  const rows: Row[] = [
    ...data.actions.map((a) => ({
      id: a.id,
      kinds: [a.kind, ...a.alsoRecorded.map((r) => r.kind)],
      meeting: a.meetingDate === 'not recorded' ? null : a.meetingDate,
      haystack: [a.text, a.item, a.owners, ...a.alsoRecorded.map((r) => r.owners), ''].join('\n').toLowerCase(),
      owners: [...a.ownerIds, ...a.unresolvedOwners],
      named: [...a.ownerIds, ...a.mentionIds],
      status: a.status,
    })),
    ...data.recommendations.map((r) => ({
      id: r.id,
      kinds: ['psa-recommendation'],
      meeting: null,
      haystack: [
        r.text,
        r.number === 'not recorded' ? `${r.psa} PSA` : `${r.psa} PSA, recommendation ${r.number}`,
        'not recorded',
        r.update,
      ]
        .join('\n')
        .toLowerCase(),
      owners: [],
      named: [],
      status: r.status,
    })),
  ];
  const total = rows.length;

  /** `person`: the one person the search names (the app finds a person by any spelling); the test names them itself. */
  function keep(filter: { q?: string; person?: string; type?: string; meeting?: string; owner?: string; status?: string }): Row[] {
    const words = (filter.q ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    return rows.filter(
      (r) =>
        (words.every((w) => r.haystack.includes(w)) || (filter.person !== undefined && r.named.includes(filter.person))) &&
        (!filter.type || r.kinds.includes(filter.type)) &&
        (!filter.meeting || r.meeting === filter.meeting) &&
        (!filter.owner || r.owners.includes(filter.owner)) &&
        (!filter.status || r.status === filter.status),
    );
  }

  const TABLES = /: actions and recommendations, as recorded in the published documents$/;

  /** The "Showing N of M" sentence agrees with the rows in the tables and with the data. */
  async function expectShowing(page: Page, expected: number): Promise<void> {
    const noun = total === 1 ? 'action or recommendation' : 'actions and recommendations';
    await page
      .getByRole('status')
      .filter({ hasText: `Showing ${count(expected)} of ${count(total)} ${noun}.` })
      .waitFor();
    // Every row, in open meetings and closed ones alike (a closed meeting's rows are in the page, out of sight).
    assert.equal(await page.locator('.actions-table table tbody tr').count(), expected);
  }

  test('no action is listed twice, each person is listed once in the owner filter, and meetings run newest first', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await expectShowing(page, total);
    const texts = await page.locator('.actions-table table tbody th[scope="row"]').allTextContents();
    const meetings = data.actions.filter((a) => a.meetingDate !== 'not recorded');
    const seen = new Set<string>();
    for (const a of meetings) {
      const key = `${a.meetingDate}|${a.text.toLowerCase()}`;
      if (!/be noted\.?$/i.test(a.text)) assert.ok(!seen.has(key), `${a.id} is listed once`);
      seen.add(key);
    }
    assert.equal(texts.length, total);
    const ownerOptions = await page.getByRole('combobox', { name: 'Owner', exact: true }).locator('option').allInnerTexts();
    assert.equal(new Set(ownerOptions).size, ownerOptions.length, 'no owner listed twice');
    for (const p of people.values()) {
      if (rows.some((r) => r.owners.includes(p.id))) assert.equal(ownerOptions.filter((o) => o === p.name).length, 1, p.name);
    }
    for (const spelling of ['G. Harvey', 'T. McCabe', 'A. Fadesco', 'Insp C. Dickens'])
      assert.ok(!ownerOptions.includes(spelling), spelling);
    const headings = await page.locator('.actions-group h3').allInnerTexts();
    assert.match(headings[0] ?? '', /^Charnwood Community Safety Partnership, 18 Apr 2024/);
    assert.match(headings[1] ?? '', /^Charnwood Community Safety Partnership, 18 Jan 2024/);
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('"Inspector Charlotte Dickens", "Charlotte Dickens" and "Dickens" return the same actions', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    const search = page.getByRole('searchbox', { name: 'Search the text, item, owners and update' });
    const expected = keep({ q: 'Dickens', person: 'charlotte-dickens' });
    assert.ok(expected.length >= 5, `${expected.length} rows name her`);
    let first: string[] | null = null;
    for (const q of ['Inspector Charlotte Dickens', 'Charlotte Dickens', 'Dickens', 'Insp C. Dickens']) {
      await search.fill(q);
      await expectShowing(page, expected.length);
      const shown = await page.getByRole('table', { name: TABLES }).locator('tbody th[scope="row"]').allInnerTexts();
      first ??= shown;
      assert.deepEqual(shown, first, q);
    }
    await closePage(page);
  });

  test("sorting a meeting's table by a column header sorts that table alone, and Back and reload restore it", async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
    await expectShowing(page, total);
    const newest = [...new Set(rows.flatMap((r) => (r.meeting ? [r.meeting] : [])))].sort().reverse()[0] ?? '';
    const key = `sort.${newest}`;
    const table = page.getByRole('table', { name: TABLES }).first();
    await clickSort(table, 'Status');
    await expectParams(page, { view: 'actions', [key]: 'status' });
    await clickSort(table, 'Status');
    await expectParams(page, { view: 'actions', [key]: '-status' });
    assert.equal(await sortState(table, 'Status'), 'descending');
    await page.goBack();
    await expectParams(page, { view: 'actions', [key]: 'status' });
    await eventually(() => sortState(table, 'Status'), 'ascending', 'sort after Back');
    await page.reload();
    await table.waitFor();
    assert.equal(await sortState(page.getByRole('table', { name: TABLES }).first(), 'Status'), 'ascending');
    // A closed meeting opens from its heading, with its own sort untouched.
    await page.locator('.actions-group__toggle[aria-expanded="false"]').first().click();
    assert.equal(await sortState(page.getByRole('table', { name: TABLES }).nth(1), 'Status'), null);

    // Counts by status and by owner are of every row shown, each person under one name.
    const statuses = page.getByRole('table', { name: 'Rows by status, as recorded' });
    for (const s of new Set(rows.map((r) => r.status))) {
      assert.equal(await cell(statuses, new RegExp(`^${escape(s)} \\d`), 'Rows'), count(rows.filter((r) => r.status === s).length));
    }
    const owners = page.getByRole('table', { name: 'Rows by owner' });
    assert.equal(await cell(owners, /^Tim McCabe \d/, 'Rows'), count(rows.filter((r) => r.owners.includes('tim-mccabe')).length));
    assert.equal(await cell(owners, /^not recorded \d/, 'Rows'), count(rows.filter((r) => r.owners.length === 0).length));
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('search, Type, Meeting, Owner and Status each narrow the rows and are restored by Back, Forward and reload', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=actions&sort.2024-01-18=status'));
    await page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Search the text, item, owners and update' });
    const type = page.getByRole('combobox', { name: 'Type', exact: true });
    const meeting = page.getByRole('combobox', { name: 'Meeting', exact: true });
    const owner = page.getByRole('combobox', { name: 'Owner', exact: true });
    const status = page.getByRole('combobox', { name: 'Status', exact: true });
    const january = page.getByRole('table', { name: /18 Jan 2024: actions/ });
    await page.locator('.actions-group__toggle', { hasText: '18 Jan 2024' }).click();
    assert.equal(await sortState(january, 'Status'), 'ascending', 'sort from the link');

    // Typing replaces the history entry, so Back does not undo letters.
    const entriesBefore = await historyLength(page);
    await search.fill('McCabe');
    await expectParams(page, { view: 'actions', 'sort.2024-01-18': 'status', open: '2024-01-18', q: 'McCabe' });
    assert.equal(await historyLength(page), entriesBefore);
    const mccabe = { q: 'McCabe', person: 'tim-mccabe' };
    await expectShowing(page, keep(mccabe).length);
    const owners = page.getByRole('table', { name: 'Rows by owner' });
    assert.equal(await cell(owners, /^Tim McCabe \d/, 'Rows'), count(keep(mccabe).filter((r) => r.owners.includes('tim-mccabe')).length));

    const base = { view: 'actions', 'sort.2024-01-18': 'status', open: '2024-01-18', q: 'McCabe' };
    await type.selectOption('action-log');
    await expectParams(page, { ...base, type: 'action-log' });
    await expectShowing(page, keep({ ...mccabe, type: 'action-log' }).length);
    await meeting.selectOption('2024-01-18');
    await expectParams(page, { ...base, type: 'action-log', meeting: '2024-01-18' });
    await expectShowing(page, keep({ ...mccabe, type: 'action-log', meeting: '2024-01-18' }).length);
    await owner.selectOption({ label: 'Tim McCabe' });
    await expectParams(page, { ...base, type: 'action-log', meeting: '2024-01-18', owner: 'tim-mccabe' });
    const full = { ...mccabe, type: 'action-log', meeting: '2024-01-18', owner: 'tim-mccabe', status: 'not recorded' };
    await status.selectOption('not recorded');
    await expectParams(page, { ...base, type: 'action-log', meeting: '2024-01-18', owner: 'tim-mccabe', status: 'not recorded' });
    const kept = keep(full);
    assert.equal(kept.length, 1);
    await expectShowing(page, 1);

    // The row shows its meeting, minute, owner and both its sources, as recorded in actions.json.
    const action = data.actions.find((a) => a.ownerIds.includes('tim-mccabe') && a.alsoRecorded.length > 0);
    assert.ok(action);
    const table = page.getByRole('table', { name: TABLES });
    const row = new RegExp(escape(action.text));
    await page.locator('.actions-group h3').filter({ hasText: 'Charnwood Community Safety Partnership, 18 Jan 2024' }).waitFor();
    assert.equal(await cell(table, row, 'Item'), `Minute ${action.minuteRef}: ${action.item}`);
    assert.equal(await cell(table, row, 'Owners'), action.owners);
    assert.match(await cell(table, row, 'Type'), /Agreed action; Action log/);
    const source = await cell(table, row, 'Source');
    assert.match(source, new RegExp(`${escape(action.source.ref)}, line ${action.source.line}`));
    assert.match(source, new RegExp(`line ${action.alsoRecorded[0]?.source.line}`));
    assert.equal(await cell(page.getByRole('table', { name: 'Rows by status, as recorded' }), /^not recorded \d/, 'Rows'), '1');
    assert.equal(await cell(owners, /^Tim McCabe \d/, 'Rows'), '1');

    await page.goBack();
    await expectParams(page, { ...base, type: 'action-log', meeting: '2024-01-18', owner: 'tim-mccabe' });
    await eventually(() => status.inputValue(), '', 'status after Back');
    await page.goBack();
    await expectParams(page, { ...base, type: 'action-log', meeting: '2024-01-18' });
    await eventually(() => owner.inputValue(), '', 'owner after Back');
    await expectShowing(page, keep({ ...mccabe, type: 'action-log', meeting: '2024-01-18' }).length);
    await page.goForward();
    await expectParams(page, { ...base, type: 'action-log', meeting: '2024-01-18', owner: 'tim-mccabe' });
    await eventually(() => owner.inputValue(), 'tim-mccabe', 'owner after Forward');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
    assert.equal(await search.inputValue(), 'McCabe');
    assert.equal(await type.inputValue(), 'action-log');
    assert.equal(await meeting.inputValue(), '2024-01-18');
    assert.equal(await owner.inputValue(), 'tim-mccabe');
    assert.equal(await status.inputValue(), '');
    await expectShowing(page, keep({ ...mccabe, type: 'action-log', meeting: '2024-01-18', owner: 'tim-mccabe' }).length);

    // Clearing the filters keeps the sort and the meeting the reader opened.
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await expectParams(page, { view: 'actions', 'sort.2024-01-18': 'status', open: '2024-01-18' });
    await expectShowing(page, total);
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('a long text is clamped with "Show full text", and the button shows it whole', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    const button = page.getByRole('button', { name: 'Show full text' }).first();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    const text = page.locator('.clamped').first();
    const clamped = (await text.boundingBox())?.height ?? 0;
    await button.click();
    await page.getByRole('button', { name: 'Show less' }).first().waitFor();
    assert.ok(((await text.boundingBox())?.height ?? 0) > clamped, 'the whole text takes more lines');
    await closePage(page);
  });

  test('at 1280 px the view is at most a third of its height before this change (27,874 px, measured at 8224763), every filter still there', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await expectShowing(page, total);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`actions view at 1280 px: ${height} px tall`);
    assert.ok(height <= 27874 / 3, `${height} px`);
    for (const name of ['Type', 'Meeting', 'Owner', 'Status']) await page.getByRole('combobox', { name, exact: true }).waitFor();
    await closePage(page);
  });

  test('choosing "Meeting not recorded" and "Owner not recorded" keeps the rows the documents leave blank', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page.getByRole('combobox', { name: 'Meeting', exact: true }).selectOption({ label: 'Meeting not recorded' });
    await expectParams(page, { view: 'actions', meeting: 'not-recorded' });
    await expectShowing(page, rows.filter((r) => r.meeting === null).length);
    await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: 'Owner not recorded' });
    await expectParams(page, { view: 'actions', meeting: 'not-recorded', owner: 'not recorded' });
    await expectShowing(page, rows.filter((r) => r.meeting === null && r.owners.length === 0).length);
    await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('psa-recommendation');
    await expectParams(page, { view: 'actions', meeting: 'not-recorded', owner: 'not recorded', type: 'psa-recommendation' });
    await expectShowing(page, data.recommendations.length);
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});

describe('scorecards: every filter', () => {
  const data = published<ScorecardsFile>(SNAPSHOT, 'scorecards');
  const DASHBOARD = 'lscsb-2017-18-q2';
  const TITLE = 'Safer Communities Performance Dashboard, Quarter 2 2017/18';
  const dashboardRows = data.rows.filter((r) => r.scorecard === DASHBOARD);
  const onRow = (row: (typeof data.rows)[number]) =>
    data.figures.filter((f) => f.printings.some((p) => p.source.document === row.source.document && p.source.line === row.source.line));

  test('scorecard, RAG, search and sort are kept in the URL; a RAG rating shows as a letter and a word', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=scorecards'));
    await page.getByRole('heading', { level: 1, name: 'Scorecards, targets and funding' }).waitFor();
    const show = page.getByRole('combobox', { name: 'Show', exact: true });
    const rag = page.getByRole('combobox', { name: 'RAG rating', exact: true });
    const search = page.getByRole('searchbox', { name: 'Find words in indicators' });

    await show.selectOption(DASHBOARD);
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD });
    const region = page.getByRole('region', { name: TITLE, exact: true });
    await region.waitFor();
    assert.equal(await page.getByRole('region', { name: 'Funding profiles' }).count(), 0);
    assert.equal(await page.getByRole('navigation', { name: 'On this page' }).count(), 0);
    const all = region.getByRole('table', { name: `${TITLE} (${dashboardRows.length} indicators)`, exact: true });
    await all.waitFor();

    // A figure on screen is the published one: the total crime rate, year end and current.
    const crimeRate = dashboardRows.find((r) => r.row === 'total-crime-rate')!;
    const rates = onRow(crimeRate)
      .filter((f) => f.statistic === 'rate')
      .sort((a, b) => periods.get(a.period)!.end.localeCompare(periods.get(b.period)!.end));
    assert.equal(rates.length, 2);
    assertValue(await cell(all, crimeRate.indicator, 'Year end (2016-17)'), asPrinted(rates[0]!), 'year end total crime rate');
    assertValue(
      await cell(all, crimeRate.indicator, 'Current year Q2 rolling 12 months (2017-18)'),
      asPrinted(rates[1]!),
      'current total crime rate',
    );
    const rank = onRow(crimeRate).find((f) => f.statistic === 'rank')!;
    assertValue(
      await cell(all, crimeRate.indicator, 'Nearest neighbour comparison'),
      `${rank.value}/${rank.unit.replace('rank-of-', '')}`,
      'nearest neighbour rank',
    );
    assert.equal(await cell(all, crimeRate.indicator, 'Overall progress RAG'), `${crimeRate.rag} – Amber`);

    await rag.selectOption('A');
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD, rag: 'A' });
    const amber = dashboardRows.filter((r) => r.rag === 'A');
    const amberTable = region.getByRole('table', { name: `${TITLE} (${amber.length} of ${dashboardRows.length} indicators)`, exact: true });
    await amberTable.waitFor();
    const ragColumn = await columnOf(amberTable, 'Overall progress RAG');
    const ragCells = (await amberTable.locator(`tbody > tr > :nth-child(${ragColumn + 1})`).allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(
      ragCells,
      amber.map(() => 'A – Amber'),
      'each rating shows its letter and its word',
    );

    // Sorting by the nearest neighbour rank: lowest first, rows without a rank last either way.
    const ranks = amber.map((r) => onRow(r).find((f) => f.statistic === 'rank')?.value ?? null);
    const known = ranks.filter((v): v is number => v !== null);
    const rankColumn = await columnOf(amberTable, 'Nearest neighbour comparison');
    const rankCells = async () =>
      (await amberTable.locator(`tbody > tr > :nth-child(${rankColumn + 1})`).allInnerTexts()).map((t) => t.trim());
    await clickSort(amberTable, 'Nearest neighbour comparison');
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD, rag: 'A', [`sort.${DASHBOARD}`]: '-rank' });
    const descending = await rankCells();
    assertValue(descending[0]!, `${Math.max(...known)}/9`, 'highest rank first');
    if (known.length < ranks.length) assert.equal(descending[descending.length - 1], 'No rank printed');
    await clickSort(amberTable, 'Nearest neighbour comparison');
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD, rag: 'A', [`sort.${DASHBOARD}`]: 'rank' });
    const ascending = await rankCells();
    assertValue(ascending[0]!, `${Math.min(...known)}/9`, 'lowest rank first');
    if (known.length < ranks.length) assert.equal(ascending[ascending.length - 1], 'No rank printed');

    const words = 'burglary';
    await search.fill(words);
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD, rag: 'A', [`sort.${DASHBOARD}`]: 'rank', q: words });
    const found = amber.filter((r) => [r.row, r.indicator, r.outcome, r.progress].join(' ').toLowerCase().includes(words));
    const foundTable = region.getByRole('table', { name: `${TITLE} (${found.length} of ${dashboardRows.length} indicators)`, exact: true });
    await foundTable.waitFor();
    assert.deepEqual([...(await rowHeaders(foundTable))].sort(), found.map((r) => r.indicator).sort());

    // Back skips the typing (it replaced its entry) and goes to the sort before it.
    await page.goBack();
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD, rag: 'A', [`sort.${DASHBOARD}`]: '-rank' });
    await eventually(() => search.inputValue(), '', 'search after Back');
    await page.goBack();
    await page.goBack();
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD });
    await eventually(() => rag.inputValue(), '', 'RAG after Back');
    await all.waitFor();
    await page.goForward();
    await expectParams(page, { view: 'scorecards', scorecard: DASHBOARD, rag: 'A' });
    await eventually(() => rag.inputValue(), 'A', 'RAG after Forward');
    await page.reload();
    await amberTable.waitFor();
    assert.equal(await show.inputValue(), DASHBOARD);
    assert.equal(await rag.inputValue(), 'A');

    // A word the catalogue gives for a code other than R, A and G is shown too.
    await show.selectOption('');
    await rag.selectOption('NS');
    await expectParams(page, { view: 'scorecards', rag: 'NS' });
    const notStarted = data.rows.filter((r) => r.rag === 'NS');
    assert.ok(notStarted.length > 0);
    for (const r of notStarted) {
      const card = page.getByRole('table').filter({ has: page.getByRole('rowheader', { name: startsWith(r.row) }) });
      assert.equal(await cell(card, startsWith(r.row), 'RAG'), 'NS – Not yet started');
    }
    assert.deepEqual(errors, []);
    await closePage(page);
  });

  test('the funding profile select and its sort, with amounts as published', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=scorecards'));
    await page.getByRole('heading', { level: 1, name: 'Scorecards, targets and funding' }).waitFor();
    await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('funding');
    await expectParams(page, { view: 'scorecards', scorecard: 'funding' });
    assert.equal(await page.getByRole('combobox', { name: 'RAG rating', exact: true }).count(), 0, 'no RAG filter for funding');
    assert.equal(await page.getByRole('searchbox', { name: 'Find words in indicators' }).count(), 0);

    const fund = page.getByRole('combobox', { name: 'Funding profile', exact: true });
    await fund.selectOption('plf');
    await expectParams(page, { view: 'scorecards', scorecard: 'funding', fund: 'plf' });
    const plf = data.figures.filter(
      (f) =>
        f.preferred &&
        f.unit === 'gbp' &&
        (f.measure.startsWith('partnership-locality-fund') || f.measure.startsWith('plf-')) &&
        f.measure !== 'plf-allocation-total',
    );
    const title = 'Partnership Locality Fund (PLF) allocations';
    assert.equal(await page.getByRole('main').getByRole('heading', { level: 3 }).count(), 1);
    const table = page.getByRole('table', { name: `${title}: amounts as published (${plf.length})`, exact: true });
    await table.waitFor();
    const gbp = (v: number) =>
      `£${v.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(v) ? 0 : 2, maximumFractionDigits: 2 })}`;
    const cctv = findFigure(data.figures, { measure: 'plf-allocation-mobile-cctv', period: 'fy2019-20' });
    assertValue(
      await cell(table, `${measureLabel(cctv.measure)} Charnwood ${periodLabel(cctv.period)}`, 'Amount as published'),
      gbp(cctv.value),
      'mobile CCTV allocation',
    );
    const printedTotal = findFigure(data.figures, { measure: 'plf-allocation-total', period: 'fy2019-20' });
    await page.getByText(`Total printed for ${periodLabel(printedTotal.period)}: ${gbp(printedTotal.value)}`).waitFor();

    await clickSort(table, 'Amount as published');
    await expectParams(page, { view: 'scorecards', scorecard: 'funding', fund: 'plf', 'sort.fund-plf': '-amount' });
    const amountColumn = await columnOf(table, 'Amount as published');
    const first = async () => (await table.locator(`tbody > tr:first-child > :nth-child(${amountColumn + 1})`).innerText()).trim();
    assertValue(await first(), gbp(Math.max(...plf.map((f) => f.value))), 'largest amount first');

    await fund.selectOption('people-zone');
    await expectParams(page, { view: 'scorecards', scorecard: 'funding', fund: 'people-zone', 'sort.fund-plf': '-amount' });
    await page.getByRole('heading', { level: 3, name: 'Bell Foundry People Zone grants' }).waitFor();
    await page.goBack();
    await expectParams(page, { view: 'scorecards', scorecard: 'funding', fund: 'plf', 'sort.fund-plf': '-amount' });
    await eventually(() => fund.inputValue(), 'plf', 'fund after Back');
    await eventually(async () => (await first()).split('\n')[0], gbp(Math.max(...plf.map((f) => f.value))), 'sorted amounts after Back');
    await page.goBack();
    await expectParams(page, { view: 'scorecards', scorecard: 'funding', fund: 'plf' });
    await eventually(() => sortState(table, 'Amount as published'), null, 'unsorted after Back');
    await page.goForward();
    await page.goForward();
    await expectParams(page, { view: 'scorecards', scorecard: 'funding', fund: 'people-zone', 'sort.fund-plf': '-amount' });
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Bell Foundry People Zone grants' }).waitFor();
    assert.equal(await fund.inputValue(), 'people-zone');
    assert.equal(await page.getByRole('combobox', { name: 'Show', exact: true }).inputValue(), 'funding');

    // The targets printed outside the scorecards are their own choice.
    await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('targets');
    await expectParams(page, { view: 'scorecards', scorecard: 'targets', fund: 'people-zone', 'sort.fund-plf': '-amount' });
    await page.getByRole('heading', { level: 2, name: 'Targets and KPIs printed outside the scorecards' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Funding profiles' }).count(), 0);
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});
