import { useRef } from 'react';
import type { SeriesStyle } from './palette';
import { useWidth } from './use-width';
import './svg-charts.css';

export interface BeforeAfterRow {
  key: string;
  label: string;
  before: number | null;
  after: number | null;
  /** e.g. "335 → 308, down 27 (−8.1%)", or why one value is missing. */
  words: string;
  style: SeriesStyle;
}

interface Props {
  rows: readonly BeforeAfterRow[];
  beforeLabel: string;
  afterLabel: string;
  /** How the scale's end value is written. */
  format?: (value: number) => string;
}

const NARROW = 560;

/**
 * Stateless dumbbell chart for two like-for-like values: a hollow dot for the
 * earlier, a filled dot for the later, joined by a line, and the change in
 * words beside it, so direction never rests on the drawing alone.
 */
export function BeforeAfterChart({ rows, beforeLabel, afterLabel, format = String }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  // Each row's name and change sit above its dumbbell, on one line where the width allows, on two where it does not.
  const narrow = width < NARROW;
  const rowHeight = narrow ? 66 : 48;
  const keyHeight = 28;
  const values = rows.flatMap((r) => [r.before, r.after]).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const left = 8;
  const span = Math.max(40, width - 24);
  const x = (v: number) => left + (v / max) * span;
  const axisTop = keyHeight + rows.length * rowHeight + 4;
  const height = axisTop + 24;
  const afterKeyX = 36 + beforeLabel.length * 7.5;
  return (
    <div ref={box} className="svg-chart">
      <svg className="chart-svg" width={width} height={height} aria-hidden="true" focusable="false" fontSize="14">
        <g className="before-after__key">
          <circle cx={8} cy={10} r={5} fill="#ffffff" stroke="#0b0c0c" strokeWidth={2} />
          <text x={18} y={15} fill="#0b0c0c">
            {beforeLabel}
          </text>
          <circle cx={afterKeyX} cy={10} r={5} fill="#0b0c0c" />
          <text x={afterKeyX + 10} y={15} fill="#0b0c0c">
            {afterLabel}
          </text>
        </g>
        {rows.map((r, i) => {
          const top = keyHeight + i * rowHeight;
          const mid = top + rowHeight - 14;
          const colour = r.style.colour;
          return (
            <g key={r.key} className="before-after__row" data-key={r.key}>
              <text x={0} y={top + 14} fill="#0b0c0c">
                <tspan fontWeight={700}>{r.label}</tspan>
                {narrow ? null : <tspan className="before-after__words">{`  ${r.words}`}</tspan>}
              </text>
              {narrow ? (
                <text className="before-after__words" x={0} y={top + 32} fill="#0b0c0c">
                  {r.words}
                </text>
              ) : null}
              {r.before !== null && r.after !== null ? (
                <line x1={x(r.before)} y1={mid} x2={x(r.after)} y2={mid} stroke={colour} strokeWidth={3} />
              ) : null}
              {r.before !== null ? <circle cx={x(r.before)} cy={mid} r={6} fill="#ffffff" stroke={colour} strokeWidth={2} /> : null}
              {r.after !== null ? <circle cx={x(r.after)} cy={mid} r={6} fill={colour} /> : null}
            </g>
          );
        })}
        {/* A scale from zero, so the length of a change can be judged as well as read. */}
        <g className="before-after__axis" fill="#505a5f" fontSize={12}>
          <line x1={left} y1={axisTop} x2={left + span} y2={axisTop} stroke="#b1b4b6" />
          <text x={left} y={axisTop + 16} textAnchor="start">
            0
          </text>
          <text x={left + span} y={axisTop + 16} textAnchor="end">
            {format(max)}
          </text>
        </g>
      </svg>
    </div>
  );
}
