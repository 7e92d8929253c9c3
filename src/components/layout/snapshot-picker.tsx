import type { SnapshotEntry } from '../../data/schema';

interface Props {
  snapshots: readonly SnapshotEntry[];
  value: string;
  defaultId: string;
  onChange: (id: string) => void;
}

/** A native select: choosing an earlier snapshot shows the dashboard as it was published then. */
export function SnapshotPicker({ snapshots, value, defaultId, onChange }: Props) {
  return (
    <div className="field snapshot-picker">
      <label htmlFor="snapshot-picker">Snapshot</label>
      <select id="snapshot-picker" value={value} onChange={(e) => onChange(e.target.value)}>
        {snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
            {s.id === defaultId ? ' (latest)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
