import { useRef } from 'react';
import { Marker } from './marker';
import { CartesianGrid, Line, LineChart as RechartsChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { CONTEXT_GREY, type ChartSeries } from './palette';
import { DirectLabels, directLabelRoom } from './direct-labels';
import { ThinnedMarkers } from './thinned-markers';
import { useWidth } from './use-width';
import { timeRows } from '../../lib/time-rows';

export interface ChartPoint {
  /** The x-axis category, e.g. a period label. */
  x: string;
  /** One value per series key; null where nothing was published. */
  values: Record<string, number | null>;
  /**
   * Where the point stands in time (e.g. its period's end, as days since
   * 1970). Given for every point, the axis is proportional to time and a
   * missing period breaks the line; otherwise points are evenly spaced.
   */
  t?: number;
}

export interface LineChartProps {
  series: readonly ChartSeries[];
  points: readonly ChartPoint[];
  yLabel: string;
  /** Ranks: 1 at the top. */
  reversed?: boolean;
  yDomain?: [number, number];
  formatValue?: (value: number) => string;
  /**
   * Break lines where a step in time is much longer than the shortest (a
   * missing period of a regular series). Off for dates printed at irregular
   * intervals, where no period is missing.
   */
  breakGaps?: boolean;
  /**
   * Name each line at its end where the names fit (nudged apart, never
   * overlapping); on a narrow screen, or where they cannot fit, the key alone names them.
   */
  directLabels?: boolean;
}

/**
 * More time ticks than this and only about a dozen are offered: recharts
 * measures each tick label's text in the page (a layout apiece) to choose
 * which fit, and 120 months' labels cost more than drawing the lines.
 */
const MAX_TICKS = 24;

function tickTimes(times: readonly number[]): number[] {
  if (times.length <= MAX_TICKS) return [...times];
  const step = Math.ceil(times.length / 12);
  return times.filter((_, i) => i % step === 0 || i === times.length - 1);
}

/**
 * Stateless line chart, drawn by recharts: layout, axes and marks only. Each series brings its
 * own colour, dash pattern and marker shape. Gaps stay gaps: an unpublished value
 * is never joined across.
 */
export function RechartsLineChart({
  series,
  points,
  yLabel,
  reversed = false,
  yDomain,
  formatValue,
  breakGaps = true,
  directLabels = false,
}: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const labelled = series.filter((s) => !s.context);
  const room = directLabels ? directLabelRoom(labelled, width) : 0;
  const times = points.flatMap((p) => (p.t === undefined ? [] : [{ t: p.t, x: p.x, values: p.values }]));
  const timed = times.length === points.length && times.length > 1;
  const labels = new Map(times.map((p) => [p.t, p.x]));
  const rows: Record<string, string | number | null>[] = timed
    ? (breakGaps
        ? timeRows(
            times,
            series.map((s) => s.key),
          )
        : times
      ).map((p) => ({ t: p.t, ...p.values }))
    : points.map((p) => ({ x: p.x, ...p.values }));
  // A long run of points (120 months) marks about a dozen of them (thinned-markers.tsx): 1,440 markers were most of the drawing.
  const markEvery = rows.length > MAX_TICKS ? Math.ceil(rows.length / 12) : 1;
  // Context lines first, so the chosen ones are drawn over them.
  const drawn = [...series.filter((s) => s.context), ...labelled];
  return (
    <div ref={box}>
      <ResponsiveContainer width="100%" height={340}>
        <RechartsChart data={rows} margin={{ top: 28, right: room > 0 ? room : 40, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#b1b4b6" strokeDasharray="2 4" vertical={false} />
          {timed ? (
            <XAxis
              dataKey="t"
              type="number"
              scale="linear"
              domain={['dataMin', 'dataMax']}
              ticks={tickTimes(times.map((p) => p.t))}
              tickFormatter={(t: number) => labels.get(t) ?? ''}
              tick={{ fontSize: 12 }}
              interval="preserveStartEnd"
              padding={{ left: 16, right: 16 }}
            />
          ) : (
            <XAxis dataKey="x" tick={{ fontSize: 12 }} interval="preserveStartEnd" padding={{ left: 16, right: 16 }} />
          )}
          <YAxis
            reversed={reversed}
            domain={yDomain ?? [0, 'auto']}
            allowDecimals={false}
            tick={{ fontSize: 12 }}
            tickFormatter={formatValue}
            label={{ value: yLabel, angle: 0, position: 'top', offset: 14, fontSize: 12 }}
            width={56}
          />
          <Tooltip
            formatter={(v) => (typeof v === 'number' && formatValue ? formatValue(v) : String(v))}
            labelFormatter={(l) => (timed && typeof l === 'number' ? (labels.get(l) ?? '') : String(l))}
          />
          {drawn.map((s) => {
            const { style } = s;
            if (s.context)
              return (
                <Line
                  key={s.key}
                  className="context-line"
                  dataKey={s.key}
                  name={s.label}
                  stroke={CONTEXT_GREY}
                  strokeWidth={1.5}
                  connectNulls={false}
                  isAnimationActive={false}
                  dot={false}
                  activeDot={false}
                  tooltipType="none"
                />
              );
            return (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={style.dash}
                connectNulls={false}
                isAnimationActive={false}
                dot={
                  markEvery > 1
                    ? false
                    : (props: DotItemDotProps) => (
                        <Marker
                          key={`${s.key}-${props.index}`}
                          cx={props.cx}
                          cy={props.cy}
                          type={style.marker}
                          size={48}
                          fill={style.colour}
                          stroke={style.colour}
                        />
                      )
                }
              />
            );
          })}
          {markEvery > 1 ? <ThinnedMarkers series={labelled} rows={rows} xKey={timed ? 't' : 'x'} every={markEvery} /> : null}
          {room > 0 ? <DirectLabels series={labelled} rows={rows} xKey={timed ? 't' : 'x'} /> : null}
        </RechartsChart>
      </ResponsiveContainer>
    </div>
  );
}
