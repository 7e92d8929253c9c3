/**
 * The "What changed" route: unlike the other views it reads two snapshots,
 * so it loads the figure files, notes and reference files of each, and
 * builds each its own lookups so every value explains itself from the
 * snapshot that holds it.
 */
import { useMemo } from 'react';
import type { DatasetFile, Manifest, SnapshotEntry } from '../data/schema';
import { ErrorSummary } from '../components/layout/error-summary';
import { ParamNotice } from '../components/layout/param-notice';
import type { FigureLookups } from '../components/figures/figure-context';
import { changesParams } from '../features/changes/params';
import { snapshotBefore } from '../features/changes/snapshots';
import { snapshotContent, type FigureFiles } from '../features/changes/content';
import type { ComparedSnapshot } from '../features/changes/changes-view';
import { preloadable } from './preloadable';
import { buildLookups } from './lookups';
import type { LoadState } from './store';
import { useDataset } from './use-dataset';
import { useViewState } from './use-view-state';

const LOADING = <p role="status">Loading the published figures…</p>;

export const changesView = preloadable(() => import('../features/changes/changes-view').then((m) => m.ChangesView), LOADING);
const ChangesView = changesView.View;

interface SnapshotFiles {
  files: FigureFiles;
  notes: DatasetFile<'notes'>;
  lookups: FigureLookups;
}

/** Every file of one snapshot the comparison reads, as one load state. */
function useSnapshotFiles(manifest: Manifest, id: string): LoadState<SnapshotFiles> {
  const beatCrime = useDataset(id, 'beat-crime');
  const cspCrime = useDataset(id, 'csp-crime');
  const familyGroup = useDataset(id, 'family-group');
  const asb = useDataset(id, 'asb');
  const actions = useDataset(id, 'actions');
  const scorecards = useDataset(id, 'scorecards');
  const notes = useDataset(id, 'notes');
  const periods = useDataset(id, 'periods');
  const vocab = useDataset(id, 'vocab');
  return useMemo((): LoadState<SnapshotFiles> => {
    const all = [beatCrime, cspCrime, familyGroup, asb, actions, scorecards, notes, periods, vocab];
    const errors = all.flatMap((s) => (s.status === 'error' ? s.errors : []));
    if (errors.length > 0) return { status: 'error', errors };
    if (
      beatCrime.status !== 'ready' ||
      cspCrime.status !== 'ready' ||
      familyGroup.status !== 'ready' ||
      asb.status !== 'ready' ||
      actions.status !== 'ready' ||
      scorecards.status !== 'ready' ||
      notes.status !== 'ready' ||
      periods.status !== 'ready' ||
      vocab.status !== 'ready'
    ) {
      return { status: 'loading' };
    }
    const files: FigureFiles = {
      'beat-crime': beatCrime.data,
      'csp-crime': cspCrime.data,
      'family-group': familyGroup.data,
      asb: asb.data,
      actions: actions.data,
      scorecards: scorecards.data,
    };
    return {
      status: 'ready',
      data: { files, notes: notes.data, lookups: buildLookups(manifest, id, notes.data, periods.data, vocab.data) },
    };
  }, [manifest, id, beatCrime, cspCrime, familyGroup, asb, actions, scorecards, notes, periods, vocab]);
}

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
