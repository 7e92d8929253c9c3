/**
 * Issue 12, item 4: print fits the paper. Views are printed to A4 PDFs by
 * Chromium and read back with poppler's pdftotext, so the tests see what a
 * reader's printer gets: every column, a first page that is not half empty,
 * and a filtered view saying what it shows. Pinned to the April 2024 snapshot.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { test, closePage, newPage, servedBrowser, ROOT } from './harness.ts';
import { pinned } from './published.ts';

const OUT = join(ROOT, 'test-results', 'print');

/** The page box of A4 portrait with the 12 mm side margins global.css gives it, in CSS pixels (96 to the inch). */
const PAGE_BOX_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);
const A4_HEIGHT_PT = 841.89;

function pdftotext(file: string, args: string[] = []): string {
  try {
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  } catch (e) {
    throw new Error("pdftotext failed: install Debian's poppler-utils", { cause: e });
  }
}

/** Without any whitespace: a cell's words wrap onto several lines on paper, and only their order matters. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

async function printToPdf(page: Page, name: string): Promise<{ file: string; text: string; pages: number }> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  // -raw: the order Chromium drew the text in, which is the page's order, so a cell's wrapped words stay together.
  return { file, text: pdftotext(file, ['-raw']), pages };
}

/** The bottom of the lowest word on page 1, as a share of the page's height (pdftotext -bbox). */
function firstPageFilled(file: string): number {
  const html = pdftotext(file, ['-bbox', '-f', '1', '-l', '1']);
  const bottoms = [...html.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
  return Math.max(0, ...bottoms) / A4_HEIGHT_PT;
}

async function texts(l: Locator): Promise<string[]> {
  return (await l.allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
}

/** Column headers without the sort buttons' arrows, which are for the screen and not printed. */
async function headerTexts(table: Locator): Promise<string[]> {
  return (await texts(table.locator('thead th'))).map((t) => t.replace(/\s*[↕↑↓▲▼]$/u, ''));
}

describe('printed views fit A4', () => {
  const suite = servedBrowser();

  test('the overview prints every column, the position column included, and fills page 1', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url));
    const table = page.getByRole('table', { name: /Charnwood crime/ });
    await table.waitFor();
    const headers = await headerTexts(table);
    assert.equal(headers.length, 5, 'crime type, figure, change, trend and position');
    // The last column's values as the screen shows them: "12th of 15" and the like, one a crime type.
    const positions = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('td:last-child .figure__value')?.textContent?.trim() ?? ''));
    assert.equal(positions.filter((p) => /^\d+\w\w of \d+$/.test(p)).length, 9, 'a position for each of the nine crime types');
    const crimeTypes = await texts(table.locator('tbody th[scope="row"]'));

    const { file, text, pages } = await printToPdf(page, 'overview');
    const paper = squeeze(text);
    for (const h of headers) assert.ok(paper.includes(squeeze(h)), `the header "${h}" is printed`);
    for (const c of crimeTypes) assert.ok(paper.includes(squeeze(c)), `the row "${c}" is printed`);
    for (const p of positions) assert.ok(paper.includes(squeeze(p)), `the position "${p}" is printed`);
    assert.ok(pages > 1, 'the overview runs to more than one page');
    const filled = firstPageFilled(file);
    assert.ok(filled > 0.8, `page 1 is filled to ${Math.round(filled * 100)}% of its height, not left part empty`);
    await closePage(page);
  });

  test('a filtered actions view prints its filters and every column: owners, status and source', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=actions&owner=charlotte-dickens'));
    const status = page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ actions/ });
    await status.waitFor();
    const [, shown, total] = /^Showing (\d+) of (\d+) /.exec(await status.innerText()) ?? [];
    assert.ok(shown && total && Number(shown) < Number(total), 'the owner filter keeps some of the actions');
    const tables = page.locator('.actions-table table');
    const headers = await headerTexts(tables.first());
    assert.deepEqual(headers.slice(-3), ['Item', 'Complete by', 'Source']);
    // Each row's owners, status and source as the screen shows them.
    const cells = await tables.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => {
        const tds = [...r.querySelectorAll('td')];
        return { status: tds[0]?.innerText ?? '', owners: tds[1]?.innerText ?? '', source: tds[tds.length - 1]?.innerText ?? '' };
      }),
    );
    assert.equal(cells.length, Number(shown));

    const { file, text } = await printToPdf(page, 'actions-charlotte-dickens');
    const paper = squeeze(text);
    assert.ok(
      paper.includes(squeeze(`Showing: owner Charlotte Dickens; ${shown} of ${total} actions and recommendations.`)),
      'the printed page says what the filter shows',
    );
    for (const h of headers) assert.ok(paper.includes(squeeze(h)), `the header "${h}" is printed`);
    for (const control of ['DownloadCSV', 'Embedthistable', 'Copylink', 'Filters(']) {
      assert.ok(!paper.includes(control), `no "${control}" control on paper`);
    }
    for (const c of cells) {
      assert.ok(paper.includes(squeeze(c.owners)), `the owners "${c.owners}" are printed`);
      assert.ok(paper.includes(squeeze(c.status)), `the status "${c.status}" is printed`);
      assert.ok(paper.includes(squeeze(c.source)), `the source "${c.source}" is printed`);
    }
    const filled = firstPageFilled(file);
    assert.ok(filled > 0.8, `page 1 is filled to ${Math.round(filled * 100)}% of its height`);
    await closePage(page);
  });

  test('a filtered youth ASB view prints the section and period it shows', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=youth-asb'));
    const section = page.getByRole('combobox', { name: 'Section' });
    await section.selectOption({ index: 1 });
    await page.waitForURL((u) => u.searchParams.has('section'));
    const sectionName = (await section.locator('option:checked').innerText()).trim();
    const period = page.getByRole('combobox', { name: 'Period (tables only)' });
    await period.selectOption({ index: 1 });
    await page.waitForURL((u) => u.searchParams.has('period'));
    const periodName = (await period.locator('option:checked').innerText()).trim();
    const summary = page.getByText(/^Showing: /);
    assert.equal(await summary.isVisible(), false, 'on screen the controls say it');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await summary.innerText(), `Showing: section ${sectionName}; period ${periodName}.`);
    assert.ok(await summary.isVisible());
    await closePage(page);
  });

  test('an unfiltered view prints no filter summary', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=actions'));
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing \d+ of \d+ actions/ })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByText(/^Showing: /).count(), 0);
    await closePage(page);
  });

  const VIEWS = ['overview', 'beats', 'beats&beat=57', 'family-group', 'youth-asb', 'actions', 'scorecards', 'data', 'changes'];
  for (const view of VIEWS) {
    test(`${view}: in print, nothing in the page is wider than the A4 page box`, { timeout: 90_000 }, async () => {
      const page = await newPage(suite.browser, { viewport: { width: PAGE_BOX_WIDTH, height: 1000 } });
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      const wider = await page.evaluate((limit) => {
        const main = document.querySelector('main');
        if (!main) return ['no main'];
        return [...main.querySelectorAll('*')].flatMap((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.right <= limit + 1) return [];
          const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          return [`${what} reaches ${Math.round(r.right)} px: ${(el.textContent ?? '').trim().slice(0, 60)}`];
        });
      }, PAGE_BOX_WIDTH);
      assert.deepEqual(wider.slice(0, 5), [], `${wider.length} elements run past the page box`);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= PAGE_BOX_WIDTH);
      await closePage(page);
    });
  }
});
