/**
 * The notice a pack printed before it is whole carries on paper (pack.css
 * shows it in print only): a reader of the printout learns it is not the
 * whole pack, rather than taking a short printout, or endnote numbers with
 * no endnotes, for the pack itself.
 */

/** What the paper holds, looked at as printing lays the page out. */
export interface PrintedState {
  /** Sections drawn with their content. */
  drawn: number;
  /** Charts that have not drawn yet (their code still loading): they print blank. */
  chartsMissing: number;
}

export function printedState(pack: HTMLElement): PrintedState {
  const sections = [...pack.querySelectorAll('.pack-section')];
  // A section drawn before its content arrived ("new since", waiting on the snapshot before) is marked empty.
  const drawn = sections.filter((s) => s.querySelector('.pack-waiting') === null).length;
  const chartsMissing = [...pack.querySelectorAll('.line-chart')].filter((c) => !c.querySelector('svg.recharts-surface')).length;
  return { drawn, chartsMissing };
}

export interface PackIncompleteProps {
  drawn: number;
  total: number;
  chartsMissing: number;
}

export function PackIncomplete({ drawn, total, chartsMissing }: PackIncompleteProps) {
  const charts = chartsMissing === 1 ? '1 chart was' : `${chartsMissing} charts were`;
  return (
    <p className="pack-incomplete">
      <strong>This printout is incomplete:</strong> {drawn} of {total} sections
      {chartsMissing > 0 ? ` were drawn, and ${charts} not drawn yet,` : ' were drawn'} when it was printed. Wait until the page says the
      pack is ready to print, and print again.
    </p>
  );
}
