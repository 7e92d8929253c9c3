/**
 * Direct labels at the ends of lines: each wants to sit level with its
 * line's last point; where two would overlap they are nudged apart
 * vertically, and where they cannot all fit between `top` and `bottom` none
 * is placed (the chart's key carries the names instead).
 */
export interface LabelWant {
  key: string;
  y: number;
}

export function placeLabels(wants: readonly LabelWant[], gap: number, top: number, bottom: number): Map<string, number> | null {
  if (wants.length * gap > bottom - top + gap) return null;
  const sorted = [...wants].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
  const ys = sorted.map((w) => Math.min(Math.max(w.y, top), bottom));
  // Down from the top: each at least `gap` below the one above.
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i] ?? 0, (ys[i - 1] ?? 0) + gap);
  // Up from the bottom: any pushed past the bottom pushes the ones above it up.
  const last = ys.length - 1;
  if (last >= 0) ys[last] = Math.min(ys[last] ?? 0, bottom);
  for (let i = last - 1; i >= 0; i--) ys[i] = Math.min(ys[i] ?? 0, (ys[i + 1] ?? 0) - gap);
  if ((ys[0] ?? top) < top - 0.5) return null;
  return new Map(sorted.map((w, i) => [w.key, ys[i] ?? w.y]));
}
