import { useXAxisScale, useYAxisScale } from 'recharts';
import { Marker } from './marker';
import type { ChartSeries } from './palette';

interface Props {
  series: readonly ChartSeries[];
  rows: readonly Record<string, string | number | null>[];
  xKey: 't' | 'x';
  /** A marker on every `every`-th row, and on the last. */
  every: number;
}

/**
 * Markers on a dozen or so points of each line, for a long run (120
 * months): the shape still tells the lines apart without colour. Drawn as
 * one layer here rather than through recharts' `dot`, which would still
 * call back, and lay out, every one of the 1,440 points it leaves unmarked.
 */
export function ThinnedMarkers({ series, rows, xKey, every }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g className="thinned-markers">
      {series.flatMap((s) =>
        rows.flatMap((row, i) => {
          if (i % every !== 0 && i !== rows.length - 1) return [];
          const v = row[s.key];
          const at = row[xKey];
          if (typeof v !== 'number' || at === undefined || at === null) return [];
          const x = xScale(at);
          const y = yScale(v);
          if (typeof x !== 'number' || typeof y !== 'number') return [];
          return [
            <Marker key={`${s.key}-${i}`} cx={x} cy={y} type={s.style.marker} size={48} fill={s.style.colour} stroke={s.style.colour} />,
          ];
        }),
      )}
    </g>
  );
}
