import { useRef } from 'react';
import { useWidth } from '../../components/charts/use-width';
import { ordinal } from '../../lib/ordinal';
import '../../components/charts/svg-charts.css';

export interface RankPanelData {
  key: string;
  label: string;
  points: readonly { t: number; x: string; date: string; rank: number | null }[];
}

interface Props {
  panels: readonly RankPanelData[];
  size: number;
}

const INK = '#0b0c0c';
const LINE = '#12436D';
const PANEL_HEIGHT = 150;
const GAP = 20;

/**
 * Stateless small multiples: one panel per crime type, each with 1st at the
 * top and the dates spaced in proportion to the time between them (the same
 * scale in every panel), the latest position written beside its point. A
 * date without a position breaks the line.
 */
export function RankSmallMultiples({ panels, size }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const columns = width >= 900 ? 3 : width >= 560 ? 2 : 1;
  const panelWidth = (width - GAP * (columns - 1)) / columns;
  const rows = Math.ceil(panels.length / columns);
  const height = rows * (PANEL_HEIGHT + GAP);
  const times = panels.flatMap((p) => p.points.map((q) => q.t));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const plotLeft = 40;
  const plotRight = 44;
  const plotTop = 30;
  const plotBottom = 26;
  const plotWidth = panelWidth - plotLeft - plotRight;
  const plotHeight = PANEL_HEIGHT - plotTop - plotBottom;
  const x = (t: number) => plotLeft + (t1 > t0 ? ((t - t0) / (t1 - t0)) * plotWidth : plotWidth / 2);
  const y = (rank: number) => plotTop + ((rank - 1) / Math.max(1, size - 1)) * plotHeight;
  const first = panels[0]?.points[0];
  const last = panels[0]?.points[panels[0].points.length - 1];
  return (
    <div ref={box} className="svg-chart">
      <svg className="chart-svg rank-multiples" width={width} height={height} aria-hidden="true" focusable="false" fontSize="13">
        {panels.map((panel, i) => {
          const ox = (i % columns) * (panelWidth + GAP);
          const oy = Math.floor(i / columns) * (PANEL_HEIGHT + GAP);
          // Runs of consecutive published positions: a missing one breaks the line.
          const runs: { t: number; rank: number }[][] = [[]];
          for (const p of panel.points) {
            if (p.rank === null) runs.push([]);
            else runs[runs.length - 1]?.push({ t: p.t, rank: p.rank });
          }
          const published = panel.points.filter((p) => p.rank !== null);
          const end = published[published.length - 1];
          return (
            <g key={panel.key} className="rank-panel" data-key={panel.key} transform={`translate(${ox.toFixed(1)},${oy.toFixed(1)})`}>
              <text x={0} y={16} fontWeight={700} fill={INK}>
                {panel.label}
              </text>
              <g fill="#505a5f" fontSize={11}>
                <line x1={plotLeft} y1={y(1)} x2={plotLeft + plotWidth} y2={y(1)} stroke="#dcdedf" />
                <line x1={plotLeft} y1={y(size)} x2={plotLeft + plotWidth} y2={y(size)} stroke="#dcdedf" />
                <text x={plotLeft - 6} y={y(1) + 4} textAnchor="end">
                  1st
                </text>
                <text x={plotLeft - 6} y={y(size) + 4} textAnchor="end">
                  {ordinal(size)}
                </text>
                {first ? (
                  <text x={x(first.t)} y={PANEL_HEIGHT - 8} textAnchor="start">
                    {first.x}
                  </text>
                ) : null}
                {last && last !== first ? (
                  <text x={x(last.t)} y={PANEL_HEIGHT - 8} textAnchor="end">
                    {last.x}
                  </text>
                ) : null}
              </g>
              {runs
                .filter((r) => r.length > 1)
                .map((r) => (
                  <polyline
                    key={r[0]?.t}
                    points={r.map((p) => `${x(p.t).toFixed(1)},${y(p.rank).toFixed(1)}`).join(' ')}
                    fill="none"
                    stroke={LINE}
                    strokeWidth={2}
                  />
                ))}
              {published.map((p) => (
                <circle key={p.t} className="rank-panel__point" data-date={p.date} cx={x(p.t)} cy={y(p.rank ?? 1)} r={3.5} fill={LINE} />
              ))}
              {end && end.rank !== null ? (
                <text x={x(end.t) + 7} y={y(end.rank) + 4} fill={INK} fontWeight={700}>
                  {ordinal(end.rank)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
