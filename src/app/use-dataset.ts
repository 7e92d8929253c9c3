import { useEffect } from 'react';
import type { DatasetFile, DatasetId } from '../data/schema';
import { datasetKey, useDataStore, type LoadState } from './store';

const IDLE = { status: 'idle' } as const;

/** One dataset of one snapshot, loaded on first use and then cached. */
export function useDataset<D extends DatasetId>(snapshotId: string, dataset: D): LoadState<DatasetFile<D>> {
  const state = useDataStore((s) => s.datasets[datasetKey(snapshotId, dataset)] ?? IDLE);
  const load = useDataStore((s) => s.loadDataset);
  useEffect(() => {
    void load(snapshotId, dataset);
  }, [load, snapshotId, dataset]);
  // The store keys each file by its dataset id, and the loader validated it with that dataset's schema.
  return state as LoadState<DatasetFile<D>>;
}
