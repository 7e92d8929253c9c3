/**
 * Application state that is not in the URL: what has been loaded. Components
 * read it through narrow selectors so a load elsewhere does not re-render them.
 */
import { createStore, useStore } from 'zustand';
import { loadDataset, loadDatasetFile, loadManifest, loadPartnership } from '../data/load';
import { DATASETS, type DatasetFile, type DatasetId, type Manifest, type SplittableDataset } from '../data/schema';
import { isSplittable, listedParts, mergeParts, partContentProblems, type ListedPart } from '../data/parts';
import type { Validated } from '../data/validate';
import type { Partnership } from '../data/partnership';

export type LoadState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; errors: string[] };

type AnyDataset = DatasetFile<DatasetId>;

interface DataState {
  manifest: LoadState<Manifest>;
  partnership: LoadState<Partnership>;
  /** Keyed `${snapshotId}/${dataset}`. */
  datasets: Record<string, LoadState<AnyDataset>>;
  loadManifest: (fetcher?: typeof fetch) => Promise<void>;
  loadPartnership: (fetcher?: typeof fetch) => Promise<void>;
  /** A whole dataset; a split one is loaded part by part and put back together. */
  loadDataset: (snapshotId: string, dataset: DatasetId, fetcher?: typeof fetch) => Promise<void>;
  /** One part of a split dataset, keyed by `partKey(part.path)`. */
  loadPart: (snapshotId: string, dataset: SplittableDataset, part: ListedPart, fetcher?: typeof fetch) => Promise<void>;
  /** Forgets every file that failed to load and loads it again, so a passing fault needs no page reload. */
  retryFailed: (fetcher?: typeof fetch) => Promise<void>;
}

const IDLE = { status: 'idle' } as const;

export function datasetKey(snapshotId: string, dataset: DatasetId): string {
  return `${snapshotId}/${dataset}`;
}

/** The manifest's load in flight, so a dataset can wait for the hash it must match. */
let manifestLoad: Promise<void> | null = null;

/** The manifest's sha256 of a file: null where the manifest lists no such file or did not load (its own error then shows). */
async function expectedSha256(get: () => DataState, path: string): Promise<string | null> {
  if (get().manifest.status === 'loading') await manifestLoad;
  const manifest = get().manifest;
  if (manifest.status !== 'ready') return null;
  for (const snapshot of manifest.data.snapshots) {
    const file = snapshot.files.find((f) => f.path === path);
    if (file) return file.sha256;
  }
  return null;
}

/** The manifest's sha256 of the partnership profile, as `expectedSha256` gives a dataset's. */
async function partnershipSha256(get: () => DataState): Promise<string | null> {
  if (get().manifest.status === 'loading') await manifestLoad;
  const manifest = get().manifest;
  return manifest.status === 'ready' ? manifest.data.partnership.sha256 : null;
}

/** A part's key: its path without `.json` (`2099-01/beat-crime/measure-burglary`). */
export function partKey(path: string): string {
  return path.replace(/\.json$/, '');
}

function parseKey(key: string): { snapshotId: string; dataset: DatasetId; part: string | null } | null {
  const [snapshotId = '', name, part] = key.split('/');
  const dataset = DATASETS.find((d) => d === name);
  return dataset ? { snapshotId, dataset, part: part ?? null } : null;
}

/** The parts the manifest lists for a dataset, once the manifest has loaded; none where it failed (its own error then shows). */
async function partsOf(get: () => DataState, snapshotId: string, dataset: DatasetId): Promise<ListedPart[]> {
  if (get().manifest.status === 'loading') await manifestLoad;
  const manifest = get().manifest;
  return manifest.status === 'ready' ? listedParts(manifest.data, snapshotId, dataset) : [];
}

async function loadWhole(
  get: () => DataState,
  snapshotId: string,
  dataset: DatasetId,
  fetcher: typeof fetch | undefined,
): Promise<Validated<AnyDataset>> {
  const parts = isSplittable(dataset) ? (await partsOf(get, snapshotId, dataset)).filter((p) => p.part.kind === 'measure') : [];
  if (parts.length === 0) return loadDataset(snapshotId, dataset, fetcher, expectedSha256(get, `${datasetKey(snapshotId, dataset)}.json`));
  const results = await Promise.all(parts.map((p) => loadDatasetFile(p.path, snapshotId, dataset, fetcher, expectedSha256(get, p.path))));
  const errors = results.flatMap((r) => (r.ok ? [] : r.errors));
  if (errors.length > 0) return { ok: false, errors };
  const files = results.flatMap((r) => (r.ok && 'figures' in r.data ? [r.data] : []));
  const merged = mergeParts(files);
  return merged ? { ok: true, data: merged } : { ok: false, errors: [`${snapshotId}/${dataset}: the manifest lists no parts`] };
}

