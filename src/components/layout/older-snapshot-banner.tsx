import type { SnapshotEntry } from '../../data/schema';

interface Props {
  shown: SnapshotEntry;
  newest: SnapshotEntry;
  /** This view on the newest snapshot. */
  newestHref: string;
}

/**
 * Says plainly that the figures on screen are not the latest, as a pinned
 * link or embed shows them once a newer snapshot is published: its reader
 * may not know that later figures exist.
 */
export function OlderSnapshotBanner({ shown, newest, newestHref }: Props) {
  return (
    <div className="notice older-snapshot">
      <p>
        <strong>An earlier snapshot:</strong> these figures are from {shown.title}. Newer figures have been published since, in{' '}
        {newest.title}. <a href={newestHref}>Show the newest snapshot</a>
      </p>
    </div>
  );
}
