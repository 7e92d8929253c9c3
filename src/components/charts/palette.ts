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
