import type { Figure } from '../../data/schema';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import { arrowMatchesPositions, type RankGrid } from './selectors';

interface Props {
  grid: RankGrid;
  arrows: readonly Figure[];
  measureName: string;
  /** The pair of dates the surrounding column already names; others are spelled out. */
  expected?: { from: string; to: string } | null;
}

/** Direction-of-travel arrows exactly as printed, each with its source, and a word where one contradicts the positions. */
export function PrintedArrows({ grid, arrows, measureName, expected = null }: Props) {
  const lookups = useFigureLookups();
  if (arrows.length === 0) return <span className="not-published">none printed</span>;
  return (
    <ul className="family-arrows">
      {arrows.map((f) => {
        const same = expected !== null && f.period === expected.to && f.comparison === expected.from;
        const matches = arrowMatchesPositions(grid, f);
        return (
          <li key={f.id}>
            <FigureValue figure={f} context={`printed arrow for ${measureName}, ${periodLabel(lookups, f.period)}`} />
            {same ? null : (
              <span className="file-meta">
                {' '}
                ({f.comparison ? `${periodLabel(lookups, f.comparison)} to ` : ''}
                {periodLabel(lookups, f.period)})
              </span>
            )}
            {matches === false ? <span className="family-tag">does not match the positions</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
