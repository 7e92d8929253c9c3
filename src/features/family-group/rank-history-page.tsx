import { useMemo } from 'react';
import type { DatasetFile, Figure } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { FAMILY_PARAMS } from './params';
import { CspTotals } from './csp-totals';
import { RankHistoryChart } from './rank-history-chart';
import { statisticName, type FamilyScope, type RankGrid } from './selectors';

interface Props {
  grid: RankGrid;
  measure: string;
  labelOf: (measure: string) => string;
  cspCrime: DatasetFile<'csp-crime'>;
  state: ViewState<typeof FAMILY_PARAMS>;
}

function otherRankColumns(lookups: FigureLookups, measureName: string, scope: FamilyScope): TableColumn<Figure>[] {
  return [
    { id: 'statistic', header: 'Position', value: (f) => statisticName(f, scope), rowHeader: true },
    { id: 'period', header: 'Period', value: (f) => periodLabel(lookups, f.period) },
    {
      id: 'value',
      header: 'Value as published',
      numeric: true,
      value: (f) => f.value,
      figure: (f) => f,
      cell: (f) => <FigureValue figure={f} context={`${measureName}, ${statisticName(f, scope)}`} />,
    },
  ];
}

/** Drill-down: one crime type's positions, then the partnership's own totals for it. */
export function RankHistoryPage({ grid, measure, labelOf, cspCrime, state }: Props) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const { linkTo, setParams } = state;
  const measureName = labelOf(measure);
  const options = grid.measures.includes(measure) ? grid.measures : [...grid.measures, measure];
  const others = useMemo(() => grid.otherRanks.filter((f) => f.measure === measure), [grid, measure]);
  const otherColumns = useMemo(() => otherRankColumns(lookups, measureName, grid.scope), [lookups, measureName, grid]);
  const back = linkTo({ measure: '', 'sort.totals': null });
  return (
    <>
      <p className="breadcrumbs">
        <a href={back}>Family group</a> › {measureName}
      </p>
      <h1>
        {measureName}: {shortName} in its family group
      </h1>
      <form className="filters" aria-label="Choose a crime type" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="family-measure">Crime type</label>
          <select id="family-measure" value={measure} onChange={(e) => setParams({ measure: e.target.value, 'sort.totals': null })}>
            {options.map((m) => (
              <option key={m} value={m}>
                {labelOf(m)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <RankHistoryChart grid={grid} measure={measure} measureName={measureName} />
      {others.length > 0 ? (
        <section aria-labelledby="family-other-ranks">
          <h2 id="family-other-ranks">Other published positions</h2>
          <p>These positions are not out of the {grid.scope.size} partnerships of the family group, so they are not drawn with it.</p>
          <DataTable
            caption={`${measureName}: other published positions`}
            columns={otherColumns}
            rows={others}
            rowKey={(f) => f.id}
            sort={null}
          />
        </section>
      ) : null}
      <CspTotals figures={cspCrime.figures} scope={grid.scope} measure={measure} measureName={measureName} state={state} />
      <p>
        <a href={back}>Back to every crime type in the family group</a>
      </p>
    </>
  );
}
