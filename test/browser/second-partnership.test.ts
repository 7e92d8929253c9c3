/**
 * Proof that the dashboard is configured by data, not code (issue 9, item 6).
 * In a temporary copy of the repository, outside it, two dashboards are
 * built the way an analyst builds them and driven in Chromium:
 *
 * (a) the repository's own partnership with a new quarter from a SYNTHETIC
 *     extract: `data:new-snapshot`, the extracts and their description,
 *     `data:import-extract`, `data:build`, then a production build;
 * (b) a whole second partnership from the SYNTHETIC fixtures in
 *     test/fixtures/second-partnership (its own name, wards, crime types,
 *     family group of 12, ASB sections, scorecards and a synthetic document);
 *
 * and (c) the real snapshots stay byte for byte what the repository publishes.
 * Nothing here is ever written to the repository: the copies are removed
 * afterwards, even when a build fails.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { partnershipSchema, type Partnership } from '../../src/data/partnership.ts';
import { manifestSchema, type DatasetFile, type DatasetId, type Manifest } from '../../src/data/schema.ts';
import { decodeDatasetText } from '../../src/data/validate.ts';
import { formatDate } from '../../src/lib/periods.ts';
import { requireSeedsDir } from '../../scripts/lib/seeds.ts';
import {
  after,
  axeViolations,
  before,
  closePage,
  launch,
  newPage,
  ROOT,
  serve,
  SLOW_TEST_TIMEOUT_MS,
  test,
  watchErrors,
  type Served,
} from './harness.ts';
import { count } from './published.ts';
import { QUARTER, syntheticQuarter, type SyntheticQuarter } from './synthetic-quarter.ts';
import { copyRepository, filesMatching, npmRun, sha256, treeHashes, viteBuild } from './temp-copy.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'second-partnership');
/**
 * Two copies, each with its data build and production build: about 30 s on
 * the shared two-core machine; the limit leaves room for a slower CI runner.
 */
const BUILD_TIMEOUT_MS = 8 * 60_000;

