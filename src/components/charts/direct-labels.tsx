import { Marker } from './marker';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartSeries } from './palette';
import { placeLabels } from '../../lib/label-placement';

const CHAR = 7;
const GAP = 16;
/** Below this plot width the labels would squeeze the lines: the key alone names them. */
const MIN_PLOT = 420;

/** The right margin the labels need at this chart width, or 0 where they should not be drawn. */
export function directLabelRoom(series: readonly ChartSeries[], width: number): number {
  if (series.length === 0) return 0;
  const room = 30 + CHAR * Math.max(...series.map((s) => s.label.length));
  return width - room - 64 >= MIN_PLOT ? room : 0;
}

interface Props {
  series: readonly ChartSeries[];
  rows: readonly Record<string, string | number | null>[];
  xKey: 't' | 'x';
}

/**
 * Each line's name beside its last published point, in the plot's right
 * margin: a marker of the line's shape and colour, then the name in dark
 * text (readable whatever the line's colour). A short leader joins a nudged
 * label to its point. Drawn inside the chart, so it is in exported images.
 */
export function DirectLabels({ series, rows, xKey }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const ends = series.flatMap((s) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      const v = row?.[s.key];
      const at = row?.[xKey];
      if (typeof v === 'number' && at !== undefined && at !== null) {
        const x = xScale(at);
        const y = yScale(v);
        if (typeof x === 'number' && typeof y === 'number') return [{ s, x, y }];
      }
    }
    return [];
  });
  const placed = placeLabels(
    ends.map((e) => ({ key: e.s.key, y: e.y })),
    GAP,
    area.y,
    area.y + area.height,
  );
  if (!placed) return null;
  const labelX = area.x + area.width + 8;
  return (
    <g className="direct-labels">
      {ends.map(({ s, x, y }) => {
        const ly = placed.get(s.key) ?? y;
        return (
          <g key={s.key} className="direct-label" data-key={s.key}>
            <line x1={x + 6} y1={y} x2={labelX + 2} y2={ly} stroke="#6f777b" strokeWidth={0.75} />
            <Marker cx={labelX + 8} cy={ly} type={s.style.marker} size={40} fill={s.style.colour} />
            <text x={labelX + 16} y={ly + 4} fontSize={12} fill="#0b0c0c">
              {s.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
