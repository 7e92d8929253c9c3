/**
 * Application state that is not in the URL: what has been loaded. Components
 * read it through narrow selectors so a load elsewhere does not re-render them.
 */
import { create } from 'zustand';
import { loadManifest } from '../data/load';
import type { Manifest } from '../data/schema';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; errors: string[] };

interface DataState {
  manifest: LoadState<Manifest>;
  loadManifest: (fetcher?: typeof fetch) => Promise<void>;
}

export const useDataStore = create<DataState>()((set, get) => ({
  manifest: { status: 'idle' },
  loadManifest: async (fetcher) => {
    if (get().manifest.status === 'loading' || get().manifest.status === 'ready') return;
    set({ manifest: { status: 'loading' } });
    const result = await loadManifest(fetcher);
    set({ manifest: result.ok ? { status: 'ready', data: result.data } : { status: 'error', errors: result.errors } });
  },
}));

/** Tests start each case from an empty store. */
export function resetDataStore(): void {
  useDataStore.setState({ manifest: { status: 'idle' } });
}
