/**
 * Geometry of a small inline trend: x proportional to time, and a line that
 * breaks where a period is missing, so a gap in the published series is never
 * drawn as if it were known.
 */
export interface SparkPoint {
  /** Time, e.g. the period's end as days since 1970. */
  x: number;
  y: number;
}

export interface SparkGeometry {
  /** One SVG path per unbroken run of points. */
  segments: string[];
  dots: { cx: number; cy: number }[];
}

/** Days since 1 January 1970 of an ISO date: a numeric time for axes. */
export function epochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/**
 * Points sorted by x, scaled into `width` × `height` inside `pad`. A step
 * more than `gapFactor` times the shortest step between points is a gap.
 */
export function sparkGeometry(points: readonly SparkPoint[], width: number, height: number, pad = 3, gapFactor = 1.5): SparkGeometry {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return { segments: [], dots: [] };
  const ys = sorted.map((p) => p.y);
  const yMin = Math.min(...ys);
  const yMax = Math.max(...ys);
  const xSpan = last.x - first.x || 1;
  const ySpan = yMax - yMin || 1;
  const sx = (x: number) => pad + ((x - first.x) / xSpan) * (width - 2 * pad);
  // Higher values sit higher; a flat series sits in the middle.
  const sy = (y: number) => (yMax === yMin ? height / 2 : height - pad - ((y - yMin) / ySpan) * (height - 2 * pad));
  const steps = sorted.slice(1).map((p, i) => p.x - (sorted[i]?.x ?? p.x));
  const shortest = Math.min(...steps.filter((s) => s > 0));
  const dots = sorted.map((p) => ({ cx: round(sx(p.x)), cy: round(sy(p.y)) }));
  const segments: string[] = [];
  let run: string[] = [];
  dots.forEach((d, i) => {
    const step = steps[i - 1];
    if (i > 0 && step !== undefined && step > gapFactor * shortest) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
    }
    run.push(`${run.length === 0 ? 'M' : 'L'}${d.cx.toString()} ${d.cy.toString()}`);
  });
  if (run.length > 1) segments.push(run.join(' '));
  return { segments, dots };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
