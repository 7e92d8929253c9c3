import type { SnapshotEntry } from '../../data/schema';
import { formatDate } from '../../lib/periods';

/**
 * A snapshot's three dates, kept apart because they differ: the meeting the
 * papers were for, the day they were issued, and the last day their figures
 * cover. A date the document does not print is said to be not stated.
 */
export function DataStamp({ snapshot }: { snapshot: SnapshotEntry }) {
  const { meeting, published, figuresTo } = snapshot;
  return (
    <p className="data-stamp">
      {snapshot.kind === 'release' ? (
        // A release of analysts' extracts is not papers for a meeting: there is no meeting date to state.
        <span>Partnership release of analysts' extracts</span>
      ) : (
        <span>
          Meeting{' '}
          {meeting ? (
            <>
              <strong>{formatDate(meeting.date)}</strong>
              {meeting.doubt ? ' (date as printed, doubtful)' : null}
            </>
          ) : (
            <strong>date not stated</strong>
          )}
        </span>
      )}
      <span className="data-stamp__published">
        Published <strong>{published ? formatDate(published.date) : 'date not stated'}</strong>
      </span>
      <span>
        Main figures to <strong>{figuresTo ? formatDate(figuresTo) : 'date not stated'}</strong>
      </span>
      {/* A phone leaves these out of its first screen (the snapshot picker names the document, and the captions their periods): see global.css. */}
      {snapshot.mainPeriod ? <span className="data-stamp__period">Main period reported: {snapshot.mainPeriod.label}</span> : null}
      <span className="data-stamp__source">Source: {snapshot.title}</span>
      {meeting?.doubt ? <span className="data-stamp__doubt">Date doubtful: {meeting.doubt}</span> : null}
    </p>
  );
}
