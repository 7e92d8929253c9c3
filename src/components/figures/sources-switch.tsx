interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Writes every figure's source beside it, for a reader checking many at once; each figure's own panel still opens. */
export function SourcesSwitch({ checked, onChange }: Props) {
  return (
    <label className="sources-switch">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      Show sources
    </label>
  );
}
