import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { measureLabel, periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { CrimeScorecard, ScorecardRow } from './selectors';

function cell(f: Figure | null, context: string) {
  return f ? <FigureValue figure={f} context={context} /> : <span className="not-published">not published</span>;
}

function columnsFor(lookups: FigureLookups, card: CrimeScorecard, familyGroupFor: (m: string) => string): TableColumn<ScorecardRow>[] {
  const now = periodLabel(lookups, card.period);
  const then = card.comparison ? periodLabel(lookups, card.comparison) : 'comparison period';
  const name = (r: ScorecardRow) => measureLabel(lookups, r.measure);
  return [
    { id: 'measure', header: 'Crime type', value: name, rowHeader: true, sortable: false },
    {
      id: 'previous',
      header: then,
      numeric: true,
      value: (r) => r.previous?.value ?? null,
      figure: (r) => r.previous,
      cell: (r) => cell(r.previous, `${name(r)}, ${then}`),
      sortable: false,
    },
    {
      id: 'current',
      header: now,
      numeric: true,
      value: (r) => r.current?.value ?? null,
      figure: (r) => r.current,
      cell: (r) => cell(r.current, `${name(r)}, ${now}`),
      sortable: false,
    },
    {
      id: 'difference',
      header: 'Difference',
      numeric: true,
      value: (r) => r.difference?.value ?? null,
      figure: (r) => r.difference,
      cell: (r) => cell(r.difference, `${name(r)} difference`),
      sortable: false,
    },
    {
      id: 'change',
      header: '% change',
      numeric: true,
      value: (r) => r.change?.value ?? null,
      figure: (r) => r.change,
      cell: (r) => cell(r.change, `${name(r)} % change`),
      sortable: false,
    },
    {
      id: 'rank',
      header: 'Family group position',
      numeric: true,
      value: (r) => r.rank?.value ?? null,
      figure: (r) => r.rank,
      cell: (r) => (
        <>
          {cell(r.rank, `${name(r)} family group position`)}{' '}
          <a className="inline-link" href={familyGroupFor(r.measure)}>
            history<span className="visually-hidden"> of {name(r)} positions</span>
          </a>
        </>
      ),
      sortable: false,
    },
    {
      id: 'movement',
      header: 'Movement as printed',
      value: (r) => r.movement?.value ?? null,
      figure: (r) => r.movement,
      cell: (r) => cell(r.movement, `${name(r)} movement`),
      sortable: false,
    },
  ];
}

export function CrimeScorecardTable({ card, familyGroupFor }: { card: CrimeScorecard; familyGroupFor: (measure: string) => string }) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const columns = useMemo(() => columnsFor(lookups, card, familyGroupFor), [lookups, card, familyGroupFor]);
  return (
    <DataTable
      caption={`${shortName} crime, ${periodLabel(lookups, card.period)}`}
      columns={columns}
      rows={card.rows}
      rowKey={(r) => r.measure}
      sort={null}
    />
  );
}
