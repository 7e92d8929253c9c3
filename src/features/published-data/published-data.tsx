import type { Manifest } from '../../data/schema';
import { SnapshotTable } from './snapshot-table';
import { SnapshotFiles } from './snapshot-files';
import { ColumnNotes } from './column-notes';

interface Props {
  manifest: Manifest;
}

/** The first view: what has been published, and every file behind it. */
export function PublishedData({ manifest }: Props) {
  const newest = manifest.snapshots.find((s) => s.id === manifest.defaultSnapshot);
  return (
    <>
      <h1>Published snapshots</h1>
      <p>
        Each snapshot holds everything the partnership had published up to its date. The newest,{' '}
        {newest ? <strong>{newest.title}</strong> : manifest.defaultSnapshot}, is shown by default.
      </p>
      <SnapshotTable snapshots={manifest.snapshots} defaultId={manifest.defaultSnapshot} />
      <ColumnNotes />
      {manifest.snapshots.map((s) => (
        <SnapshotFiles key={s.id} snapshot={s} />
      ))}
    </>
  );
}
