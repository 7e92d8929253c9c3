import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { areaLabel, measureLabel, periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';

// Two figures can share a measure and period (a count and its target), so the kind of figure is shown too.
const STATISTIC_NAMES: Record<string, string> = {
  count: 'Count',
  target: 'Target',
  percentage: 'Percentage',
  number: 'Number',
};

function columnsFor(lookups: FigureLookups): TableColumn<Figure>[] {
  return [
    { id: 'measure', header: 'What was counted', value: (f) => measureLabel(lookups, f.measure), rowHeader: true },
    { id: 'statistic', header: 'Figure', value: (f) => STATISTIC_NAMES[f.statistic] ?? f.statistic },
    { id: 'area', header: 'Area', value: (f) => areaLabel(lookups, f.areaType, f.areaCode) },
    { id: 'period', header: 'Period', value: (f) => periodLabel(lookups, f.period) },
    {
      id: 'value',
      header: 'Value as published',
      numeric: true,
      value: (f) => f.value,
      cell: (f) => <FigureValue figure={f} context={`${measureLabel(lookups, f.measure)}, ${periodLabel(lookups, f.period)}`} />,
    },
  ];
}

/** The few numbers printed alongside the actions and recommendations, each with its source. */
export function ActionFigures({ figures }: { figures: readonly Figure[] }) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => columnsFor(lookups), [lookups]);
  return (
    <section aria-labelledby="actions-figures">
      <h2 id="actions-figures">Numbers published with the actions</h2>
      {figures.length === 0 ? (
        <p>The documents in this snapshot publish no numbers about actions or recommendations.</p>
      ) : (
        <div className="actions-figures">
          <DataTable
            caption="Numbers published with the actions and recommendations"
            columns={columns}
            rows={figures}
            rowKey={(f) => f.id}
            sort={null}
          />
        </div>
      )}
    </section>
  );
}
