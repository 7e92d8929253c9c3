/**
 * Application state that is not in the URL: what has been loaded. Components
 * read it through narrow selectors so a load elsewhere does not re-render them.
 */
import { createStore, useStore } from 'zustand';
import { loadDataset, loadManifest, loadPartnership } from '../data/load';
import type { DatasetFile, DatasetId, Manifest } from '../data/schema';
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
}

const IDLE = { status: 'idle' } as const;

export function datasetKey(snapshotId: string, dataset: DatasetId): string {
  return `${snapshotId}/${dataset}`;
}

const dataStore = createStore<DataState>()((set, get) => ({
  manifest: IDLE,
  partnership: IDLE,
  datasets: {},
  loadManifest: async (fetcher) => {
    if (get().manifest.status !== 'idle') return;
    set({ manifest: { status: 'loading' } });
    const result = await loadManifest(fetcher);
    set({ manifest: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors } });
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
    const result = await loadDataset(snapshotId, dataset, fetcher);
    set((s) => ({
      datasets: {
        ...s.datasets,
        [key]: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors },
      },
    }));
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
  useDataStore.setState({ manifest: IDLE, partnership: IDLE, datasets: {} });
}
