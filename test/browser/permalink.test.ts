/**
 * Issue 13, item 3: a copied link reproduces the screen. It pins the
 * snapshot, so after a newer snapshot is published (here a SYNTHETIC one,
 * added in a temporary copy of the repository and built there, never in the
 * repository) the same link still shows the same figures, with a banner
 * saying newer ones exist. Chart or table mode is in the link too.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addExtraSnapshot, EXTRA_SNAPSHOT } from '../../scripts/lib/extra-snapshot.ts';
import { requireSeedsDir } from '../../scripts/lib/seeds.ts';
import { loadSources } from '../../scripts/lib/sources.ts';
import { after, axeViolations, before, closePage, newPage, ROOT, serve, servedBrowser, test, type Served } from './harness.ts';
import { SNAPSHOT } from './published.ts';
import { copyRepository, npmRun, viteBuild } from './temp-copy.ts';

const BUILD_TIMEOUT_MS = 8 * 60_000;
const TABLE = { name: /Burglary – residential by beat/ };

async function copiedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  return page.getByLabel('Link to this view').inputValue();
}

describe('a copied link after a newer snapshot is published', () => {
  const suite = servedBrowser();
  let temp = '';
  let newer: Served | undefined;
  const removeTemp = () => {
    if (temp !== '') rmSync(temp, { recursive: true, force: true });
  };

  before(async () => {
    temp = mkdtempSync(join(tmpdir(), 'csp-permalink-'));
    process.once('exit', removeTemp);
    const copy = copyRepository(join(temp, 'repo'));
    // Beside the copy as ../shared/seeds, where the build looks by default.
    const seeds = join(temp, 'shared', 'seeds');
    cpSync(requireSeedsDir(), seeds, { recursive: true });
    chmodSync(seeds, 0o755);
    addExtraSnapshot(copy, seeds, loadSources(ROOT));
    await npmRun(copy, 'data:build');
    newer = await serve({ outDir: await viteBuild(copy) });
  }, BUILD_TIMEOUT_MS);

  after(async () => {
    await newer?.stop();
    removeTemp();
  });

  test('shows the same figures, in the same mode, with a banner linking to the newest', { timeout: 120_000 }, async () => {
    const page = await newPage(suite.browser);
    // The newest snapshot of the repository, asked for without naming it.
    await page.goto(`${suite.server.url}?view=beats&measure=burglary-residential`);
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    await page.getByRole('radio', { name: 'Table' }).check();
    const before = await page.getByRole('table', TABLE).innerText();
    const link = await copiedLink(page);
    assert.equal(new URL(link).searchParams.get('snapshot'), SNAPSHOT, 'the link pins the snapshot on screen');
    assert.ok(
      [...new URL(link).searchParams.keys()].some((k) => k.startsWith('show.')),
      'the link holds the table mode',
    );

    // Back shows the chart again, Forward the table: the mode is a history entry like any other choice.
    await page.goBack();
    await page.getByRole('radio', { name: 'Chart' }).and(page.locator(':checked')).waitFor();
    await page.goForward();
    await page.getByRole('table', TABLE).waitFor();

    // "Always show the newest snapshot" leaves the snapshot out.
    await page.getByRole('checkbox', { name: 'Links and embeds always show the newest figures' }).check();
    assert.equal(new URL(await page.getByLabel('Link to this view').inputValue()).searchParams.get('snapshot'), null);

    assert.ok(newer);
    const copied = new URL(link);
    await page.goto(`${newer.url}${copied.search}`);
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    assert.equal(await page.getByRole('table', TABLE).innerText(), before, 'the same figures after a newer snapshot');
    const banner = page.locator('.older-snapshot');
    await banner.getByText('An earlier snapshot:').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await banner.getByRole('link', { name: 'Show the newest snapshot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('snapshot'), null);
    await page
      .getByText(/SYNTHETIC extra snapshot for tests/)
      .first()
      .waitFor();
    assert.equal(await page.locator('.older-snapshot').count(), 0);
    assert.notEqual(EXTRA_SNAPSHOT.id, SNAPSHOT);
    await closePage(page);
  });
});
