import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { measureLabel, periodLabel, useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { Sparkline } from '../../components/charts/sparkline';
import { shortPeriodLabel } from '../../lib/period-series';
import { formatNumber } from '../../lib/format';
import { epochDay } from '../../lib/sparkline';
import { changeWord, positionMovement, positionWords } from './glance-words';
import type { CrimeScorecard, ScorecardRow } from './selectors';

/** Fewer like-for-like points than this make no trend worth drawing. */
const TREND_MIN_POINTS = 3;

const ARROW_AS_PRINTED: Record<number, string> = { 1: '↑', 0: '↔', [-1]: '↓' };

function notPublished() {
  return <span className="not-published">not published</span>;
}

function short(lookups: FigureLookups, id: string): string {
  const p = lookups.periods.get(id);
  return p ? shortPeriodLabel(p) : id;
}

function trendWords(lookups: FigureLookups, trend: readonly Figure[]): string {
  return trend.map((f) => `${short(lookups, f.period)}: ${formatNumber(f.value)}`).join('; ');
}

function changeCell(r: ScorecardRow, name: string, then: string) {
  const sign = r.change ?? r.difference;
  if (!sign) return notPublished();
  return (
    <span className="glance-change">
      <span className="glance-change__word">{changeWord(sign.value)}</span>{' '}
      {r.change ? <FigureValue figure={r.change} context={`${name} % change`} /> : null}
      {r.change && r.difference ? ', ' : null}
      {r.difference ? <FigureValue figure={r.difference} context={`${name} difference`} /> : null}
      {r.previous ? (
        <>
          {' '}
          from <FigureValue figure={r.previous} context={`${name}, ${then}`} />
        </>
      ) : null}
    </span>
  );
}

function columnsFor(lookups: FigureLookups, card: CrimeScorecard, familyGroupFor: (m: string) => string): TableColumn<ScorecardRow>[] {
  const now = short(lookups, card.period);
  const then = card.comparison ? short(lookups, card.comparison) : 'the comparison period';
  const before = card.previousRankDate ? short(lookups, card.previousRankDate) : null;
  const name = (r: ScorecardRow) => measureLabel(lookups, r.measure);
  return [
    { id: 'measure', header: 'Crime type', value: name, rowHeader: true, sortable: false },
    {
      id: 'current',
      header: now,
      numeric: true,
      value: (r) => r.current?.value ?? null,
      figure: (r) => r.current,
      cell: (r) => (r.current ? <FigureValue figure={r.current} context={`${name(r)}, ${now}`} /> : notPublished()),
      sortable: false,
    },
    {
      id: 'change',
      header: `Change on ${then}`,
      value: (r) => r.change?.value ?? null,
      figure: (r) => r.change,
      cell: (r) => changeCell(r, name(r), then),
      sortable: false,
    },
    {
      id: 'previous',
      header: `Crimes ${then}`,
      value: (r) => r.previous?.value ?? null,
      figure: (r) => r.previous,
      hidden: true,
      sortable: false,
    },
    {
      id: 'difference',
      header: 'Difference',
      value: (r) => r.difference?.value ?? null,
      figure: (r) => r.difference,
      hidden: true,
      sortable: false,
    },
    {
      id: 'trend',
      header: 'Trend',
      value: (r) => (r.trend.length >= TREND_MIN_POINTS ? trendWords(lookups, r.trend) : null),
      cell: (r) =>
        r.trend.length >= TREND_MIN_POINTS ? (
          <Sparkline
            points={r.trend.map((f) => ({ x: epochDay(lookups.periods.get(f.period)?.end ?? '1970-01-01'), y: f.value }))}
            label={`${name(r)}, same months each year: ${trendWords(lookups, r.trend)}`}
          />
        ) : (
          <span className="not-published">
            –<span className="visually-hidden">fewer than three like-for-like periods published</span>
          </span>
        ),
      sortable: false,
    },
    {
      id: 'rank',
      header: `Family group position${card.rankDate ? ` at ${short(lookups, card.rankDate)}` : ''} (1st is best)`,
      value: (r) => r.rank?.value ?? null,
      figure: (r) => r.rank,
      cell: (r) =>
        r.rank ? (
          <span className="glance-rank">
            <FigureValue figure={r.rank} display={positionWords(r.rank.value, r.rank.unit)} context={`${name(r)} family group position`} />
            {r.movement ? (
              <>
                {' '}
                <FigureValue
                  figure={r.movement}
                  display={ARROW_AS_PRINTED[r.movement.value] ?? String(r.movement.value)}
                  context={`${name(r)} arrow as printed`}
                />
              </>
            ) : null}
            {r.previousRank ? ' ' : null}
            {r.previousRank ? (
              <span className="glance-rank__movement">{positionMovement(r.rank.value, r.previousRank.value)}</span>
            ) : null}{' '}
            <a className="inline-link" href={familyGroupFor(r.measure)}>
              history<span className="visually-hidden"> of {name(r)} positions</span>
            </a>
          </span>
        ) : (
          notPublished()
        ),
      sortable: false,
    },
    {
      id: 'previous-rank',
      header: before ? `Family group position at ${before}` : 'Earlier family group position',
      value: (r) => r.previousRank?.value ?? null,
      figure: (r) => r.previousRank,
      hidden: true,
      sortable: false,
    },
    {
      id: 'movement',
      header: 'Arrow as printed',
      value: (r) => (r.movement ? (ARROW_AS_PRINTED[r.movement.value] ?? String(r.movement.value)) : null),
      hidden: true,
      sortable: false,
    },
  ];
}

export function CrimeScorecardTable({ card, familyGroupFor }: { card: CrimeScorecard; familyGroupFor: (measure: string) => string }) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const columns = useMemo(() => columnsFor(lookups, card, familyGroupFor), [lookups, card, familyGroupFor]);
  // Dates the headers do not give: the span of the period, and the position each movement is measured against.
  const against = card.previousRankDate ? `; positions against ${short(lookups, card.previousRankDate)}` : '';
  const caption = `${shortName} crime, ${periodLabel(lookups, card.period)}${against}`;
  return (
    <div className="glance-table">
      <DataTable caption={caption} actionsAfter columns={columns} rows={card.rows} rowKey={(r) => r.measure} sort={null} />
    </div>
  );
}
