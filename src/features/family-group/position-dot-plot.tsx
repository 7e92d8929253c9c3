import { useRef } from 'react';
import { useWidth } from '../../components/charts/use-width';
import { ordinal } from '../../lib/ordinal';
import '../../components/charts/svg-charts.css';

export interface DotRow {
  key: string;
  label: string;
  latest: number | null;
  previous: number | null;
  /** The position and its movement in words, written beside the dots. */
  words: string;
  /** A second, quieter phrase: the arrow as printed. */
  note: string | null;
}

interface Props {
  rows: readonly DotRow[];
  size: number;
  latestLabel: string;
  previousLabel: string | null;
}

const INK = '#0b0c0c';
const DOT = '#12436D';
const NARROW = 640;

/**
 * Stateless dot plot of positions out of `size`: one row per crime type,
 * best first, 1st at the left of each track. A filled dot is the latest
 * position, a hollow one the position before, joined by a line; the words
 * beside each row say the same, so neither colour nor the drawing is needed.
 */
export function PositionDotPlot({ rows, size, latestLabel, previousLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const longestLabel = 12 + 7.5 * Math.max(0, ...rows.map((r) => r.label.length));
  const longestWords = 16 + 7.4 * Math.max(0, ...rows.map((r) => Math.max(r.words.length, r.note?.length ?? 0)));
  // Name, track and words on one line where a track of at least 280 px still fits beside them; stacked otherwise.
  const narrow = width < NARROW || Math.min(210, longestLabel) + longestWords + 280 > width;
  const labelWidth = narrow ? 0 : Math.min(210, longestLabel);
  const wordsWidth = narrow ? 0 : longestWords;
  const left = labelWidth + 10;
  const span = Math.max(60, width - labelWidth - wordsWidth - 30);
  const x = (rank: number) => left + ((rank - 1) / Math.max(1, size - 1)) * span;
  // Each row's words take two lines, the position then the printed arrow: above the track on a phone, beside it elsewhere.
  const rowHeight = narrow ? 76 : rows.some((r) => r.note) ? 40 : 30;
  const top = 48;
  const height = top + rows.length * rowHeight + 6;
  const ticks = [...new Set([1, ...Array.from({ length: Math.floor(size / 5) }, (_, i) => (i + 1) * 5), size])].filter((t) => t <= size);
  const previousKeyX = 40 + latestLabel.length * 7.5;
  return (
    <div ref={box} className="svg-chart">
      <svg className="chart-svg position-dots" width={width} height={height} aria-hidden="true" focusable="false" fontSize="14">
        <g className="position-dots__key">
          <circle cx={8} cy={10} r={5} fill={DOT} />
          <text x={18} y={15} fill={INK}>
            {latestLabel}
          </text>
          {previousLabel ? (
            <>
              <circle cx={previousKeyX} cy={10} r={5} fill="#ffffff" stroke={DOT} strokeWidth={2} />
              <text x={previousKeyX + 10} y={15} fill={INK}>
                {previousLabel}
              </text>
            </>
          ) : null}
        </g>
        <g className="position-dots__axis" fill="#505a5f" fontSize={12}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} y1={top - 6} x2={x(t)} y2={height - 4} stroke="#dcdedf" />
              <text x={x(t)} y={top - 10} textAnchor={t === 1 ? 'start' : t === size ? 'end' : 'middle'}>
                {t === 1 ? '1st (best)' : ordinal(t)}
              </text>
            </g>
          ))}
        </g>
        {rows.map((r, i) => {
          const rowTop = top + i * rowHeight;
          const mid = rowTop + rowHeight - 12;
          return (
            <g key={r.key} className="position-dot" data-key={r.key}>
              <text x={0} y={narrow ? rowTop + 16 : mid + 5} fill={INK} fontWeight={700}>
                {r.label}
              </text>
              {narrow ? (
                <>
                  <text className="position-dot__words" x={0} y={rowTop + 33} fill={INK}>
                    {r.words}
                  </text>
                  {r.note ? (
                    <text className="position-dot__note" x={0} y={rowTop + 49} fill="#505a5f" fontSize={13}>
                      {r.note}
                    </text>
                  ) : null}
                </>
              ) : (
                <>
                  <text className="position-dot__words" x={width - wordsWidth} y={r.note ? mid - 1 : mid + 5} fill={INK}>
                    {r.words}
                  </text>
                  {r.note ? (
                    <text className="position-dot__note" x={width - wordsWidth} y={mid + 14} fill="#505a5f" fontSize={12}>
                      {r.note}
                    </text>
                  ) : null}
                </>
              )}
              <line x1={x(1)} y1={mid} x2={x(size)} y2={mid} stroke="#b1b4b6" />
              {r.previous !== null && r.latest !== null ? (
                <line x1={x(r.previous)} y1={mid} x2={x(r.latest)} y2={mid} stroke={DOT} strokeWidth={3} />
              ) : null}
              {r.previous !== null ? (
                <circle className="position-dot__previous" cx={x(r.previous)} cy={mid} r={6} fill="#ffffff" stroke={DOT} strokeWidth={2} />
              ) : null}
              {r.latest !== null ? <circle className="position-dot__latest" cx={x(r.latest)} cy={mid} r={6} fill={DOT} /> : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
