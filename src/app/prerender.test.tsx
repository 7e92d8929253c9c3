// @vitest-environment node
/**
 * The prerender renders the app in Node from the published files, as the
 * build does (scripts/lib/prerender-plugin.ts). Pinned to the files in
 * public/data; it asserts what any snapshot's pages must hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData, renderPage } from './prerender';

const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');

/** Answers the app's requests from public/data, except the files named, which are missing. */
function filesFetcher(missing: readonly string[] = []): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.slice(url.lastIndexOf('data/') + 'data/'.length);
    if (missing.some((m) => path.endsWith(m))) return new Response('not here', { status: 404, statusText: 'Not Found' });
    return new Response(readFileSync(join(DATA, path)));
  };
}

describe('the prerender', () => {
  it("renders a view's page from the published files, naming the datasets it read", async () => {
    const loaded = await loadData(filesFetcher());
    expect(loaded.errors).toEqual([]);
    const page = await renderPage('view=beats', new Map([['view=beats', 'beats.html']]));
    expect(page.problem).toBeNull();
    expect(page.view).toBe('beats');
    expect(page.title).toMatch(/^.+ trends – /);
    expect(page.html).toMatch(/<h1>[^<]+<!-- --> trends<\/h1>/);
    expect(page.html).not.toMatch(/Loading the published figures|<script|style="/);
    // Links name the prerendered page of their state, and the overview is the folder.
    expect(page.html).toContain('href="beats.html?view=beats"');
    expect(page.html).toContain('href="./"');
    const snapshot = loaded.snapshotId;
    expect(page.datasets).toEqual(expect.arrayContaining([`${snapshot}/beat-crime`, `${snapshot}/notes`, `${snapshot}/periods`]));
    expect(page.datasets).not.toContain(`${snapshot}/scorecards`);
  });

  it("titles a beat's page and its crime type drill-down by the names in the data", async () => {
    await loadData(filesFetcher());
    const beat = await renderPage('view=beats&beat=57', new Map());
    expect(beat.title).toBe('57 Mountsorrel – Beat trends – Charnwood Community Safety Partnership');
    const drill = await renderPage('view=beats&beat=57&crime=burglary-residential', new Map());
    expect(drill.title).toMatch(/^Burglary – residential in 57 Mountsorrel – Beat trends – /);
  });

  it('leaves a page to the browser when a dataset it needs did not load, and says which', async () => {
    const loaded = await loadData(filesFetcher(['/csp-crime.json']));
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.join('\n')).toMatch(/csp-crime\.json: the server answered 404/);
    const overview = await renderPage('', new Map());
    expect(overview.problem).toMatch(/csp-crime, which did not load/);
    const actions = await renderPage('view=actions', new Map());
    expect(actions.problem).toBeNull();
  });

  it('cannot prerender anything without the manifest', async () => {
    const loaded = await loadData(filesFetcher(['manifest.json']));
    expect(loaded.errors.join('\n')).toMatch(/manifest\.json: the server answered 404/);
  });
});
