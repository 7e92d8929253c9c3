/**
 * Loading the files a comparison of snapshots reads. `enabled` lets a page
 * hold a load back until the reader gets to what needs it: until then the
 * store is not even read, so a prerendered page neither lists nor waits for
 * those files.
 */
import { useEffect, useMemo } from 'react';
import type { DatasetFile, DatasetId, Manifest } from '../data/schema';
import type { FigureLookups } from '../components/figures/figure-context';
import type { FigureFiles } from '../features/changes/content';
import { buildLookups } from './lookups';
import { datasetKey, useDataStore, type LoadState } from './store';

const IDLE = { status: 'idle' } as const;

function useDatasetWhen<D extends DatasetId>(enabled: boolean, snapshotId: string, dataset: D): LoadState<DatasetFile<D>> {
  const key = datasetKey(snapshotId, dataset);
  const state = useDataStore((s) => (enabled ? (s.datasets[key] ?? IDLE) : IDLE));
  const load = useDataStore((s) => s.loadDataset);
  useEffect(() => {
    if (enabled) void load(snapshotId, dataset);
  }, [enabled, load, snapshotId, dataset]);
  // As in useDataset: the store keys each file by its dataset id, and the loader validated it with that dataset's schema.
  return state as LoadState<DatasetFile<D>>;
}

/** The state of files that are not all ready: every error as soon as one fails, else loading. */
function pending(states: readonly LoadState<unknown>[]): { status: 'error'; errors: string[] } | { status: 'loading' } {
  const errors = states.flatMap((s) => (s.status === 'error' ? s.errors : []));
  return errors.length > 0 ? { status: 'error', errors } : { status: 'loading' };
}

/** Every figure file of one snapshot, as one load state. */
export function useFigureFiles(snapshotId: string, enabled = true): LoadState<FigureFiles> {
  const beatCrime = useDatasetWhen(enabled, snapshotId, 'beat-crime');
  const cspCrime = useDatasetWhen(enabled, snapshotId, 'csp-crime');
  const familyGroup = useDatasetWhen(enabled, snapshotId, 'family-group');
  const asb = useDatasetWhen(enabled, snapshotId, 'asb');
  const actions = useDatasetWhen(enabled, snapshotId, 'actions');
  const scorecards = useDatasetWhen(enabled, snapshotId, 'scorecards');
  return useMemo(
    () =>
      beatCrime.status === 'ready' &&
      cspCrime.status === 'ready' &&
      familyGroup.status === 'ready' &&
      asb.status === 'ready' &&
      actions.status === 'ready' &&
      scorecards.status === 'ready'
        ? {
            status: 'ready',
            data: {
              'beat-crime': beatCrime.data,
              'csp-crime': cspCrime.data,
              'family-group': familyGroup.data,
              asb: asb.data,
              actions: actions.data,
              scorecards: scorecards.data,
            },
          }
        : pending([beatCrime, cspCrime, familyGroup, asb, actions, scorecards]),
    [beatCrime, cspCrime, familyGroup, asb, actions, scorecards],
  );
}

export interface SnapshotFiles {
  files: FigureFiles;
  notes: DatasetFile<'notes'>;
  /** The snapshot's own labels, notes and documents, so each value explains itself from the snapshot that holds it. */
  lookups: FigureLookups;
}

/** A snapshot's figure files, notes and the reference files its lookups are built from. */
export function useSnapshotFiles(manifest: Manifest, snapshotId: string): LoadState<SnapshotFiles> {
  const files = useFigureFiles(snapshotId);
  const notes = useDatasetWhen(true, snapshotId, 'notes');
  const periods = useDatasetWhen(true, snapshotId, 'periods');
  const vocab = useDatasetWhen(true, snapshotId, 'vocab');
  return useMemo(
    () =>
      files.status === 'ready' && notes.status === 'ready' && periods.status === 'ready' && vocab.status === 'ready'
        ? {
            status: 'ready',
            data: {
              files: files.data,
              notes: notes.data,
              lookups: buildLookups(manifest, snapshotId, notes.data, periods.data, vocab.data),
            },
          }
        : pending([files, notes, periods, vocab]),
    [manifest, snapshotId, files, notes, periods, vocab],
  );
}
