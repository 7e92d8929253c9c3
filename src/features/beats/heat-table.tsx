import { memo, useMemo } from 'react';
import type { Subareas } from '../../data/partnership-areas';
import { subareaName } from '../../data/partnership-areas';
import { formatFigure } from '../../lib/figure-format';
import { SourceRef } from '../../components/endnotes/source-ref';
import { useDocumentMode } from '../../components/layout/document-mode';
import type { HeatTable as HeatTableData } from './heat-table-data';
import { useCurrentHrefs, useStepLinks } from './step-links';

interface Props {
  table: HeatTableData;
  subareas: Subareas;
  measureName: (measure: string) => string;
  /** The link to a sub-area's page for one crime type and period. */
  linkTo: (beat: string, measure: string, period: string) => string;
  /** The same with the filters now in force, where `linkTo` follows them a moment later (a background render). */
  linkNow?: (beat: string, measure: string, period: string) => string;
}

/** How strongly a cell is tinted: by the size of the published change, in three steps. */
function tint(change: number | null): string {
  if (change === null) return 'heat--none';
  const size = Math.abs(change) >= 50 ? 3 : Math.abs(change) >= 20 ? 2 : 1;
  return change > 0 ? `heat--up-${size}` : change < 0 ? `heat--down-${size}` : 'heat--none';
}

/** Rows rendered per step: at force scale the table holds 150 areas × 20 crime types of links. */
const ROWS_PER_STEP = 15;

/**
 * Every beat against every crime type for one period: the count and the
 * published change in words and signs, colour only a second cue; each cell
 * opens the beat's page at that crime type and period.
 */
export function HeatTable({ table, subareas, measureName, linkTo, linkNow = linkTo }: Props) {
  const steps = useMemo(() => {
    const out: string[][] = [];
    for (let i = 0; i < table.beats.length; i += ROWS_PER_STEP) out.push(table.beats.slice(i, i + ROWS_PER_STEP));
    return out;
  }, [table.beats]);
  const stepped = useStepLinks(linkTo, steps.length);
  // A document for paper (the meeting pack) has no later: every row is in it at once.
  const documentMode = useDocumentMode();
  // A step not yet re-linked after a filter change still carries the filters before it: a link is given the current ones as it is used.
  const current = useCurrentHrefs((a) => {
    const beat = a.dataset.beat;
    return beat === undefined ? null : linkNow(beat, a.dataset.crime ?? '', a.dataset.period ?? '');
  });
  return (
    <div className="table-scroll heat" role="region" aria-label={`Every ${subareas.singular} at a glance, table`} tabIndex={0} {...current}>
      <table className="heat-table">
        <caption>
          Crimes by {subareas.singular} and crime type, {table.period.label}: count, and change on the year before where published (▲ up, ▼
          down)
        </caption>
        <thead>
          <tr>
            <th scope="col">{subareas.singular.replace(/^./, (c) => c.toUpperCase())}</th>
            {table.measures.map((m) => (
              <th key={m} scope="col">
                {measureName(m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((beats, i) => {
            const links = documentMode ? linkTo : stepped[i];
            return links ? (
              <HeatRows key={beats[0]} beats={beats} table={table} subareas={subareas} measureName={measureName} linkTo={links} />
            ) : null;
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One step's rows: memoised, so the steps already drawn are not drawn again as the next arrives. */
const HeatRows = memo(function HeatRows({ beats, table, subareas, measureName, linkTo }: Props & { beats: readonly string[] }) {
  return beats.map((b) => (
    <tr key={b}>
      <th scope="row">
        <a href={linkTo(b, '', '')} data-beat={b}>
          {subareaName(subareas, b)}
        </a>
      </th>
      {table.measures.map((m) => {
        const cell = table.cells.get(`${b}|${m}`);
        const change = cell?.change ?? null;
        return (
          <td key={m} className={tint(change?.value ?? null)}>
            {cell?.count ? (
              <a href={linkTo(b, m, table.period.id)} data-beat={b} data-crime={m} data-period={table.period.id}>
                {formatFigure(cell.count)}
                <SourceRef sources={cell.count.printings.map((p) => p.source)} />
                {change ? (
                  <span className="heat__change">
                    {' '}
                    <span aria-hidden="true">{change.value > 0 ? '▲' : change.value < 0 ? '▼' : ''}</span>
                    {formatFigure(change)}
                  </span>
                ) : null}
                <span className="visually-hidden">
                  {' '}
                  {measureName(m)}, {subareaName(subareas, b)}
                </span>
              </a>
            ) : (
              <span className="heat__none">not published</span>
            )}
          </td>
        );
      })}
    </tr>
  ));
});
