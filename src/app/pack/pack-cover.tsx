import { useMemo } from 'react';
import type { SnapshotEntry } from '../../data/schema';
import { useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { formatDate } from '../../lib/periods';
import { periodsSpan, type PackSection } from './pack-selectors';

interface Props {
  snapshot: SnapshotEntry;
  sections: readonly PackSection[];
}

/** The first page: whose pack, for which meeting, how current its figures are, and what it holds. */
export function PackCover({ snapshot, sections }: Props) {
  const { partnership } = usePartnership();
  const lookups = useFigureLookups();
  const span = useMemo(() => periodsSpan(lookups.periods.values()), [lookups]);
  const { meeting, published, figuresTo } = snapshot;
  const sources = sections.find((s) => s.id === 'sources');
  return (
    <header className="pack-cover">
      <p className="pack-cover__partnership">{partnership.name}</p>
      <h1>Meeting pack</h1>
      {partnership.synthetic ? (
        <p className="notice">SYNTHETIC DATA: a made-up partnership for testing; none of these figures is real.</p>
      ) : null}
      <dl className="pack-cover__facts">
        <div>
          <dt>{snapshot.kind === 'release' ? 'Release' : 'Meeting'}</dt>
          <dd>
            {snapshot.kind === 'release'
              ? "Partnership release of analysts' extracts"
              : meeting
                ? `${formatDate(meeting.date)}${meeting.doubt ? ` (date as printed, doubtful: ${meeting.doubt})` : ''}`
                : 'date not stated'}
          </dd>
        </div>
        <div>
          <dt>Data as at</dt>
          <dd>{figuresTo ? `main figures to ${formatDate(figuresTo)}` : 'the last day of the figures is not stated'}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{published ? formatDate(published.date) : 'date not stated'}</dd>
        </div>
        {snapshot.mainPeriod ? (
          <div>
            <dt>Main period reported</dt>
            <dd>{snapshot.mainPeriod.label}</dd>
          </div>
        ) : null}
        {span ? (
          <div>
            <dt>Periods reported</dt>
            <dd>from {span}, as far as the documents date them</dd>
          </div>
        ) : null}
        <div>
          <dt>Documents</dt>
          <dd>
            {snapshot.title} (snapshot {snapshot.id}) and the {snapshot.sources.length} published documents and extracts it holds
          </dd>
        </div>
      </dl>
      <p>
        Made by the {partnership.shortName} dashboard from the published documents. Every figure is as printed; the small number beside it
        leads to the document, table and line it came from{sources ? `, listed in section ${sources.number}` : ''}.
      </p>
    </header>
  );
}

/** Section numbers rather than page numbers: the page a section starts on is known only once the browser prints it. */
export function PackContents({ sections, onFollow }: { sections: readonly PackSection[]; onFollow: (index: number) => void }) {
  return (
    <nav className="pack-contents" aria-labelledby="pack-contents-title">
      <h2 id="pack-contents-title">Contents</h2>
      <ol>
        {sections.map((s, i) => (
          <li key={s.id} value={s.number}>
            {/* A section not drawn yet (on a phone, those below the reader) is drawn before the browser follows the link to it. */}
            <a href={`#pack-${s.id}`} onClick={() => onFollow(i)}>
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
