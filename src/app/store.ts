/**
 * Application state that is not in the URL: what has been loaded. Components
 * read it through narrow selectors so a load elsewhere does not re-render them.
 */
import { createStore, useStore } from 'zustand';
import { loadDataset, loadManifest, loadPartnership } from '../data/load';
import { DATASETS, type DatasetFile, type DatasetId, type Manifest } from '../data/schema';
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
  loadDataset: (snapshotId: string, dataset: DatasetId, fetcher?: typeof fetch) => Promise<void>;
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

function parseKey(key: string): { snapshotId: string; dataset: DatasetId } | null {
  const [snapshotId = '', name] = key.split('/');
  const dataset = DATASETS.find((d) => d === name);
  return dataset ? { snapshotId, dataset } : null;
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
    const result = await loadPartnership(fetcher);
    set({ partnership: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors } });
  },
  loadDataset: async (snapshotId, dataset, fetcher) => {
    const key = datasetKey(snapshotId, dataset);
    if ((get().datasets[key] ?? IDLE).status !== 'idle') return;
    set((s) => ({ datasets: { ...s.datasets, [key]: { status: 'loading' } } }));
    const result = await loadDataset(snapshotId, dataset, fetcher, expectedSha256(get, `${key}.json`));
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
        return parsed ? get().loadDataset(parsed.snapshotId, parsed.dataset, fetcher) : null;
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
