/** Issue 12: a reader finds a beat by the place they know, and each person's actions under any spelling. */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { test, axeViolations, closePage, newPage, watchErrors, servedBrowser } from './harness.ts';
import { manifest, partnership, pinned, published, SNAPSHOT, subareaLabel } from './published.ts';

/** A crime type's name in a snapshot's vocabulary, as pages name it. */
function measureName(snapshot: string, id: string): string {
  const name = published<{ measures: { id: string; label: string }[] }>(snapshot, 'vocab').measures.find((m) => m.id === id)?.label;
  assert.ok(name, `the vocabulary of ${snapshot} names ${id}`);
  return name;
}

describe('beats by place', () => {
  const suite = servedBrowser();

  test('the beat trends view names each beat by its place: "Mountsorrel" in the filters, the chart table and the links', async () => {
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    await page.getByRole('heading', { level: 1, name: 'Beat trends' }).waitFor();
    const label = subareaLabel('57');
    assert.match(label, /Mountsorrel/);
    await page.getByRole('checkbox', { name: label }).waitFor();
    assert.ok((await page.getByRole('link', { name: label, exact: true }).count()) >= 1);
    await closePage(page);
  });

  test('"Find your area" takes a village the documents name to its beat', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    const search = page.getByRole('searchbox', { name: 'Place, street or village' });
    await search.fill('Mountsorrel');
    await page.getByText('1 place matches').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await search.press('Enter');
    await page.waitForURL(/beat=57/);
    await page.getByRole('heading', { level: 1, name: subareaLabel('57') }).waitFor();
    // A street from the documents' list for another beat, reached by its link.
    await page.goBack();
    await page.getByRole('searchbox', { name: 'Place, street or village' }).fill('sparrow hill');
    await page
      .getByRole('region', { name: 'Find your area' })
      .getByRole('link', { name: subareaLabel('65') })
      .click();
    await page.getByRole('heading', { level: 1, name: subareaLabel('65') }).waitFor();
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});

describe('the beats × crime types table', () => {
  const suite = servedBrowser();

  test('shows each beat by its place with counts and changes in text, and a cell opens that beat at that crime type', async () => {
    const page = await newPage(suite.browser);
    const errors = watchErrors(page);
    await page.goto(pinned(suite.server.url, 'view=beats'));
    const table = page.getByRole('table', { name: /^Crimes by beat and crime type/ });
    await table.waitFor();
    const row = table.getByRole('row', { name: new RegExp(`^${subareaLabel('57')}`) });
    const cells = row.locator('td a');
    assert.ok((await cells.count()) > 0, 'beat 57 has published counts');
    assert.match(await row.innerText(), /\d/);
    assert.match(await table.innerText(), /[▲▼][+-]?\d/);
    await cells.first().click();
    await page.waitForURL(/beat=57.*crime=[a-z-]+.*period=/);
    await page.getByRole('heading', { level: 1, name: subareaLabel('57') }).waitFor();
    // The tab names the crime type and the beat, by the names in the data.
    const crime = new URL(page.url()).searchParams.get('crime') ?? '';
    const crimeName = measureName(SNAPSHOT, crime);
    await page.waitForFunction(
      (t) => document.title === t,
      `${crimeName} in ${subareaLabel('57')} – Beat trends – ${partnership.partnership.name}`,
    );
    assert.deepEqual(errors, []);
    await closePage(page);
  });
});

describe('page titles name the beat', () => {
  const suite = servedBrowser();

  test("a beat's page is titled by its number and place, in the browser and in its prerendered HTML", async () => {
    const expected = `${subareaLabel('57')} – Beat trends – ${partnership.partnership.name}`;
    assert.match(expected, /^57 Mountsorrel – /);
    const page = await newPage(suite.browser);
    await page.goto(pinned(suite.server.url, 'view=beats&beat=57'));
    await page.getByRole('heading', { level: 1, name: subareaLabel('57') }).waitFor();
    assert.equal(await page.title(), expected);
    // Back on the list of beats, the title names the view alone.
    await page.getByRole('link', { name: 'Beat trends', exact: true }).first().click();
    await page.waitForFunction((t) => document.title === t, `Beat trends – ${partnership.partnership.name}`);
    await closePage(page);
    // Prerendered pages show the default snapshot: the beat's name comes from the profile, the crime type's from that snapshot's vocabulary.
    const html = await (await fetch(`${suite.server.url}beats.beat-57.html`)).text();
    assert.equal(/<title>([^<]*)<\/title>/.exec(html)?.[1], expected);
    const drill = await (await fetch(`${suite.server.url}beats.beat-57.crime-all-crime.html`)).text();
    assert.equal(/<title>([^<]*)<\/title>/.exec(drill)?.[1], `${measureName(manifest.defaultSnapshot, 'all-crime')} in ${expected}`);
  });
});

describe('no table hides its answer on a 375 px phone', () => {
  const suite = servedBrowser();
  const VIEWS = ['overview', 'beats', 'family-group', 'youth-asb', 'actions', 'scorecards', 'data'];

  for (const view of VIEWS) {
    test(`${view}: the first value of every table lies inside the screen`, { timeout: 90_000 }, async () => {
      const page = await newPage(suite.browser, { viewport: { width: 375, height: 740 } });
      await page.goto(pinned(suite.server.url, `view=${view}`));
      await page.locator('.data-stamp').first().waitFor();
      await page
        .getByRole('radio', { name: 'Table', exact: true })
        .first()
        .check()
        .catch(() => undefined);
      const radios = page.getByRole('radio', { name: 'Table', exact: true });
      for (let i = 0; i < (await radios.count()); i += 1) await radios.nth(i).check();
      const outside = await page.locator('table:visible').evaluateAll((tables) =>
        tables.flatMap((t) => {
          const value = t.querySelector('tbody tr td');
          if (!value) return [];
          const r = value.getBoundingClientRect();
          const caption = t.querySelector('caption')?.textContent ?? '';
          return r.left < 0 || r.right > window.innerWidth
            ? [`${caption}: first value at ${Math.round(r.left)}-${Math.round(r.right)} px`]
            : [];
        }),
      );
      assert.deepEqual(outside, []);
      assert.ok((await page.locator('table:visible').count()) > 0 || view === 'overview', 'the view shows a table');
      await closePage(page);
    });
  }
});
