/**
 * The meeting pack's route: the cover and contents first, as soon as the
 * snapshot is known; then, once they have painted, every file of the
 * snapshot, and of the one before it for "new since the last pack", load
 * while the sections' code and the charting code load.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Manifest } from '../../data/schema';
import { ErrorSummary } from '../../components/layout/error-summary';
import { snapshotBefore } from '../../features/changes/snapshots';
import { snapshotContent } from '../../features/changes/content';
import type { LoadState } from '../store';
import { preloadable } from '../preloadable';
import { retryFailedLoads } from '../store';
import type { SnapshotFiles } from '../snapshot-files';
import { APP_PARAMS } from '../params';
import { useViewState } from '../use-view-state';
import { PackFiles, type PackFilesState } from './pack-files';

const LOADING = <p role="status">Loading the meeting pack…</p>;

export const packView = preloadable(() => import('./pack-view').then((m) => m.PackView), LOADING);
const PackView = packView.View;

interface Props {
  manifest: Manifest;
  snapshotId: string;
}

const NOT_YET: LoadState<SnapshotFiles> = { status: 'loading' };

export function PackRoute({ manifest, snapshotId }: Props) {
  const snapshotParam = useViewState(APP_PARAMS).params.snapshot;
  const snapshots = useMemo(() => [...manifest.snapshots].sort((a, b) => a.id.localeCompare(b.id)), [manifest]);
  const earlierId = snapshotBefore(snapshots, snapshotId);
  // The files wait for the cover to paint: on a phone's connection they would otherwise share its bandwidth and hold it back.
  const [loading, setLoading] = useState(false);
  const [files, setFiles] = useState<PackFilesState>({ current: NOT_YET, before: NOT_YET });
  const { current, before } = files;
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
  const onPainted = useCallback(() => setLoading(true), []);

  const errors = [current, before].flatMap((s) => (s.status === 'error' ? s.errors : []));
  // With no earlier snapshot the current one's files stand in, already loaded, and are not used.
  const loader = loading ? (
    <PackFiles manifest={manifest} snapshotId={snapshotId} earlierId={earlierId || snapshotId} onChange={setFiles} />
  ) : null;
  if (errors.length > 0)
    return (
      <>
        {loader}
        <ErrorSummary title="The meeting pack's data could not be loaded" errors={errors} onRetry={retryFailedLoads} />
      </>
    );
  if (!entry) return LOADING;
  return (
    <>
      {loader}
      <PackView
        snapshot={entry}
        snapshotParam={snapshotParam}
        current={current.status === 'ready' ? current.data : null}
        hasEarlier={earlierEntry !== undefined}
        earlier={earlier}
        onPainted={onPainted}
      />
    </>
  );
}
