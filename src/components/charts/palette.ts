/**
 * Government Analysis Function categorical palette, in its recommended order,
 * then dash patterns and marker shapes, so that no series is told apart by
 * colour alone (WCAG 1.4.1). Every line also carries a direct label.
 */
export const COLOURS = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;
export const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;
export const MARKERS = ['circle', 'square', 'diamond', 'triangle', 'cross', 'star', 'wye'] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesStyle {
  colour: string;
  dash: string;
  marker: Marker;
}

export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: COLOURS[index % COLOURS.length] ?? '#12436D',
    dash: DASHES[Math.floor(index / COLOURS.length) % DASHES.length] ?? '',
    marker: MARKERS[index % MARKERS.length] ?? 'circle',
  };
}

/** One line of a chart: its data key, its name in the key, and its style. */
export interface ChartSeries {
  key: string;
  label: string;
  style: SeriesStyle;
  /** Drawn thin and light grey behind the others, for context: not in the key, not labelled. */
  context?: boolean;
}

/** The light grey of context lines: behind the chosen series, never mistaken for one of them. */
export const CONTEXT_GREY = '#c8cacc';

/**
 * Series styled by their place in the full list they belong to (every beat
 * of the partnership, every crime type of a chart), not among those shown,
 * so unticking one series never restyles the others. A key missing from
 * `all` takes the style after the last.
 */
export function styledSeries(all: readonly string[], shown: readonly { key: string; label: string }[]): ChartSeries[] {
  return shown.map((s) => {
    const at = all.indexOf(s.key);
    return { ...s, style: seriesStyle(at < 0 ? all.length : at) };
  });
}
