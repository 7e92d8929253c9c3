// @vitest-environment node
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { manifestSchema } from '../data/schema';
import { resetDataStore, useDataStore } from './store';
import { areaPart, listedParts } from '../data/parts';
import { SYNTHETIC_SNAPSHOT, publishSyntheticForce, syntheticForceDatasets } from '../../scripts/lib/synthetic-force';

// SYNTHETIC: a small made-up force (4 sectors × 3 crime types × 6 months), split at a low threshold so it has parts.
const PROFILE = { subareas: 4, crimeTypes: 3, months: 6, actions: 3 };
const SPLIT = publishSyntheticForce(PROFILE, 2_000);
const manifestOf = (files: Map<string, string>) => manifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));

/** A fetcher serving `files` that records every path asked for. */
function server(files: Map<string, string>) {
  const asked: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^.*?\/data\//, '');
    asked.push(path);
    const text = files.get(path);
    return text === undefined ? new Response('Not found', { status: 404, statusText: 'Not Found' }) : new Response(text);
  }) as typeof fetch;
  return { asked, fetcher };
}

describe('loading a split dataset', () => {
  beforeEach(() => resetDataStore());

  it('loads only the part of the measure a view draws', async () => {
    const { asked, fetcher } = server(SPLIT);
    await useDataStore.getState().loadManifest(fetcher);
    const part = listedParts(manifestOf(SPLIT), SYNTHETIC_SNAPSHOT, 'beat-crime').find((p) =>
      p.path.endsWith('measure-synthetic-crime-1.json'),
    );
    if (!part) throw new Error('no part for synthetic-crime-1');
    await useDataStore.getState().loadPart(SYNTHETIC_SNAPSHOT, 'beat-crime', part, fetcher);
    expect(asked).toEqual(['manifest.json', `${SYNTHETIC_SNAPSHOT}/beat-crime/measure-synthetic-crime-1.json`]);
    const state = useDataStore.getState().datasets[`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-synthetic-crime-1`];
    const figures = state?.status === 'ready' && 'figures' in state.data ? state.data.figures : [];
    // 4 sectors × 6 months of one crime type, and nothing else.
    expect(figures).toHaveLength(24);
    expect(new Set(figures.map((f) => f.measure))).toEqual(new Set(['synthetic-crime-1']));
  });

  it('puts the measure parts back together for a view that needs the whole dataset', async () => {
    const { asked, fetcher } = server(SPLIT);
    await useDataStore.getState().loadManifest(fetcher);
    await useDataStore.getState().loadDataset(SYNTHETIC_SNAPSHOT, 'beat-crime', fetcher);
    expect(asked.filter((p) => p.includes('beat-crime'))).toHaveLength(3);
    const state = useDataStore.getState().datasets[`${SYNTHETIC_SNAPSHOT}/beat-crime`];
    const figures = state?.status === 'ready' && 'figures' in state.data ? state.data.figures : [];
    const built = syntheticForceDatasets(PROFILE)['beat-crime'].figures;
    expect(figures.map((f) => f.id).sort()).toEqual(built.map((f) => f.id).sort());
  });

  it('names the part and the path inside it when a part is broken', async () => {
    const broken = new Map(SPLIT);
    const path = `${SYNTHETIC_SNAPSHOT}/beat-crime/measure-all-crime.json`;
    broken.set(path, (broken.get(path) ?? '').replace('"count":24', '"count":"24"'));
    const { fetcher } = server(broken);
    // The manifest's sha256 would refuse the file first: this checks what a reader is told when the file itself is wrong.
    const manifest = manifestOf(broken);
    for (const f of manifest.snapshots[0]?.files ?? [])
      if (f.path === path)
        f.sha256 = createHash('sha256')
          .update(broken.get(path) ?? '')
          .digest('hex');
    broken.set('manifest.json', JSON.stringify(manifest));
    await useDataStore.getState().loadManifest(fetcher);
    await useDataStore.getState().loadDataset(SYNTHETIC_SNAPSHOT, 'beat-crime', fetcher);
    const state = useDataStore.getState().datasets[`${SYNTHETIC_SNAPSHOT}/beat-crime`];
    expect(state?.status === 'error' && state.errors).toEqual([`${path}: figures.count: Invalid input: expected number, received string`]);
  });

  it("loads an area's own part alone, with every figure of that area", async () => {
    const { asked, fetcher } = server(SPLIT);
    await useDataStore.getState().loadManifest(fetcher);
    const part = areaPart(listedParts(manifestOf(SPLIT), SYNTHETIC_SNAPSHOT, 'beat-crime'), { type: 'sector', code: 's3' });
    if (!part) throw new Error('no part for s3');
    await useDataStore.getState().loadPart(SYNTHETIC_SNAPSHOT, 'beat-crime', part, fetcher);
    expect(asked).toEqual(['manifest.json', `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s3.json`]);
    const state = useDataStore.getState().datasets[`${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s3`];
    const figures = state?.status === 'ready' && 'figures' in state.data ? state.data.figures : [];
    const built = syntheticForceDatasets(PROFILE)['beat-crime'].figures.filter((f) => f.areaCode === 's3');
    // 3 crime types × 6 months of one sector.
    expect(figures).toHaveLength(18);
    expect(figures.map((f) => f.id).sort()).toEqual(built.map((f) => f.id).sort());
  });

  it("refuses an area's part that holds another area's figures, naming the file and the figure", async () => {
    // s1's file holding s2's figures, under a manifest hash that matches it: a build's mistake, not a stale cache.
    const swapped = new Map(SPLIT);
    const path = `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s1.json`;
    swapped.set(path, SPLIT.get(`${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s2.json`) ?? '');
    const manifest = manifestOf(swapped);
    for (const f of manifest.snapshots[0]?.files ?? [])
      if (f.path === path)
        f.sha256 = createHash('sha256')
          .update(swapped.get(path) ?? '')
          .digest('hex');
    swapped.set('manifest.json', JSON.stringify(manifest));
    const { fetcher } = server(swapped);
    await useDataStore.getState().loadManifest(fetcher);
    const part = areaPart(listedParts(manifest, SYNTHETIC_SNAPSHOT, 'beat-crime'), { type: 'sector', code: 's1' });
    if (!part) throw new Error('no part for s1');
    await useDataStore.getState().loadPart(SYNTHETIC_SNAPSHOT, 'beat-crime', part, fetcher);
    const state = useDataStore.getState().datasets[`${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s1`];
    expect(state?.status === 'error' && state.errors).toEqual([`${path}: figures[0]: is sector s2, but the part holds sector s1`]);
  });

  it("loads an area's part again on retry after a passing fault", async () => {
    let fail = true;
    const { asked, fetcher: serve } = server(SPLIT);
    const fetcher = (async (input: RequestInfo | URL) => {
      if (fail && String(input).includes('area-sector--s2'))
        return new Response('busy', { status: 503, statusText: 'Service Unavailable' });
      return serve(input);
    }) as typeof fetch;
    await useDataStore.getState().loadManifest(fetcher);
    const part = areaPart(listedParts(manifestOf(SPLIT), SYNTHETIC_SNAPSHOT, 'beat-crime'), { type: 'sector', code: 's2' });
    if (!part) throw new Error('no part for s2');
    await useDataStore.getState().loadPart(SYNTHETIC_SNAPSHOT, 'beat-crime', part, fetcher);
    const key = `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s2`;
    expect(useDataStore.getState().datasets[key]?.status).toBe('error');
    fail = false;
    await useDataStore.getState().retryFailed(fetcher);
    const state = useDataStore.getState().datasets[key];
    expect(state?.status === 'ready' && 'figures' in state.data && state.data.figures.length).toBe(18);
    expect(asked.filter((p) => p.includes('area-sector--s2'))).toHaveLength(1);
  });
});
