/**
 * The meeting pack (issue 14, part 1): opened for pinned snapshots, checked
 * on screen (axe, 320 px, embeds), then printed to PDF by Chromium and read
 * back with poppler (pdfinfo, pdftotext): page count, "Page N of M" and the
 * partnership's name on every page, each section's key figures, and no table
 * row split across pages.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  after,
  axeViolations,
  before,
  closePage,
  newPage,
  ROOT,
  servedBrowser,
  SLOW_TEST_TIMEOUT_MS,
  test,
  watchErrors,
} from './harness.ts';
import { count, findFigure, partnership, pinned, published, subareaLabel } from './published.ts';
import { pageMarginRule } from '../../src/lib/css-string.ts';

const RESULTS = join(ROOT, 'test-results');

/**
 * Text with every space and line break taken out (a PDF breaks lines where
 * the page does, not where the DOM does), and quotation marks, which <q>
 * draws on paper without their being in the DOM's text.
 */
const squeeze = (s: string) => s.replace(/[\s\u201c\u201d\u2018\u2019"']+/g, '');

interface Printed {
  pages: number;
  /** Each page's text in layout order (for the margins), and in the order Chromium drew it (for rows and cells). */
  layout: string[];
  raw: string[];
}

function pdftotext(file: string, mode: '-layout' | '-raw'): string[] {
  const text = execFileSync('pdftotext', [mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // Pages end with a form feed; the last one leaves an empty string after it.
  return text.split('\f').slice(0, -1);
}

async function openPack(page: Page, snapshot: string): Promise<void> {
  await page.goto(pinned(SERVER.url, 'view=pack', snapshot));
  await page.locator('.pack[data-pack-ready="true"]').waitFor({ timeout: 90_000 });
}

async function printPack(page: Page, snapshot: string): Promise<Printed> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: false });
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `pack-${snapshot}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  // A4 is 595 x 842 points, portrait.
  assert.ok(size && Math.abs(Number(size[1]) - 595) < 2 && Math.abs(Number(size[2]) - 842) < 2, `A4 portrait: ${size?.[0] ?? info}`);
  return { pages, layout: pdftotext(file, '-layout'), raw: pdftotext(file, '-raw') };
}

let SERVER: { url: string };

/** Hand-set from the pinned snapshots' contents; a pack far outside these has lost or duplicated a section. */
const PAGE_BOUNDS: Record<string, [number, number]> = { '2024-04': [50, 110], '2022-10': [20, 55] };

for (const snapshot of ['2024-04', '2022-10'] as const) {
  describe(`the meeting pack for ${snapshot}`, () => {
    const suite = servedBrowser();
    let page: Page;
    let errors: string[];
    let printed: Printed;
    before(async () => {
      SERVER = suite.server;
      page = await newPage(suite.browser, { viewport: { width: 1280, height: 900 } });
      errors = watchErrors(page);
      await openPack(page, snapshot);
    }, 120_000);
    after(async () => closePage(page));

    test('opens from the link beside the snapshot, with a cover, contents and every section, and no console errors', async () => {
      await page.goto(pinned(SERVER.url, 'view=overview', snapshot));
      await page.getByRole('link', { name: 'Meeting pack' }).click();
      await page.waitForURL((u) => u.searchParams.get('view') === 'pack' && u.searchParams.get('snapshot') === snapshot);
      await page.locator('.pack[data-pack-ready="true"]').waitFor({ timeout: 90_000 });
      const pack = page.getByRole('article', { name: 'Meeting pack' });
      assert.equal(await pack.getByRole('heading', { level: 1 }).innerText(), 'Meeting pack');
      assert.match(await pack.locator('.pack-cover').innerText(), new RegExp(partnership.partnership.name));
      const contents = page.getByRole('navigation', { name: 'Contents' });
      const sections = await contents.getByRole('link').allInnerTexts();
      assert.deepEqual(sections.slice(0, 2), ['Overview', 'Beats']);
      for (const [i, title] of sections.entries()) {
        await pack.getByRole('heading', { level: 2, name: `${i + 1}. ${title}` }).waitFor();
      }
      // Nothing to press in a document: no buttons, form fields or sort controls inside the pack.
      assert.equal(await pack.locator('button, input, select, textarea, summary').count(), 0);
      // Charts drawn as vector graphics, each beside its table.
      const charts = pack.locator('figure.chart-frame');
      assert.ok((await charts.count()) > 0);
      for (const chart of await charts.all()) {
        assert.equal(await chart.locator('svg.recharts-surface, svg.chart-svg').count(), 1);
        assert.ok((await chart.locator('table').count()) >= 1);
      }
      assert.deepEqual(errors, []);
    });

    test('axe finds nothing', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      assert.deepEqual(await axeViolations(page), []);
    });

    test('prints to an A4 PDF numbered "Page N of M", the partnership named on every page', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      printed = await printPack(page, snapshot);
      const [low, high] = PAGE_BOUNDS[snapshot] ?? [1, 1];
      assert.ok(printed.pages >= low && printed.pages <= high, `${printed.pages} pages, expected ${low} to ${high}`);
      assert.equal(printed.layout.length, printed.pages);
      for (const [i, text] of printed.layout.entries()) {
        assert.match(text, new RegExp(`Page ${i + 1} of ${printed.pages}\\s*$`), `page ${i + 1} is numbered`);
        assert.ok(text.includes(partnership.partnership.name), `page ${i + 1} names the partnership`);
      }
    });

    test('the PDF holds every section and its key figures', () => {
      assert.ok(printed, 'printed by the test before');
      const all = squeeze(printed.raw.join('\n'));
      for (const heading of [
        '1.Overview',
        '2.Beats',
        '3.Familygroup',
        '4.Youthandanti-socialbehaviour',
        '5.Actions',
        '6.Recommendations',
        '7.Datanotes',
        '8.Newsincethelastpack',
        '9.Sources',
      ]) {
        assert.ok(all.includes(heading), `section ${heading}`);
      }
      const csp = published(snapshot, 'csp-crime').figures;
      const family = published(snapshot, 'family-group').figures;
      const actions = published<{
        actions: { text: string; owners: string; meetingDate: string | null }[];
        recommendations: { text: string }[];
      }>(snapshot, 'actions');
      if (snapshot === '2024-04') {
        // Seed 001: all crime 9,568 in 2023/24 to 5 December; 12th of 15 in the family group at 31 October 2023; 308 youth-related ASB records in 2023/24.
        const allCrime = findFigure(csp, { areaType: 'csp', measure: 'all-crime', statistic: 'count', period: 'fy2023-24-ytd-2023-12-05' });
        assert.ok(all.includes(squeeze(count(allCrime.value))), 'the total crime figure');
        const rank = findFigure(family, { measure: 'all-crime', statistic: 'rank', period: 'asat-2023-10-31' });
        assert.ok(all.includes(`${rank.value}thof15`), 'the family-group position');
        const youth = findFigure(published(snapshot, 'asb').figures, {
          measure: 'youth-asb-records',
          statistic: 'count',
          period: 'fy2023-24',
        });
        assert.ok(all.includes(`Youth-relatedASBrecords`) && all.includes(count(youth.value)), 'the youth ASB figure');
        assert.ok(all.includes(squeeze(subareaLabel('57'))), 'beats by place name');
      } else {
        // Seed 000: 12,703 crimes in 2019/20; 10th in the family group at 31 December 2019.
        const allCrime = findFigure(csp, { areaType: 'csp', measure: 'all-crime', statistic: 'count', period: 'fy2019-20' });
        assert.ok(all.includes(squeeze(count(allCrime.value))), 'a total crime figure');
        const rank = findFigure(family, { measure: 'all-crime', statistic: 'rank', period: 'asat-2019-12-31' });
        assert.ok(all.includes(`${rank.value}/15`), 'a family-group position');
      }
      // An action's words and its owner, in one row; a recommendation's words.
      const owned = actions.actions.find((a) => a.owners !== 'not recorded' && a.text.length < 200);
      assert.ok(owned, 'the snapshot records an action with an owner');
      assert.ok(
        printed.raw.some((p) => squeeze(p).includes(squeeze(owned.text)) && squeeze(p).includes(squeeze(owned.owners))),
        `"${owned.text}" with its owner`,
      );
      const recommendation = actions.recommendations.at(-1);
      assert.ok(recommendation && all.includes(squeeze(recommendation.text)), 'a recommendation');
      // Sources as numbered endnotes, naming documents and lines.
      assert.match(all, /9\.Sources1\.[^:]+:.+?,lines?\d+/);
    });

    test(
      'no table row is split across pages, and a table running over pages repeats its header',
      { timeout: SLOW_TEST_TIMEOUT_MS },
      async () => {
        assert.ok(printed, 'printed by the test before');
        await page.emulateMedia({ media: 'print' });
        try {
          // Anonymous functions only: the test runner's transform names named ones with a helper the page does not have.
          const tables = await page.locator('.pack table').evaluateAll((nodes) =>
            nodes.map((t) => {
              const cells = [...t.querySelectorAll('thead th, tbody tr')].map((element) => {
                // The text as drawn on paper: words only screen readers hear (visually hidden, clipped) are not in the PDF.
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                let text = '';
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const parent = n.parentElement;
                  if (parent && !parent.closest('.visually-hidden') && parent.checkVisibility()) text += n.textContent ?? '';
                }
                return { head: element.tagName === 'TH' && element.closest('thead') !== null, text };
              });
              return {
                header: cells
                  .filter((c) => c.head)
                  .map((c) => c.text)
                  .join(' '),
                rows: cells.filter((c) => !c.head).map((c) => c.text),
              };
            }),
          );
          const pages = printed.raw.map(squeeze);
          let checked = 0;
          let from = 0;
          for (const table of tables) {
            const header = squeeze(table.header);
            const pagesWithRows = new Set<number>();
            for (const row of table.rows) {
              const text = squeeze(row);
              // A row of only a few characters ("not published") could be anywhere; a split row is never whole on any page.
              if (text.length < 12) continue;
              // Tables and their rows print in the order of the page: each is looked for from where the one before stood.
              const whole = pages.findIndex((p, i) => i >= from && p.includes(text));
              assert.ok(whole !== -1, `row "${row.slice(0, 80)}" stands whole on one page`);
              pagesWithRows.add(whole);
              from = whole;
              checked += 1;
            }
            for (const p of pagesWithRows)
              assert.ok(pages[p]?.includes(header), `page ${p + 1} repeats the header "${table.header.slice(0, 60)}"`);
          }
          assert.ok(checked > 50, `${checked} rows checked`);
        } finally {
          await page.emulateMedia({ media: 'screen' });
        }
      },
    );
  });
}

describe('the meeting pack on a phone and in an embed', () => {
  const suite = servedBrowser();

  test(
    'fits a 320 px wide screen without sideways scrolling, each section drawn as the reader scrolls to it',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      SERVER = suite.server;
      const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
      await page.goto(pinned(SERVER.url, 'view=pack', '2024-04'));
      const pack = page.getByRole('article', { name: 'Meeting pack' });
      await pack.getByRole('navigation', { name: 'Contents' }).waitFor();
      const sections = await pack.getByRole('navigation', { name: 'Contents' }).getByRole('link').count();
      // A phone draws no more than it needs: the sections wait until the reader comes near them.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      assert.ok((await page.locator('.pack-section').count()) < sections, 'not every section is drawn before the reader scrolls');
      assert.equal(await pack.getAttribute('data-pack-ready'), null);
      assert.match(await page.locator('.pack-status').innerText(), /More sections are drawn as you scroll down; printing draws them all/);
      // Scrolling on to the end draws the rest, one section after another, until the pack is whole.
      await page.waitForFunction(
        () => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          return document.querySelector('.pack[data-pack-ready="true"]') !== null;
        },
        undefined,
        { timeout: 90_000, polling: 250 },
      );
      assert.equal(await page.locator('.pack-section').count(), sections);
      assert.match(await page.locator('.pack-status').innerText(), /ready to print/);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `page is ${width}px wide`);
      await closePage(page);
    },
  );

  test('on a phone, a link in the contents leads to its section, drawn there and then', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(pinned(suite.server.url, 'view=pack', '2024-04'));
    const contents = page.getByRole('navigation', { name: 'Contents' });
    // Followed as soon as it is offered: the section is drawn, and shown, once its files are here if they are not yet.
    await contents.getByRole('link', { name: 'Data notes' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /^7\. Data notes$/ });
    await heading.waitFor();
    assert.equal(new URL(page.url()).hash, '#pack-notes');
    assert.ok(await heading.isVisible());
    const box = await page.locator('#pack-notes').boundingBox();
    assert.ok(box && box.y < 640 && box.y + box.height > 0, 'the section is on screen');
    await closePage(page);
  });

  test('printed before it is whole, the pack prints every section', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(pinned(suite.server.url, 'view=pack', '2024-04'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const sections = await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').count();
    assert.ok((await page.locator('.pack-section').count()) < sections, 'some sections are not drawn yet');
    // What the browser does on Ctrl+P: beforeprint, then the page is laid out for paper.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('.pack-section').count(), sections);
    // Every chart of every section too, not only the first of each.
    assert.equal(await page.locator('.pack-pending').count(), 0);
    await page.locator('.pack[data-pack-ready="true"]').waitFor({ timeout: 30_000 });
    await closePage(page);
  });

  /** Opens the 2024-04 pack with every request matching `held` left unanswered, so what it needs never arrives. */
  async function packWithout(held: RegExp, width = 1280): Promise<Page> {
    const page = await newPage(suite.browser, { viewport: { width, height: 900 } });
    await page.route(held, () => undefined);
    await page.goto(pinned(suite.server.url, 'view=pack', '2024-04'));
    await page.getByRole('navigation', { name: 'Contents' }).waitFor();
    return page;
  }

  /** The notice on paper, after what the browser does on Ctrl+P (beforeprint, then layout for paper). */
  async function printedNotice(page: Page): Promise<string> {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const notice = page.locator('.pack-incomplete');
    assert.ok(await notice.isVisible(), 'the printout says it is incomplete');
    const text = await notice.innerText();
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await notice.isVisible(), false, 'the notice is for paper only');
    return text;
  }

  test('printed before its files arrive, the paper says it holds none of the sections', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    // The pack's own files (the app loads the snapshot's vocabulary and periods itself, before the contents).
    const page = await packWithout(/\/data\/2024-04\/(actions|asb)\.json$/);
    const sections = await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').count();
    assert.match(
      await printedNotice(page),
      new RegExp(`This printout is incomplete: 0 of ${sections} sections were drawn when it was printed`),
    );
    await closePage(page);
  });

  test(
    'printed before the snapshot before it arrives, the pack prints the sources and says "new since" is missing',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await packWithout(/\/data\/2022-10\//);
      const sections = await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').count();
      // Every section is drawn, the one waiting on the snapshot before included, as far as the sources and their endnotes.
      await page.locator('#pack-sources li').first().waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('.pack-section').count(), sections);
      assert.match((await page.locator('#pack-new-since').textContent()) ?? '', /Loading the snapshot before this one/);
      assert.match(
        await printedNotice(page),
        new RegExp(`This printout is incomplete: ${sections - 1} of ${sections} sections were drawn when it was printed`),
      );
      assert.equal(await page.locator('.pack').getAttribute('data-pack-ready'), null);
      await closePage(page);
    },
  );

  test('printed before the chart code arrives, the paper says charts are missing', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    const page = await packWithout(/\/assets\/recharts-line-chart-[^/]*\.js$/);
    const sections = await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').count();
    await page.locator('#pack-sources').waitFor({ timeout: 60_000 });
    assert.match(
      await printedNotice(page),
      new RegExp(`This printout is incomplete: ${sections} of ${sections} sections were drawn, and \\d+ charts were not drawn yet, when`),
    );
    await closePage(page);
  });

  test('an address whose hash does not decode opens the pack all the same', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
    for (const hash of ['#%', '#%E0%A4']) {
      const page = await newPage(suite.browser);
      await page.goto(pinned(suite.server.url, 'view=pack', '2024-04') + hash);
      await page.locator('.pack[data-pack-ready="true"]').waitFor({ timeout: 90_000 });
      assert.equal(
        await page.getByRole('article', { name: 'Meeting pack' }).getByRole('heading', { level: 1 }).innerText(),
        'Meeting pack',
      );
      await closePage(page);
    }
  });

  test(
    'embeds like every view: offered as an embed, drawn without the site navigation, axe finding nothing',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const page = await newPage(suite.browser);
      await page.goto(pinned(suite.server.url, 'view=pack'));
      await page.getByRole('button', { name: 'Embed this view' }).waitFor();
      await page.goto(pinned(suite.server.url, 'view=pack&embed=1'));
      await page.locator('.pack[data-pack-ready="true"]').waitFor({ timeout: 90_000 });
      assert.equal(await page.getByRole('navigation', { name: 'Dashboard sections' }).count(), 0, 'no site navigation in an embed');
      assert.equal(
        await page.getByRole('article', { name: 'Meeting pack' }).getByRole('heading', { level: 1 }).innerText(),
        'Meeting pack',
      );
      assert.deepEqual(await axeViolations(page), []);
      await closePage(page);
    },
  );

  test('a partnership name with quotes and backslashes cannot break out of the page-margin rule, under the app CSP', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=pack'));
    const name = 'Evil "CSP" \\ } @page { @bottom-left { content: "injected" } } \n';
    const rules = await page.evaluate(
      (rule) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rule);
        const first = sheet.cssRules[0];
        return { count: sheet.cssRules.length, text: first?.cssText ?? '', isPage: first instanceof CSSPageRule };
      },
      pageMarginRule('pack', 'top-left', name),
    );
    assert.equal(rules.count, 1, rules.text);
    assert.ok(rules.isPage);
    assert.equal((rules.text.match(/@top-left/g) ?? []).length, 1);
    await closePage(page);
  });
});
