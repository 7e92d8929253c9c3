// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDataStore, useDataStore } from './store';
import { publishSyntheticForce } from '../../scripts/lib/synthetic-force';

// SYNTHETIC: a small made-up force, as the build would publish it.
const FILES = publishSyntheticForce({ subareas: 2, crimeTypes: 2, months: 2, actions: 1 });

function serve(files: Map<string, string>) {
  return (async (input: RequestInfo | URL) => {
    const text = files.get(String(input).replace(/^.*?\/data\//, ''));
    return text === undefined ? new Response('Not found', { status: 404, statusText: 'Not Found' }) : new Response(text);
  }) as typeof fetch;
}

describe('loading the partnership profile', () => {
  beforeEach(() => resetDataStore());

  it('loads a profile that matches the manifest', async () => {
    const fetcher = serve(FILES);
    await Promise.all([useDataStore.getState().loadManifest(fetcher), useDataStore.getState().loadPartnership(fetcher)]);
    const state = useDataStore.getState().partnership;
    expect(state.status === 'ready' && state.data.partnership.synthetic).toBe(true);
  });

  it('refuses a profile cached before an update (it differs from the manifest), saying to reload', async () => {
    const stale = new Map(FILES);
    stale.set('partnership.json', (FILES.get('partnership.json') ?? '').replace('"tagline": "', '"tagline": "An older '));
    const fetcher = serve(stale);
    await Promise.all([useDataStore.getState().loadManifest(fetcher), useDataStore.getState().loadPartnership(fetcher)]);
    expect(useDataStore.getState().partnership).toEqual({
      status: 'error',
      errors: ['partnership.json does not match the manifest: the dashboard has been updated since this page loaded — reload the page'],
    });
  });
});