/** A built copy's published files, validated as the app validates them. */
class Built {
  constructor(readonly publicData: string) {}
  json(path: string): unknown {
    return JSON.parse(readFileSync(join(this.publicData, path), 'utf8'));
  }
  partnership(): Partnership {
    return partnershipSchema.parse(this.json('partnership.json'));
  }
  manifest(): Manifest {
    return manifestSchema.parse(this.json('manifest.json'));
  }
  dataset<D extends DatasetId>(snapshot: string, dataset: D): DatasetFile<D> {
    const path = `${snapshot}/${dataset}.json`;
    const result = decodeDatasetText(path, dataset, snapshot, readFileSync(join(this.publicData, path), 'utf8'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.data;
  }
  label(snapshot: string, measure: string): string {
    return this.dataset(snapshot, 'vocab').measures.find((m) => m.id === measure)?.label ?? measure;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The repository's own published data and partnership, only ever read. */
const REPO = new Built(join(ROOT, 'public', 'data'));
const REAL = REPO.partnership();

/** Any of these on a page of the second partnership is text of the repository's own. */
const REAL_WORDS = new RegExp(
  [REAL.partnership.name, REAL.partnership.shortName, REAL.partnership.localAuthority, REAL.partnership.policeForce]
    .map(escapeRe)
    .join('|'),
  'i',
);

interface Copy {
  root: string;
  built: Built;
  server: Served;
}

/** How pages name a sub-area: its code and short place name where the profile gives one ("SV-A Abbeymead"), else its name. */
function labelOf(a: { code: string; name: string; shortName: string | null }): string {
  return a.shortName ? `${a.code} ${a.shortName}` : a.name;
}

describe('the dashboard built from synthetic data in a temporary copy: a new quarter, and a second partnership', () => {
  let temp = '';
  let browser: Browser | undefined;
  const servers: Served[] = [];
  let quarter: Copy & { synthetic: SyntheticQuarter };
  let vale: Copy;
  const repoBefore = { data: new Map<string, string>(), published: new Map<string, string>() };
  // Removes the copies even if the run is stopped between `before` and `after`.
  const removeTemp = () => {
    if (temp !== '') rmSync(temp, { recursive: true, force: true });
  };

  before(async () => {
    repoBefore.data = treeHashes(join(ROOT, 'data'));
    repoBefore.published = treeHashes(join(ROOT, 'public', 'data'));
    temp = mkdtempSync(join(tmpdir(), 'csp-second-partnership-'));
    process.once('exit', removeTemp);

    // (a) The analyst's routine of data/README.md, "A quarter from an analyst's extract, step by step".
    const a = copyRepository(join(temp, 'quarter'));
    const synthetic = syntheticQuarter(REAL, (m) => REPO.label(REPO.manifest().defaultSnapshot, m));
    await npmRun(a, 'data:new-snapshot', ['--id', QUARTER.id, '--date', QUARTER.date, '--title', QUARTER.title]);
    const folder = join(a, 'data', 'sources', QUARTER.id);
    for (const e of synthetic.extracts) writeFileSync(join(folder, 'extracts', e.file), e.text);
    writeFileSync(join(folder, 'extracts.csv'), synthetic.extractsCsv);
    for (const i of synthetic.imports) await npmRun(a, 'data:import-extract', ['--snapshot', QUARTER.id, '--file', i.file, ...i.args]);
    await npmRun(a, 'data:build');
    const aDist = await viteBuild(a);

    // (b) Another partnership's data folder in place of the repository's.
    const b = copyRepository(join(temp, 'vale'), join(FIXTURE, 'data'));
    await npmRun(b, 'data:build');
    const bDist = await viteBuild(b);

    const aServer = await serve({ outDir: aDist });
    servers.push(aServer);
    const bServer = await serve({ outDir: bDist });
    servers.push(bServer);
    quarter = { root: a, built: new Built(join(a, 'public', 'data')), server: aServer, synthetic };
    vale = { root: b, built: new Built(join(b, 'public', 'data')), server: bServer };
    browser = await launch();
  }, BUILD_TIMEOUT_MS);

  after(async () => {
    await browser?.close();
    for (const s of servers) await s.stop();
    removeTemp();
  });

  async function open(copy: Copy, query: string): Promise<{ page: Page; errors: string[] }> {
    if (!browser) throw new Error('Chromium did not start');
    const page = await newPage(browser);
    const errors = watchErrors(page);
    await page.goto(`${copy.server.url}${query}`);
    await page.locator('h1').first().waitFor();
    return { page, errors };
  }

  describe(`(a) a new ${REAL.partnership.shortName} quarter from a synthetic analyst's extract`, () => {
    test('the new quarter is the newest snapshot and the default, and says it is synthetic test data', async () => {
      const manifest = quarter.built.manifest();
      assert.equal(manifest.defaultSnapshot, QUARTER.id);
      assert.equal(manifest.snapshots[0]?.id, QUARTER.id);
      assert.deepEqual(
        manifest.snapshots[0]?.sources.filter((s) => s.kind === 'extract').map((s) => s.title),
        quarter.synthetic.extracts.map((e) => e.title),
      );
      const { page, errors } = await open(quarter, '');
      const picker = page.getByLabel('Snapshot');
      assert.equal(await picker.inputValue(), QUARTER.id);
      assert.match(await picker.locator('option:checked').innerText(), new RegExp(`^${escapeRe(QUARTER.title)} \\(latest\\)$`));
      const stamp = page.locator('.data-stamp').first();
      assert.match(await stamp.innerText(), /Partnership release of analysts' extracts/);
      assert.match(await stamp.innerText(), new RegExp(`Source: ${escapeRe(QUARTER.title)}`));
      assert.deepEqual(errors, []);
      await closePage(page);
    });

    test("the overview leads with the quarter's figures for every monitored crime type", async () => {
      const { page, errors } = await open(quarter, '');
      const table = page.getByRole('table', { name: new RegExp(`^${escapeRe(REAL.partnership.shortName)} crime, Q1 2099/00`) });
      await table.waitFor();
      assert.equal(await table.getByRole('rowheader').count(), REAL.crimeTypes.length);
      for (const measure of REAL.crimeTypes) {
        const total = quarter.synthetic.totals.get(measure);
        assert.ok(total, measure);
        const row = table.getByRole('row', { name: new RegExp(`^${escapeRe(quarter.built.label(QUARTER.id, measure))}`) });
        // The comparison column, then the quarter, as the extract gives them.
        // The latest count, then the change "from" the earlier one.
        assert.match(await row.innerText(), new RegExp(`${count(total.current)}[^]*from ${count(total.previous)}`), measure);
      }
      assert.deepEqual(errors, []);
      await closePage(page);
    });

    test(`a ${REAL.subareas.singular}'s page shows its figure, and the source panel names the extract, its producer, row and column`, async () => {
      const { firstRow } = quarter.synthetic;
      const { page, errors } = await open(
        quarter,
        `?view=beats&beat=${firstRow.subarea}&crime=${firstRow.measure}&period=${QUARTER.period}`,
      );
      const table = page.getByRole('table', { name: /^Figures published for/ });
      await table.waitFor();
      assert.equal(await table.locator('tbody tr').count(), 1);
      assert.match(await table.innerText(), new RegExp(`\\b${count(firstRow.current)}\\b`));
      await table.locator('.figure__button').first().click();
      assert.match(
        await page.getByRole('group', { name: /^Source of / }).innerText(),
        new RegExp(
          // The printed value is in a <q>, whose quotation marks are drawn by CSS and are not text.
          `Given as ${count(firstRow.current)} in analyst's extract “${escapeRe(firstRow.title)}”, ` +
            `produced by ${escapeRe(QUARTER.producedBy)} from ${escapeRe(QUARTER.system)} on ${formatDate(QUARTER.runDate)}, row ${firstRow.row}, column “${QUARTER.column}” ` +
            `\\(data/sources/${QUARTER.id}/extracts/${firstRow.file}\\)`,
        ),
      );
      assert.deepEqual(errors, []);
      await closePage(page);
    });

    test(`${REAL.subareas.singular} trends draw the new quarter against the same quarter a year before`, async () => {
      const { page, errors } = await open(quarter, `?view=beats&series=quarter&measure=${quarter.synthetic.firstRow.measure}`);
      const main = page.locator('main');
      await main.getByText(/^Published .* counts by /).waitFor();
      assert.match(await main.innerText(), /counts by [^,]+, Q1 2098\/99 to Q1 2099\/00:/);
      assert.deepEqual(errors, []);
      await closePage(page);
    });

    test('data:check verifies every figure of the copy, the extract cells included', async () => {
      const out = await npmRun(quarter.root, 'data:check', ['--seeds', requireSeedsDir()]);
      const cells = /(\d+) figures verified against their cells in analysts' extracts/.exec(out)?.[1];
      assert.equal(Number(cells), quarter.synthetic.figureCount, out);
    });

    test('(c) every real snapshot keeps its files byte for byte, and its manifest entry', () => {
      const real = REPO.manifest();
      const copied = quarter.built.manifest();
      assert.ok(real.snapshots.length > 0);
      for (const snapshot of real.snapshots) {
        assert.deepEqual(
          copied.snapshots.find((s) => s.id === snapshot.id),
          snapshot,
          snapshot.id,
        );
        for (const file of snapshot.files) {
          assert.equal(sha256(join(quarter.built.publicData, file.path)), file.sha256, file.path);
          assert.equal(sha256(join(REPO.publicData, file.path)), file.sha256, file.path);
        }
      }
      assert.equal(sha256(join(quarter.built.publicData, real.partnership.path)), real.partnership.sha256);
    });
  });

  describe('(b) a second partnership from synthetic fixtures', () => {
    let p: Partnership;
    let newest = '';
    before(() => {
      p = vale.built.partnership();
      newest = vale.built.manifest().defaultSnapshot;
    });

    /** What every page of the second partnership shows, whatever the view. */
    async function assertItsOwn(page: Page, errors: string[], options: { embedded?: boolean } = {}): Promise<string> {
      await page.locator('.data-stamp').first().waitFor();
      const text = await page.evaluate(() => document.body.innerText);
      const title = await page.title();
      assert.match(title, new RegExp(`– ${escapeRe(p.partnership.name)}$`));
      if (!options.embedded) assert.equal(await page.locator('.site-header__title').innerText(), p.partnership.name);
      assert.match(text, /Synthetic data: a made-up partnership for testing\. None of these figures is real\./);
      assert.doesNotMatch(text, REAL_WORDS);
      assert.doesNotMatch(title, REAL_WORDS);
      assert.deepEqual(errors, []);
      return text;
    }

    test('it is what the fixture describes: synthetic, with its own sub-areas, crime types and family group', () => {
      assert.equal(p.partnership.synthetic, true);
      assert.notEqual(p.partnership.id, REAL.partnership.id);
      assert.notEqual(p.subareas.type, REAL.subareas.type);
      assert.notEqual(p.familyGroup.size, REAL.familyGroup.size);
      assert.notDeepEqual(p.crimeTypes, REAL.crimeTypes);
      assert.equal(vale.built.manifest().snapshots.length, 2);
    });

    test(
      'overview: its name, its crime types in its order and its figures; axe finds nothing',
      { timeout: SLOW_TEST_TIMEOUT_MS },
      async () => {
        const { page, errors } = await open(vale, '');
        await page.getByRole('heading', { level: 1, name: `Community safety in ${p.partnership.shortName}` }).waitFor();
        const table = page.getByRole('table', { name: new RegExp(`^${escapeRe(p.partnership.shortName)} crime, `) });
        const rows = await table.getByRole('rowheader').allInnerTexts();
        assert.deepEqual(
          rows.map((r) => r.trim()),
          p.crimeTypes.map((m) => vale.built.label(newest, m)),
        );
        const first = vale.built
          .dataset(newest, 'csp-crime')
          .figures.filter((f) => f.measure === p.crimeTypes[0] && f.statistic === 'count' && f.preferred);
        assert.ok(first.length > 0);
        const row = await table.getByRole('row').nth(1).innerText();
        assert.ok(
          first.some((f) => row.includes(count(f.value))),
          row,
        );
        // The overview words a position as an ordinal: "12th of 15".
        assert.match(row, new RegExp(`\\d+(st|nd|rd|th) of ${p.familyGroup.size}`));
        await assertItsOwn(page, errors);
        assert.deepEqual(await axeViolations(page), []);
        await closePage(page);
      },
    );

    test('sub-area trends: every one of its sub-areas, by name; axe finds nothing', { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      const { page, errors } = await open(vale, '?view=beats');
      const plural = p.subareas.plural;
      await page.getByRole('heading', { level: 1, name: `${p.subareas.singular.replace(/^./, (c) => c.toUpperCase())} trends` }).waitFor();
      const subareas = p.areas.filter((a) => a.type === p.subareas.type);
      const pages = page.locator('h2 + ul.link-grid');
      assert.deepEqual(
        (await pages.getByRole('link').allInnerTexts()).map((t) => t.trim()),
        subareas.map(labelOf),
      );
      const text = await assertItsOwn(page, errors);
      assert.match(text, new RegExp(`divided into \\w+ ${plural}`));
      assert.deepEqual(await axeViolations(page), []);
      await closePage(page);
    });

    test("a sub-area's page: what it covers in the document's words, and its share of the partnership's crime", async () => {
      const places = vale.built.dataset(newest, 'places');
      const area = p.areas.find((a) => a.type === p.subareas.type && places.beats.some((b) => b.beat === a.code));
      assert.ok(area);
      const wording = places.beats.find((b) => b.beat === area.code)?.wordings[0]?.printed ?? '';
      const { page, errors } = await open(vale, `?view=beats&beat=${encodeURIComponent(area.code)}`);
      await page.getByRole('heading', { level: 1, name: labelOf(area) }).waitFor();
      const text = await assertItsOwn(page, errors);
      assert.ok(text.includes(wording), wording);
      await page.getByRole('heading', { level: 2, name: `Share of ${p.partnership.shortName}’s crime` }).waitFor();
      // The partnership's all-crime measure is its own (not all-crime): the share is worked out from its counts.
      assert.match(text, /% calculated by the dashboard from the published counts/);
      await closePage(page);
    });

    test(`family group: out of its own size, with its members`, { timeout: SLOW_TEST_TIMEOUT_MS }, async () => {
      const { page, errors } = await open(vale, '?view=family-group');
      await page.getByRole('heading', { level: 1, name: `${p.partnership.shortName} in its Most Similar Family Group` }).waitFor();
      const text = await assertItsOwn(page, errors);
      const size = p.familyGroup.size;
      assert.match(text, new RegExp(`out of the ${size} partnerships`));
      assert.match(text, new RegExp(`ranks the ${size} from 1st to ${size}(st|nd|rd|th)\\.`));
      const members = vale.built.dataset(newest, 'family-group').members;
      assert.equal(members.length, size - 1);
      const table = page.getByRole('table', {
        name: `The other ${members.length} members of ${p.partnership.shortName}'s Most Similar Family Group`,
      });
      assert.equal(await table.locator('tbody tr').count(), members.length);
      for (const q of p.quotes.filter((q) => q.topic === 'family-group')) assert.ok(text.includes(q.text), q.id);
      assert.deepEqual(await axeViolations(page), []);
      await closePage(page);
    });

    test('youth ASB: its own sections, in its order', async () => {
      const { page, errors } = await open(vale, '?view=youth-asb');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await assertItsOwn(page, errors);
      const headings = (await page.getByRole('heading', { level: 2 }).allInnerTexts()).map((h) => h.trim());
      const titles = p.asbSections.map((s) => s.title);
      assert.deepEqual(
        headings.filter((h) => titles.includes(h)),
        titles,
      );
      await closePage(page);
    });

    test('actions: its own action log and recommendations', async () => {
      const { page, errors } = await open(vale, '?view=actions');
      await page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
      // Older meetings start closed (an accordion): open each, so every row is on screen.
      const closed = page.locator('.actions-group__toggle[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
      const text = await assertItsOwn(page, errors);
      const actions = vale.built.dataset(newest, 'actions');
      assert.ok(actions.actions.length > 0 && actions.recommendations.length > 0);
      for (const a of actions.actions) assert.ok(text.includes(a.text), a.id);
      for (const r of actions.recommendations) assert.ok(text.includes(r.text), r.id);
      await closePage(page);
    });

    test('scorecards: its own scorecards, RAG words and funding lines', async () => {
      const { page, errors } = await open(vale, '?view=scorecards');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const text = await assertItsOwn(page, errors);
      for (const s of p.scorecards) {
        assert.ok(text.includes(s.title), s.id);
        for (const w of s.ragWords) assert.ok(text.includes(`${w.code} – ${w.word}`), w.code);
      }
      const funds = p.funds.filter((f) => f.measurePrefixes.length > 0);
      assert.ok(funds.length > 0);
      for (const f of funds) assert.ok(text.includes(f.title), f.id);
      await closePage(page);
    });

    test('data downloads: its two snapshots, and no other', async () => {
      const { page, errors } = await open(vale, '?view=data');
      await page.getByRole('heading', { level: 1, name: 'Published snapshots' }).waitFor();
      const text = await assertItsOwn(page, errors);
      for (const s of vale.built.manifest().snapshots) assert.ok(text.includes(s.title), s.id);
      await closePage(page);
    });

    test('an embedded view names it and says its figures are synthetic', async () => {
      const { page, errors } = await open(vale, '?view=overview&embed=1');
      assert.match(await page.locator('.embed-header__title').innerText(), new RegExp(`– ${escapeRe(p.partnership.name)}$`));
      await assertItsOwn(page, errors, { embedded: true });
      await closePage(page);
    });

    test('downloads are named and sourced for it: a table CSV and a chart SVG', async () => {
      const overview = await open(vale, '');
      const [csv] = await Promise.all([
        overview.page.waitForEvent('download'),
        overview.page
          .getByRole('button', { name: /^Download CSV/ })
          .first()
          .click(),
      ]);
      assert.match(csv.suggestedFilename(), new RegExp(`^${p.partnership.id}-.+\\.csv$`));
      assert.doesNotMatch(readFileSync(await csv.path(), 'utf8'), REAL_WORDS);
      assert.deepEqual(overview.errors, []);
      await closePage(overview.page);
      const { page, errors } = await open(vale, '?view=beats');
      // The chart is drawn when it nears the screen, and the sub-areas table now stands above it.
      await page.locator('figure').first().scrollIntoViewIfNeeded();
      await page.locator('svg.recharts-surface, svg.chart-svg').first().waitFor();
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', { name: /^Download SVG/ })
          .first()
          .click(),
      ]);
      assert.match(svg.suggestedFilename(), new RegExp(`^${p.partnership.id}-.+\\.svg$`));
      const image = readFileSync(await svg.path(), 'utf8');
      assert.match(image, /SYNTHETIC DATA/);
      assert.doesNotMatch(image, REAL_WORDS);
      assert.deepEqual(errors, []);
      await closePage(page);
    });

    test('its build holds no trace of the other partnership, and data:check verifies it against its own document', async () => {
      assert.deepEqual(filesMatching(join(vale.root, 'dist'), REAL_WORDS), []);
      const out = await npmRun(vale.root, 'data:check', ['--seeds', join(FIXTURE, 'seeds')]);
      assert.match(out, /[1-9]\d* figures verified against their source lines/);
      assert.match(out, /[1-9]\d* figures verified against their cells in analysts' extracts/);
    });
  });

  test("(c) the repository's own data/ and public/data are unchanged byte for byte", () => {
    assert.ok(repoBefore.published.size > 0);
    assert.deepEqual(treeHashes(join(ROOT, 'public', 'data')), repoBefore.published);
    assert.deepEqual(treeHashes(join(ROOT, 'data')), repoBefore.data);
  });
});
