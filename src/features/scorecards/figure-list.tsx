import type { Figure } from '../../data/schema';
import { FigureValue } from '../../components/figures/figure-value';
import { areaLabel, measureLabel, periodLabel, useFigureLookups } from '../../components/figures/figure-context';

export const STATISTIC_NAMES: Readonly<Record<string, string>> = {
  count: 'Count',
  difference: 'Difference',
  'percent-change': '% change',
  share: 'Share',
  percentage: 'Percentage',
  rank: 'Rank',
  movement: 'Movement',
  rate: 'Rate',
  amount: 'Amount',
  target: 'Target',
  number: 'Number',
};

interface Props {
  figures: readonly Figure[];
  /** The row's own measure: other measures are named. */
  measure: string;
  /** The row's own area, if any: other areas are named. */
  area?: { type: string; code: string } | null;
  context: string;
}

/** Published figures as a short list, each labelled with what and when, and shown through FigureValue. */
export function FigureList({ figures, measure, area = null, context }: Props) {
  const lookups = useFigureLookups();
  if (figures.length === 0) return null;
  return (
    <ul className="scorecard-figures">
      {figures.map((f) => {
        const parts = [
          f.measure === measure ? null : measureLabel(lookups, f.measure),
          area && f.areaType === area.type && f.areaCode === area.code ? null : areaLabel(lookups, f.areaType, f.areaCode),
          STATISTIC_NAMES[f.statistic] ?? f.statistic,
          f.comparison
            ? `${periodLabel(lookups, f.period)} compared with ${periodLabel(lookups, f.comparison)}`
            : periodLabel(lookups, f.period),
        ].filter((p): p is string => p !== null);
        const label = parts.join(', ');
        return (
          <li key={f.id}>
            <span className="scorecard-figures__label">{label}:</span> <FigureValue figure={f} context={`${context}: ${label}`} />
          </li>
        );
      })}
    </ul>
  );
}
