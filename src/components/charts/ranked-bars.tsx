import { useRef } from 'react';
import { useWidth } from './use-width';
import './svg-charts.css';

export interface RankedBar {
  key: string;
  label: string;
  value: number;
  /** The value as the reader sees it, written beside its bar. */
  valueText: string;
}

interface Props {
  /** Drawn in the order given: the container ranks them. */
  bars: readonly RankedBar[];
}

const NARROW = 480;
/** One colour for every bar: each carries its name, so colour has nothing to tell apart. */
const BAR = '#12436D';

/**
 * Stateless horizontal bars for one period's values: each bar carries its
 * name and value as text, so neither length nor colour is the only signal.
 * On a narrow screen the name sits above its bar.
 */
export function RankedBars({ bars }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const narrow = width < NARROW;
  const labelWidth = narrow ? 0 : Math.min(220, 12 + 8 * Math.max(0, ...bars.map((b) => b.label.length)));
  const valueWidth = 64;
  const rowHeight = narrow ? 44 : 30;
  const barHeight = 16;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = Math.max(40, width - labelWidth - valueWidth);
  const height = bars.length * rowHeight + 4;
  return (
    <div ref={box} className="svg-chart">
      <svg className="chart-svg" width={width} height={height} aria-hidden="true" focusable="false" fontSize="14">
        {bars.map((b, i) => {
          const top = i * rowHeight + (narrow ? 20 : 6);
          const length = Math.max(2, (b.value / max) * span);
          return (
            <g key={b.key} className="ranked-bar" data-key={b.key}>
              <text x={0} y={narrow ? top - 6 : top + barHeight - 3} fill="#0b0c0c">
                {b.label}
              </text>
              <rect x={labelWidth} y={top} width={length} height={barHeight} fill={BAR} />
              <text className="ranked-bar__value" x={labelWidth + length + 6} y={top + barHeight - 3} fill="#0b0c0c">
                {b.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
