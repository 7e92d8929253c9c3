interface Props {
  label: string;
  direction: 'asc' | 'desc' | null;
  onClick: ((event: unknown) => void) | undefined;
}

/** The arrow repeats what aria-sort on the header says, for sighted users; it is hidden from screen readers. */
export function SortButton({ label, direction, onClick }: Props) {
  const arrow = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  return (
    <button type="button" className="sort-button" onClick={onClick}>
      {label}
      <span aria-hidden="true" className="sort-button__arrow">
        {' '}
        {arrow}
      </span>
    </button>
  );
}
