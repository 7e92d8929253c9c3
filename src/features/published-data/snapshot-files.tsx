import type { SnapshotEntry } from '../../data/schema';
import { dataUrl } from '../../data/load';
import { formatBytes } from '../../lib/bytes';
import type { Partnership } from '../../data/partnership';
import { usePartnership } from '../../components/partnership/partnership-context';

const descriptions = (p: Partnership): Record<string, string> => ({
  figures: 'Every published number, one row each, with its period and source (CSV)',
  'beat-crime': `Crime by ${p.subareas.singular}`,
  'csp-crime': `${p.partnership.shortName} crime overview`,
  'family-group': 'Most Similar Family Group members and positions',
  asb: 'Anti-social behaviour and youth ASB',
  actions: 'Action logs, agreed actions and recommendations',
  scorecards: 'Scorecards, KPIs and funding',
  places: `What each ${p.subareas.singular} covers, and the subgroups`,
  periods: 'Every period, typed and as the documents word it',
  notes: 'Data notes: inconsistencies, revisions, interpretations and remarks',
  vocab: 'Names of areas and measures',
});

interface Props {
  snapshot: SnapshotEntry;
}

export function SnapshotFiles({ snapshot }: Props) {
  const described = descriptions(usePartnership());
  return (
    <section aria-labelledby={`files-${snapshot.id}`}>
      <h2 id={`files-${snapshot.id}`}>Files in {snapshot.title}</h2>
      <ul className="file-list">
        {snapshot.files.map((f) => (
          <li key={f.path}>
            <a href={dataUrl(f.path)} download>
              {f.path}
            </a>{' '}
            <span className="file-meta">
              ({formatBytes(f.bytes)}) {described[f.dataset] ?? ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
