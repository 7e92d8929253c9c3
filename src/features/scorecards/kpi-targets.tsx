import { useMemo } from 'react';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { areaLabel, measureLabel, periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { FigureList } from './figure-list';
import type { TargetRow } from './selectors';

function columnsFor(lookups: FigureLookups): TableColumn<TargetRow>[] {
  return [
    { id: 'measure', header: 'Measure', value: (t) => measureLabel(lookups, t.target.measure), rowHeader: true },
    { id: 'area', header: 'Area', value: (t) => areaLabel(lookups, t.target.areaType, t.target.areaCode) },
    { id: 'period', header: 'Target for', value: (t) => periodLabel(lookups, t.target.period) },
    {
      id: 'target',
      header: 'Target as published',
      numeric: true,
      value: (t) => t.target.value,
      figure: (t) => t.target,
      cell: (t) => <FigureValue figure={t.target} context={`target for ${measureLabel(lookups, t.target.measure)}`} />,
    },
    {
      id: 'results',
      header: 'Other figures published for the same measure and area',
      value: (t) => t.results.length,
      cell: (t) =>
        t.results.length === 0 ? (
          <span className="scorecards-muted">None in the scorecard data</span>
        ) : (
          <FigureList
            figures={t.results}
            measure={t.target.measure}
            area={{ type: t.target.areaType, code: t.target.areaCode }}
            context={measureLabel(lookups, t.target.measure)}
          />
        ),
    },
  ];
}

/** Targets and KPIs the documents set outside any scorecard table, with whatever results were published beside them. */
export function KpiTargets({ targets }: { targets: readonly TargetRow[] }) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => columnsFor(lookups), [lookups]);
  return (
    <section aria-labelledby="scorecards-targets" className="scorecard-section">
      <h2 id="scorecards-targets">Targets and KPIs printed outside the scorecards</h2>
      <p>
        Targets the documents set in their text, such as KPIs with a baseline year. Where a baseline is named but no baseline figure is
        printed, the Source of the target says so; no baseline or result is worked out here.
      </p>
      {targets.length === 0 ? (
        <p>The documents in this snapshot set no other targets.</p>
      ) : (
        <div className="scorecard-table captions-narrow-hidden">
          <DataTable
            caption={`Targets printed outside the scorecards (${targets.length})`}
            columns={columns}
            rows={targets}
            rowKey={(t) => t.target.id}
            sort={null}
          />
        </div>
      )}
    </section>
  );
}
