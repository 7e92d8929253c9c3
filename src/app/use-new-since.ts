import { useCallback, useMemo, useState } from 'react';
import type { Manifest } from '../data/schema';
import { countNewFigures } from '../features/changes/content';
import { snapshotBefore } from '../features/changes/snapshots';
import type { NewSince } from '../features/overview/new-since-link';
import { useFigureFiles } from './snapshot-files';

/**
 * What the overview says about the snapshot before the one on screen. The
 * count reads every figure file of both snapshots, so nothing is loaded until
 * the overview asks (its line nears the screen): the prerendered page neither
 * lists those files nor waits for them, and a reader who never scrolls there
 * never downloads them.
 */
export function useNewSince(manifest: Manifest, snapshotId: string, href: string): NewSince | null {
  const previousId = snapshotBefore(manifest.snapshots, snapshotId);
  const [started, setStarted] = useState(false);
  const start = useCallback(() => setStarted(true), []);
  const enabled = started && previousId !== '';
  const later = useFigureFiles(snapshotId, enabled);
  // With nothing earlier the hook still runs (hooks always do), on the same files and never enabled.
  const earlier = useFigureFiles(previousId || snapshotId, enabled);
  const count = useMemo(
    () =>
      later.status === 'ready' && earlier.status === 'ready' ? countNewFigures(previousId, earlier.data, snapshotId, later.data) : null,
    [later, earlier, previousId, snapshotId],
  );
  const previous = manifest.snapshots.find((s) => s.id === previousId);
  return useMemo(
    () => (previous ? { previous: { id: previous.id, title: previous.title }, href, count, start } : null),
    [previous, href, count, start],
  );
}
