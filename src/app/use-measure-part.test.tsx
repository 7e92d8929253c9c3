import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manifestSchema, type Manifest } from '../data/schema';
import { resetDataStore, useDataStore } from './store';
import { useMeasurePart, type AreaRef } from './use-measure-part';
import { SYNTHETIC_SNAPSHOT, publishSyntheticForce, syntheticForceDatasets } from '../../scripts/lib/synthetic-force';

// SYNTHETIC: a small made-up force (4 sectors × 3 crime types × 6 months), split at a low threshold so it has parts,
// and the same force as whole files (as Charnwood's small datasets are published).
const PROFILE = { subareas: 4, crimeTypes: 3, months: 6, actions: 3 };
const SPLIT = publishSyntheticForce(PROFILE, 2_000);
const WHOLE = publishSyntheticForce(PROFILE);
const CRIME_TYPES = ['all-crime', 'synthetic-crime-1', 'synthetic-crime-2'];
const BUILT = syntheticForceDatasets(PROFILE)['beat-crime'];

/** Serves `files` as the app's fetch, recording every path asked for. */
function serve(files: Map<string, string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^.*?\/data\//, '');
    asked.push(path);
    const text = files.get(path);
    return text === undefined ? new Response('Not found', { status: 404, statusText: 'Not Found' }) : new Response(text);
  });
  return asked;
}

async function ready(files: Map<string, string>): Promise<Manifest> {
  await useDataStore.getState().loadManifest();
  return manifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));
}

function renderArea(manifest: Manifest, area: AreaRef) {
  return renderHook(() => useMeasurePart(manifest, SYNTHETIC_SNAPSHOT, 'beat-crime', null, CRIME_TYPES, area));
}

const idsOf = (state: ReturnType<typeof useMeasurePart>['state']) =>
  state.status === 'ready' ? state.data.figures.map((f) => f.id).sort() : null;

describe("an area's own page", () => {
  beforeEach(() => resetDataStore());
  afterEach(() => vi.unstubAllGlobals());

  it("loads only that area's part where the dataset is split", async () => {
    const asked = serve(SPLIT);
    const manifest = await ready(SPLIT);
    const { result } = renderArea(manifest, { type: 'sector', code: 's2' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(idsOf(result.current.state)).toEqual(
      BUILT.figures
        .filter((f) => f.areaCode === 's2')
        .map((f) => f.id)
        .sort(),
    );
    expect(asked.filter((p) => p.includes('beat-crime'))).toEqual([`${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s2.json`]);
    expect(result.current.waitingFor).toBeNull();
  });

  it('shows no figures, from the smallest part, for an area the dataset has none of', async () => {
    const asked = serve(SPLIT);
    const manifest = await ready(SPLIT);
    const { result } = renderArea(manifest, { type: 'sector', code: 's99' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(idsOf(result.current.state)).toEqual([]);
    expect(asked.filter((p) => p.includes('beat-crime'))).toEqual([`${SYNTHETIC_SNAPSHOT}/beat-crime/newest.json`]);
  });

  it('loads the whole file where the dataset is one file, as before', async () => {
    const asked = serve(WHOLE);
    const manifest = await ready(WHOLE);
    const { result } = renderArea(manifest, { type: 'sector', code: 's2' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(idsOf(result.current.state)).toEqual(BUILT.figures.map((f) => f.id).sort());
    expect(asked.filter((p) => p.includes('beat-crime'))).toEqual([`${SYNTHETIC_SNAPSHOT}/beat-crime.json`]);
  });

  it('loads every measure part where the manifest has no index of area parts (an older build), never showing none', async () => {
    const older = new Map(SPLIT);
    const manifest = JSON.parse(older.get('manifest.json') ?? '') as { snapshots: { files: { part?: { kind: string } }[] }[] };
    for (const snapshot of manifest.snapshots) snapshot.files = snapshot.files.filter((f) => f.part?.kind !== 'area');
    older.set('manifest.json', JSON.stringify(manifest));
    const asked = serve(older);
    const { result } = renderArea(await ready(older), { type: 'sector', code: 's2' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    const state = result.current.state;
    const ofArea = state.status === 'ready' ? state.data.figures.filter((f) => f.areaCode === 's2').map((f) => f.id) : [];
    expect(ofArea.sort()).toEqual(
      BUILT.figures
        .filter((f) => f.areaCode === 's2')
        .map((f) => f.id)
        .sort(),
    );
    expect(asked.some((p) => p.includes('/area-'))).toBe(false);
  });

  it('names the file when its part does not match the manifest', async () => {
    const stale = new Map(SPLIT);
    const path = `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s2.json`;
    stale.set(path, (stale.get(path) ?? '').replace('"dataset":"beat-crime"', '"dataset": "beat-crime"'));
    serve(stale);
    const manifest = await ready(stale);
    const { result } = renderArea(manifest, { type: 'sector', code: 's2' });
    await waitFor(() => expect(result.current.state.status).toBe('error'));
    const { state } = result.current;
    expect(state.status === 'error' && state.errors).toEqual([
      `${path} does not match the manifest: the dashboard has been updated since this page loaded — reload the page`,
    ]);
  });
});
