/**
 * Charts that answer the question (issue 11, items 4, 6 and 7): the chosen
 * beats over the rest in grey with names at the line ends, what cannot be
 * shown listed beside the control, one period as ranked bars, the family
 * group's latest positions beside the previous, and two values as before →
 * after. Pinned to the April 2024 snapshot; expected values come from its files.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, closePage, newPage, servedBrowser, test, watchErrors, SLOW_TEST_TIMEOUT_MS } from './harness.ts';
import { count, findFigure, partnership, pinned, published, SNAPSHOT, subareaLabel, type PublishedFigure } from './published.ts';

interface NotPublishedItem {
  title: string;
  measure: string | null;
  source: { line: number };
}

const beatCrime = published<{ figures: PublishedFigure[]; notPublished: NotPublishedItem[] }>(SNAPSHOT, 'beat-crime');
const family = published<{ figures: (PublishedFigure & { unit: string })[] }>(SNAPSHOT, 'family-group').figures;
const asb = published(SNAPSHOT, 'asb').figures;
const { size: FAMILY_SIZE, unit: FAMILY_UNIT } = partnership.familyGroup;
/** The grey of context lines (palette.ts). */
const GREY = '#c8cacc';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n.toString()}${suffix}`;
}

function movement(from: number, to: number): string {
  const places = from - to;
  if (places === 0) return 'no change';
  const n = Math.abs(places);
  return `${places > 0 ? 'up' : 'down'} ${n.toString()} ${n === 1 ? 'place' : 'places'}`;
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('beat trends: the chosen beats against the rest in grey', () => {
  const suite = servedBrowser();

  test(
    'two chosen beats are drawn in colour over eight grey lines, each named at its end at 1280 px',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser, { viewport: { width: 1280, height: 800 } });
      const errors = watchErrors(page);
      await page.goto(pinned(suite.server.url, 'view=beats&beats=57,62'));
      const chart = page.getByRole('figure', { name: 'All crime by beat' });
      const labels = chart.locator('.direct-label');
      await chart.scrollIntoViewIfNeeded();
      await labels.first().waitFor();
      const strokes = await chart
        .locator('.recharts-line path.recharts-curve')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke') ?? ''));
      assert.equal(strokes.filter((s) => s === GREY).length, 8, `eight grey context lines: ${strokes.join(', ')}`);
      const coloured = strokes.filter((s) => s !== GREY);
      assert.equal(coloured.length, 2, 'two highlighted lines');
      assert.equal(new Set(coloured).size, 2, 'each in its own colour');
      assert.deepEqual(
        (await labels.evaluateAll((gs) => gs.map((g) => g.textContent?.trim() ?? ''))).sort(),
        [subareaLabel('57'), subareaLabel('62')].sort(),
      );
      // The key still names the chosen beats, and only them.
      assert.deepEqual(
        (await chart.getByRole('list', { name: 'Key' }).locator('li').allInnerTexts()).map((t) => t.trim()),
        [subareaLabel('57'), subareaLabel('62')],
      );
      assert.match(await chart.innerText(), /Light grey lines: the other 8 beats/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await closePage(page);
    },
  );

  test('with every beat chosen, the ten names at the line ends never overlap', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(pinned(suite.server.url, 'view=beats'));
    const chart = page.getByRole('figure', { name: 'All crime by beat' });
    await chart.scrollIntoViewIfNeeded();
    const labels = chart.locator('.direct-label text');
    await labels.first().waitFor();
    assert.equal(await labels.count(), 10);
    const boxes = (await labels.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()))).sort((a, b) => a.top - b.top);
    boxes.slice(1).forEach((b, i) => {
      const above = boxes[i];
      assert.ok(above && b.top >= above.bottom - 0.5, `label ${i.toString()} overlaps the one above: ${JSON.stringify([above, b])}`);
    });
    await closePage(page);
  });

  test('on a phone the names are left to the key, and the page does not scroll sideways', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 375, height: 800 } });
    await page.goto(pinned(suite.server.url, 'view=beats&beats=57,62'));
    const chart = page.getByRole('figure', { name: 'All crime by beat' });
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.recharts-line').first().waitFor();
    assert.equal(await chart.locator('.direct-label').count(), 0);
    assert.equal(await chart.getByRole('list', { name: 'Key' }).locator('li').count(), 2);
    assert.ok((await noSidewaysScroll(page)) <= 375);
    await closePage(page);
  });
});

describe('beat trends: what cannot be shown, and one period', () => {
  const suite = servedBrowser();

  test('crime types with no counts by beat are listed beside the control, each with its reason from the data', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    const form = page.getByRole('form', { name: 'Filter the beat trends' });
    await form.waitFor();
    const options = await page.getByLabel('Crime type').locator('option').allInnerTexts();
    assert.ok(!options.includes('Robbery'), 'Robbery has no counts by beat, so it is not offered');
    const robbery = beatCrime.notPublished.find((n) => n.measure === 'robbery');
    assert.ok(robbery, 'the data name the image-only robbery chart');
    const figureLabel = robbery.title.split(':')[0] ?? '';
    const text = await form.locator('.beat-unavailable').innerText();
    assert.match(
      text,
      new RegExp(`Robbery: published by beat only as an image \\(${figureLabel}, .*line ${robbery.source.line.toString()}\\)`),
    );
    // All crime's periods are all drawn: nothing is said to be missing for it.
    assert.doesNotMatch(text, /other periods printed only as an image/);
    // Every monitored crime type is either offered or listed with a reason.
    for (const m of partnership.crimeTypes) {
      const offered = await page.getByLabel('Crime type').locator(`option[value="${m}"]`).count();
      const listed = (await form.locator('.beat-unavailable li').allInnerTexts()).length;
      assert.ok(offered === 1 || listed > 0, m);
    }
    await closePage(page);
  });

  test(
    'a crime type published for one period is ranked bars, most first, each with its value as text',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser);
      const errors = watchErrors(page);
      await page.goto(pinned(suite.server.url, 'view=beats&measure=burglary-residential&series=ytd-12-05'));
      const chart = page.getByRole('figure', { name: 'Burglary – residential by beat' });
      const bars = chart.locator('.ranked-bar');
      await bars.first().waitFor();
      const shown = await bars.evaluateAll((gs) =>
        gs.map((g) => ({
          label: g.querySelector('text')?.textContent ?? '',
          value: g.querySelector('.ranked-bar__value')?.textContent ?? '',
        })),
      );
      const expected = beatCrime.figures
        .filter(
          (f) =>
            f.preferred &&
            f.areaType === 'beat' &&
            f.measure === 'burglary-residential' &&
            f.statistic === 'count' &&
            f.period === 'fy2023-24-ytd-2023-12-05',
        )
        .sort((a, b) => b.value - a.value);
      assert.ok(expected.length > 1);
      assert.deepEqual(
        shown,
        expected.map((f) => ({ label: subareaLabel(f.areaCode), value: count(f.value) })),
      );
      const widths = await chart.locator('.ranked-bar rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
      assert.deepEqual(
        widths,
        [...widths].sort((a, b) => b - a),
        'bars get shorter down the chart',
      );
      assert.match(await chart.locator('.chart-frame__summary').innerText(), /for one period only, 2023\/24/);
      const burglary = beatCrime.notPublished.find((n) => n.measure === 'burglary-residential');
      assert.ok(burglary);
      assert.ok(
        (await page.locator('.beat-unavailable').innerText()).includes(burglary.title),
        'the chart of the other periods, printed only as an image, is named beside the control',
      );
      assert.equal(await chart.locator('.recharts-line').count(), 0, 'not a column of dots');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await closePage(page);
    },
  );

  test('at 320 px the ranked bars and the before → after chart fit without sideways scrolling', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    for (const query of ['view=beats&measure=burglary-residential&series=ytd-12-05', 'view=beats&series=ytd-01-05']) {
      await page.goto(pinned(suite.server.url, query));
      await page.locator('.chart-svg').first().waitFor();
      assert.ok((await noSidewaysScroll(page)) <= 320, query);
    }
    await closePage(page);
  });
});

describe('the family group at a glance', () => {
  const suite = servedBrowser();
  const ranks = family.filter((f) => f.preferred && f.statistic === 'rank' && f.unit === FAMILY_UNIT && f.areaType === 'csp');
  const LATEST = 'asat-2023-10-31';
  const PREVIOUS = 'asat-2022-10-31';

  test(
    'every crime type shows its latest position beside the previous, best first, with its movement in words',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser);
      const errors = watchErrors(page);
      await page.goto(pinned(suite.server.url, 'view=family-group'));
      const chart = page.getByRole('figure', { name: 'Position in the family group at 31 Oct 2023, beside 31 Oct 2022' });
      const rows = chart.locator('.position-dot');
      await rows.first().waitFor();
      const shown = await rows.evaluateAll((gs) =>
        gs.map((g) => ({ key: g.getAttribute('data-key') ?? '', words: g.querySelector('.position-dot__words')?.textContent ?? '' })),
      );
      const latest = ranks.filter((f) => f.period === LATEST).sort((a, b) => a.value - b.value);
      assert.equal(shown.length, latest.length);
      const valueOf = (m: string) => latest.find((f) => f.measure === m)?.value ?? Infinity;
      const order = shown.map((s) => valueOf(s.key));
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
        'best first',
      );
      for (const f of latest) {
        const before = findFigure(ranks, { measure: f.measure, period: PREVIOUS });
        const row = shown.find((s) => s.key === f.measure);
        assert.ok(
          row?.words.startsWith(
            `${ordinal(f.value)} of ${FAMILY_SIZE.toString()}, was ${ordinal(before.value)}: ${movement(before.value, f.value)}`,
          ),
          `${f.measure}: ${row?.words ?? ''}`,
        );
        const dots = chart.locator(`.position-dot[data-key="${f.measure}"] circle`);
        assert.equal(await dots.count(), 2, `${f.measure}: the latest and the previous position`);
      }
      await chart.getByRole('radio', { name: 'Table' }).check();
      const table = chart.getByRole('table');
      assert.equal(await table.locator('tbody tr').count(), latest.length);
      assert.match(await table.innerText(), /Arrow as printed/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await closePage(page);
    },
  );

  test('the dot plot downloads as an SVG carrying its rows and their words', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=family-group'));
    const chart = page.getByRole('figure', { name: /^Position in the family group at / });
    await chart.locator('.position-dot').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /^Download SVG/ }).click()]);
    const image = readFileSync(await download.path(), 'utf8');
    assert.match(image, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const robbery = findFigure(ranks, { measure: 'robbery', period: LATEST });
    assert.ok(image.includes(`${ordinal(robbery.value)} of ${FAMILY_SIZE.toString()}`), 'the words travel with the image');
    assert.match(image, /Source: /);
    await closePage(page);
  });

  test('the history is one small panel per crime type, its dates spaced in proportion to time', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=family-group'));
    const chart = page.getByRole('figure', { name: 'Position in the family group, by crime type' });
    const panels = chart.locator('.rank-panel');
    await panels.first().waitFor();
    assert.equal(await panels.count(), new Set(ranks.map((f) => f.measure)).size);
    assert.equal(await chart.locator('.recharts-line').count(), 0, 'no crossing lines');
    const points = await panels
      .first()
      .locator('.rank-panel__point')
      .evaluateAll((cs) => cs.map((c) => ({ date: c.getAttribute('data-date') ?? '', x: Number(c.getAttribute('cx')) })));
    assert.ok(points.length >= 3, JSON.stringify(points));
    const days = points.map((p) => Date.parse(p.date) / 86_400_000);
    const [x0 = 0, x1 = 0] = points.map((p) => p.x);
    const [d0 = 0, d1 = 0] = days;
    points.forEach((p, i) => {
      const expected = x0 + (((days[i] ?? 0) - d0) * (x1 - x0)) / (d1 - d0);
      assert.ok(Math.abs(p.x - expected) < 1, `${p.date} at ${p.x.toString()}, expected ${expected.toFixed(1)}`);
    });
    await closePage(page);
  });

  test('at 320 px the family group charts fit without sideways scrolling', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(pinned(suite.server.url, 'view=family-group'));
    await page.locator('.position-dot').first().waitFor();
    assert.ok((await noSidewaysScroll(page)) <= 320);
    await closePage(page);
  });
});

describe('youth ASB: two values are a comparison', () => {
  const suite = servedBrowser();

  test(
    'two years of youth-related ASB records are shown as before → after with the change, not a line',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser);
      const errors = watchErrors(page);
      await page.goto(pinned(suite.server.url, 'view=youth-asb'));
      const before = findFigure(asb, { measure: 'youth-asb-records', statistic: 'count', period: 'fy2022-23' });
      const after = findFigure(asb, { measure: 'youth-asb-records', statistic: 'count', period: 'fy2023-24' });
      const change = after.value - before.value;
      const pct = ((Math.abs(change) / before.value) * 100).toFixed(1);
      const words = `${count(before.value)} → ${count(after.value)}, ${change < 0 ? 'down' : 'up'} ${count(Math.abs(change))} (${change < 0 ? '−' : '+'}${pct}%)`;
      const chart = page.getByRole('figure', { name: /^Youth-related ASB records by financial year/ });
      await chart.locator('.before-after__row').first().waitFor();
      assert.equal(
        await chart
          .locator('.before-after__words')
          .first()
          .textContent()
          .then((t) => t?.trim()),
        words,
      );
      assert.ok((await chart.locator('.chart-frame__summary').innerText()).includes(words));
      assert.equal(await chart.locator('.recharts-line').count(), 0, 'not a two-point line');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await closePage(page);
    },
  );

  test('at 320 px the before → after charts fit without sideways scrolling', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(pinned(suite.server.url, 'view=youth-asb'));
    await page.locator('.before-after__row').first().waitFor();
    assert.ok((await noSidewaysScroll(page)) <= 320);
    await closePage(page);
  });
});
