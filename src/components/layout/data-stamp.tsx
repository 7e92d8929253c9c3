import type { SnapshotEntry } from '../../data/schema';
import { formatDate } from '../../lib/periods';

/** "Data as at" and publication dates, shown on every view. */
export function DataStamp({ snapshot }: { snapshot: SnapshotEntry }) {
  return (
    <p className="data-stamp">
      <span>
        Data as at <strong>{formatDate(snapshot.asAt)}</strong>
      </span>
      <span>
        Published <strong>{formatDate(snapshot.published)}</strong>
      </span>
      {snapshot.mainPeriod ? <span>Main period reported: {snapshot.mainPeriod.label}</span> : null}
      <span>Source: {snapshot.title}</span>
    </p>
  );
}
