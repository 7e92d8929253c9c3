import type { SnapshotEntry } from '../../data/schema';
import { formatDate } from '../../lib/periods';
import { formatNumber } from '../../lib/format';

interface Props {
  snapshots: SnapshotEntry[];
  defaultId: string;
}

export function SnapshotTable({ snapshots, defaultId }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Snapshots of the published figures" tabIndex={0}>
      <table className="data-table">
        <caption>Snapshots of the published figures, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Snapshot</th>
            <th scope="col">Data as at</th>
            <th scope="col">Published</th>
            <th scope="col" className="numeric">
              Figures
            </th>
            <th scope="col">Source documents</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.title}
                {s.id === defaultId ? <span className="tag">Default</span> : null}
              </th>
              <td>{formatDate(s.asAt)}</td>
              <td>{formatDate(s.published)}</td>
              <td className="numeric">{formatNumber(s.figureCount)}</td>
              <td>{s.sourceDocuments.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
