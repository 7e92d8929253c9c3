import { ragLabel } from './selectors';

const TONES: Readonly<Record<string, string>> = { R: 'red', A: 'amber', G: 'green' };

interface Props {
  printed: string;
  /** Words for codes beyond R, A and G that the scorecard's document gives. */
  extraWords?: Readonly<Record<string, string>>;
}

/** The printed code and its word are the signal; the marker only repeats them, so greyscale and screen readers lose nothing. */
export function RagBadge({ printed, extraWords }: Props) {
  const label = ragLabel(printed, extraWords);
  if (!label) return <span className="scorecards-muted">Not recorded</span>;
  const tone = TONES[label.code.toUpperCase()];
  return (
    <span className="rag">
      {tone ? <span className={`rag__marker rag__marker--${tone}`} aria-hidden="true" /> : null}
      {label.text}
    </span>
  );
}
