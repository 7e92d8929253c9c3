import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, type FigureLookups } from '../../components/figures/figure-context';
import type { Figure } from '../../data/schema';
import type { ScorecardInfo } from './catalogue';
import { DirectionOfTravel } from './direction-of-travel';
import { FigureList } from './figure-list';
import { RagBadge } from './rag-badge';
import { RowExtras } from './row-extras';
import { indicatorText, isRecorded, ragLabel, type ColumnPlan, type RowView } from './selectors';

function rowArea(v: RowView): { type: string; code: string } | null {
  const f = v.line[0];
  return f ? { type: f.areaType, code: f.areaCode } : null;
}

/** A dashboard cell: the value, then the period it covers, since several cells state their own. */
function cell(f: Figure | null, lookups: FigureLookups, context: string) {
  if (!f) return <span className="scorecards-muted">Not printed</span>;
  return (
    <>
      <FigureValue figure={f} context={`${context}, ${periodLabel(lookups, f.period)}`} />
      <span className="scorecard-period">{periodLabel(lookups, f.period)}</span>
    </>
  );
}

/** Progress is a RAG code on the dashboard and prose in the council report: each is shown as printed. */
function progressCell(printed: string, info: ScorecardInfo) {
  if (!isRecorded(printed)) return <span className="scorecards-muted">Not recorded</span>;
  return /^[A-Za-z]{1,2}$/.test(printed.trim()) ? (
    <RagBadge printed={printed} extraWords={info.ragWords} />
  ) : (
    <span className="scorecard-prose">{printed}</span>
  );
}

export function scorecardColumns(info: ScorecardInfo, plan: ColumnPlan, lookups: FigureLookups): TableColumn<RowView>[] {
  const name = (v: RowView) => indicatorText(v.row, info.refsPrinted);
  const columns: (TableColumn<RowView> | false)[] = [
    {
      id: 'indicator',
      header: info.layout === 'dashboard' ? 'Supporting indicator' : 'Indicator or measure',
      value: name,
      rowHeader: true,
    },
    plan.outcome && { id: 'outcome', header: 'Outcome', value: (v) => (isRecorded(v.row.outcome) ? v.row.outcome : null) },
    plan.rag && {
      id: 'rag',
      header: info.layout === 'dashboard' ? 'Overall progress RAG' : 'RAG',
      value: (v) => (isRecorded(v.row.rag) ? v.row.rag : null),
      // The letter with its word ("A – Amber"), so a download is not a column of bare codes.
      csv: (v) => ragLabel(v.row.rag, info.ragWords)?.text ?? null,
      cell: (v) => <RagBadge printed={v.row.rag} extraWords={info.ragWords} />,
    },
    plan.yearEnd && {
      id: 'year-end',
      header: info.columns.yearEnd,
      numeric: true,
      sortable: false,
      value: (v) => v.yearEnd?.value ?? null,
      figure: (v) => v.yearEnd,
      cell: (v) => cell(v.yearEnd, lookups, name(v)),
    },
    plan.current && {
      id: 'current',
      header: info.columns.current,
      numeric: true,
      sortable: false,
      value: (v) => v.current?.value ?? null,
      figure: (v) => v.current,
      cell: (v) => cell(v.current, lookups, name(v)),
    },
    plan.lineFigures && {
      id: 'line',
      header: info.layout === 'dashboard' ? 'Other figures in this row' : 'Figures printed in this row',
      sortable: false,
      value: (v) => (info.layout === 'dashboard' ? v.unplaced : v.line).length,
      cell: (v) => {
        const figures = info.layout === 'dashboard' ? v.unplaced : v.line;
        if (figures.length === 0) return <span className="scorecards-muted">None printed</span>;
        return <FigureList figures={figures} measure={v.row.measure} area={rowArea(v)} context={name(v)} />;
      },
    },
    plan.direction && {
      id: 'direction',
      header: 'Direction of travel (as printed)',
      value: (v) => (isRecorded(v.row.direction) ? v.row.direction : null),
      cell: (v) => <DirectionOfTravel printed={v.row.direction} />,
    },
    plan.progress && {
      id: 'progress',
      header: 'Progress',
      value: (v) => (isRecorded(v.row.progress) ? v.row.progress : null),
      cell: (v) => progressCell(v.row.progress, info),
    },
    plan.rank && {
      id: 'rank',
      header: info.columns.rank,
      numeric: true,
      value: (v) => v.ranks[0]?.value ?? null,
      figure: (v) => v.ranks[0],
      cell: (v) =>
        v.ranks.length === 0 ? (
          <span className="scorecards-muted">No rank printed</span>
        ) : (
          v.ranks.map((f) => <FigureValue key={f.id} figure={f} context={`${name(v)}, nearest neighbour rank`} />)
        ),
    },
    (plan.related || plan.notes) && {
      id: 'more',
      header: plan.related ? 'Related figures and notes' : 'Notes on this row',
      sortable: false,
      value: (v) => v.related.length + v.notes.length,
      cell: (v) => <RowExtras view={v} context={name(v)} area={rowArea(v)} />,
    },
  ];
  return columns.filter((c): c is TableColumn<RowView> => c !== false);
}
