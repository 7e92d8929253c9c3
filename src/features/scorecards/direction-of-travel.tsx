import { directionLabel } from './selectors';

/** The arrow exactly as printed, then words for its shape; what the arrow means is left to the notes. */
export function DirectionOfTravel({ printed }: { printed: string }) {
  const label = directionLabel(printed);
  if (!label) return <span className="scorecards-muted">Not recorded</span>;
  return (
    <span className="direction">
      <span className="direction__arrow" aria-hidden="true">
        {label.printed}
      </span>{' '}
      {label.words}
    </span>
  );
}
