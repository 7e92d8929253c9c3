import { sparkGeometry, type SparkPoint } from '../../lib/sparkline';

interface Props {
  points: readonly SparkPoint[];
  /** The values in words: the image's text alternative. */
  label: string;
  width?: number;
  height?: number;
}

/**
 * A small trend drawn by hand in SVG, light enough for the first page (no
 * chart library): time-proportional, broken at gaps, the latest point larger.
 */
export function Sparkline({ points, label, width = 72, height = 20 }: Props) {
  const { segments, dots } = sparkGeometry(points, width, height);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width.toString()} ${height.toString()}`}
      role="img"
      aria-label={label}
    >
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
      ))}
      {dots.map((d, i) => (
        <circle
          key={`${d.cx.toString()}-${d.cy.toString()}`}
          cx={d.cx}
          cy={d.cy}
          r={i === dots.length - 1 ? 2.5 : 1.5}
          fill="currentColor"
        />
      ))}
    </svg>
  );
}