const dataStore = createStore<DataState>()((set, get) => ({
  manifest: IDLE,
  partnership: IDLE,
  datasets: {},
  loadManifest: async (fetcher) => {
    if (get().manifest.status !== 'idle') return (await manifestLoad) ?? undefined;
    set({ manifest: { status: 'loading' } });
    manifestLoad = loadManifest(fetcher).then((result) =>
      set({ manifest: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors } }),
    );
    await manifestLoad;
  },
  loadPartnership: async (fetcher) => {
    if (get().partnership.status !== 'idle') return;
    set({ partnership: { status: 'loading' } });
    const result = await loadPartnership(fetcher, partnershipSha256(get));
    set({ partnership: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors } });
  },
  loadDataset: async (snapshotId, dataset, fetcher) => {
    const key = datasetKey(snapshotId, dataset);
    if ((get().datasets[key] ?? IDLE).status !== 'idle') return;
    set((s) => ({ datasets: { ...s.datasets, [key]: { status: 'loading' } } }));
    const result = await loadWhole(get, snapshotId, dataset, fetcher);
    set((s) => ({
      datasets: {
        ...s.datasets,
        [key]: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors },
      },
    }));
  },
  loadPart: async (snapshotId, dataset, part, fetcher) => {
    const key = partKey(part.path);
    if ((get().datasets[key] ?? IDLE).status !== 'idle') return;
    set((s) => ({ datasets: { ...s.datasets, [key]: { status: 'loading' } } }));
    const loaded = await loadDatasetFile(part.path, snapshotId, dataset, fetcher, expectedSha256(get, part.path));
    const wrong = loaded.ok ? partContentProblems(part.path, part.part, loaded.data.figures) : [];
    const result = wrong.length > 0 ? { ok: false as const, errors: wrong } : loaded;
    set((s) => ({
      datasets: {
        ...s.datasets,
        [key]: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors },
      },
    }));
  },
  retryFailed: async (fetcher) => {
    const s = get();
    const failed = Object.keys(s.datasets).filter((key) => s.datasets[key]?.status === 'error');
    const manifestFailed = s.manifest.status === 'error';
    const partnershipFailed = s.partnership.status === 'error';
    set((state) => ({
      manifest: manifestFailed ? IDLE : state.manifest,
      partnership: partnershipFailed ? IDLE : state.partnership,
      datasets: Object.fromEntries(Object.entries(state.datasets).filter(([key]) => !failed.includes(key))),
    }));
    await Promise.all([
      manifestFailed ? get().loadManifest(fetcher) : null,
      partnershipFailed ? get().loadPartnership(fetcher) : null,
      ...failed.map((key) => {
        const parsed = parseKey(key);
        if (!parsed) return null;
        if (parsed.part === null) return get().loadDataset(parsed.snapshotId, parsed.dataset, fetcher);
        const { dataset } = parsed;
        // What the part holds, as the manifest lists it (an area's file name does not spell its code).
        const manifest = get().manifest;
        const listed =
          manifest.status === 'ready'
            ? listedParts(manifest.data, parsed.snapshotId, dataset).find((p) => p.path === `${key}.json`)
            : undefined;
        return isSplittable(dataset) && listed ? get().loadPart(parsed.snapshotId, dataset, listed, fetcher) : null;
      }),
    ]);
  },
}));

/**
 * Prerendered HTML is rendered from the store as loaded, and the browser
 * hydrates it against the store as loaded (src/main.tsx loads the same files
 * first). zustand would give React the store's state at creation as the
 * snapshot for both, which renders "Loading" instead; the current state is
 * what both sides rendered.
 */
dataStore.getInitialState = dataStore.getState;

/** The store as a hook taking a narrow selector, with getState and setState. */
export const useDataStore = Object.assign(<T>(selector: (state: DataState) => T): T => useStore(dataStore, selector), dataStore);

/** Tests start each case from an empty store. */
export function resetDataStore(): void {
  manifestLoad = null;
  useDataStore.setState({ manifest: IDLE, partnership: IDLE, datasets: {} });
}

/** For an error summary's "Try again": loads every file that failed again, without reloading the page. */
export function retryFailedLoads(): void {
  void useDataStore.getState().retryFailed();
}
