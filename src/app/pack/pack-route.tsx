/**
 * The meeting pack's route: loads every file of the snapshot, and of the one
 * before it for "new since the last pack", while the pack's code and the
 * charting code load; the pack itself is its own chunk.
 */
import { useMemo } from 'react';
import type { Manifest } from '../../data/schema';
import { ErrorSummary } from '../../components/layout/error-summary';
import { snapshotBefore } from '../../features/changes/snapshots';
import { snapshotContent } from '../../features/changes/content';
import { preloadable } from '../preloadable';
import { retryFailedLoads } from '../store';
import { useSnapshotFiles } from '../snapshot-files';
import { APP_PARAMS } from '../params';
import { useViewState } from '../use-view-state';

const LOADING = <p role="status">Loading the meeting pack…</p>;

export const packView = preloadable(() => import('./pack-view').then((m) => m.PackView), LOADING);
const PackView = packView.View;

interface Props {
  manifest: Manifest;
  snapshotId: string;
}

export function PackRoute({ manifest, snapshotId }: Props) {
  const snapshotParam = useViewState(APP_PARAMS).params.snapshot;
  const snapshots = useMemo(() => [...manifest.snapshots].sort((a, b) => a.id.localeCompare(b.id)), [manifest]);
  const earlierId = snapshotBefore(snapshots, snapshotId);
  const current = useSnapshotFiles(manifest, snapshotId);
  // With no earlier snapshot the current one's files stand in, already loaded, and are not used.
  const before = useSnapshotFiles(manifest, earlierId || snapshotId);
  const entry = snapshots.find((s) => s.id === snapshotId);
  const earlierEntry = snapshots.find((s) => s.id === earlierId);
  const earlier = useMemo(() => {
    if (!entry || !earlierEntry || current.status !== 'ready' || before.status !== 'ready') return null;
    return {
      earlier: {
        entry: earlierEntry,
        content: snapshotContent(earlierEntry.id, before.data.files, before.data.notes),
        lookups: before.data.lookups,
      },
      later: { entry, content: snapshotContent(entry.id, current.data.files, current.data.notes), lookups: current.data.lookups },
    };
  }, [entry, earlierEntry, current, before]);

  const errors = [current, before].flatMap((s) => (s.status === 'error' ? s.errors : []));
  if (errors.length > 0)
    return <ErrorSummary title="The meeting pack's data could not be loaded" errors={errors} onRetry={retryFailedLoads} />;
  if (!entry || current.status !== 'ready' || (earlierEntry && !earlier)) return LOADING;
  return <PackView snapshot={entry} snapshotParam={snapshotParam} current={current.data} earlier={earlier} />;
}
