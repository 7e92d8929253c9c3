import { useEffect } from 'react';
import type { Manifest } from '../../data/schema';
import type { LoadState } from '../store';
import { useSnapshotFiles, type SnapshotFiles } from '../snapshot-files';

export interface PackFilesState {
  current: LoadState<SnapshotFiles>;
  before: LoadState<SnapshotFiles>;
}

/**
 * Loads the pack's files, the snapshot's and the one before it, and reports
 * their state; mounted only once the pack's cover has painted, so the files
 * start loading then and not before.
 */
export function PackFiles({
  manifest,
  snapshotId,
  earlierId,
  onChange,
}: {
  manifest: Manifest;
  snapshotId: string;
  earlierId: string;
  onChange: (state: PackFilesState) => void;
}) {
  const current = useSnapshotFiles(manifest, snapshotId);
  const before = useSnapshotFiles(manifest, earlierId);
  useEffect(() => onChange({ current, before }), [onChange, current, before]);
  return null;
}
