/**
 * The "What changed" route: unlike the other views it reads two snapshots,
 * so it loads the figure files, notes and reference files of each, and
 * builds each its own lookups so every value explains itself from the
 * snapshot that holds it.
 */
import { useMemo } from 'react';
import type { Manifest, SnapshotEntry } from '../data/schema';
import { ErrorSummary } from '../components/layout/error-summary';
import { ParamNotice } from '../components/layout/param-notice';
import { changesParams } from '../features/changes/params';
import { snapshotBefore } from '../features/changes/snapshots';
import { snapshotContent } from '../features/changes/content';
import type { ComparedSnapshot } from '../features/changes/changes-view';
import { preloadable } from './preloadable';
import type { LoadState } from './store';
import { useSnapshotFiles, type SnapshotFiles } from './snapshot-files';
import { useViewState } from './use-view-state';

const LOADING = <p role="status">Loading the published figures…</p>;

export const changesView = preloadable(() => import('../features/changes/changes-view').then((m) => m.ChangesView), LOADING);
const ChangesView = changesView.View;

function compared(entry: SnapshotEntry | undefined, s: LoadState<SnapshotFiles>): ComparedSnapshot | null {
  return entry && s.status === 'ready'
    ? { entry, content: snapshotContent(entry.id, s.data.files, s.data.notes), lookups: s.data.lookups }
    : null;
}

interface Props {
  manifest: Manifest;
  /** The snapshot on screen: what `to` means when the link names none. */
  snapshotId: string;
}

export function ChangesRoute({ manifest, snapshotId }: Props) {
  const snapshots = useMemo(() => [...manifest.snapshots].sort((a, b) => a.id.localeCompare(b.id)), [manifest]);
  const spec = useMemo(() => changesParams(snapshots.map((s) => s.id)), [snapshots]);
  const state = useViewState(spec);
  const toId = state.params.to || snapshotId;
  const defaultFrom = snapshotBefore(snapshots, toId);
  const requestedFrom = state.params.from;
  const outOfOrder = requestedFrom !== '' && requestedFrom >= toId;
  const fromId = requestedFrom !== '' && !outOfOrder ? requestedFrom : defaultFrom;
  const problems = [
    // The link's own value is not repeated: it may be anything, of any length.
    ...state.problems.map((p) =>
      p.key === 'from' || p.key === 'to'
        ? `The ${p.key === 'from' ? 'earlier' : 'later'} snapshot ("${p.key}") is not one of this dashboard's snapshots, so the default was used.`
        : p.message,
    ),
    ...(outOfOrder
      ? [
          `The earlier snapshot (${requestedFrom}) is not earlier than the later one (${toId}), so ${defaultFrom || 'nothing'} is compared with it.`,
        ]
      : []),
  ];
  const to = useSnapshotFiles(manifest, toId);
  // With nothing earlier, the later snapshot's files stand in, already loaded, and are not used.
  const from = useSnapshotFiles(manifest, fromId || toId);
  const toEntry = snapshots.find((s) => s.id === toId);
  const fromEntry = snapshots.find((s) => s.id === fromId);
  const errors = [to, from].flatMap((s) => (s.status === 'error' ? s.errors : []));
  const later = useMemo(() => compared(toEntry, to), [toEntry, to]);
  const earlier = useMemo(() => compared(fromEntry, from), [fromEntry, from]);
  return (
    <>
      <ParamNotice problems={problems} />
      {errors.length > 0 ? (
        <ErrorSummary title="This view's data could not be loaded" errors={errors} />
      ) : !later || (fromEntry && !earlier) ? (
        LOADING
      ) : (
        <ChangesView from={earlier} to={later} snapshots={snapshots} defaultTo={snapshotId} state={state} />
      )}
    </>
  );
}
