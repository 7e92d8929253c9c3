import type { Marker as MarkerShape } from './palette';

/**
 * Each series' marker shape as an SVG path about 10 px across, centred on
 * 0,0: drawn by hand rather than with recharts' Symbols, so the key, the
 * direct labels and an exported chart share one drawing, and the key needs
 * no charting library (it also sits beside hand-drawn charts).
 */
export const MARKER_PATH: Record<MarkerShape, string> = {
  circle: 'M0,-4A4,4 0 1,1 0,4A4,4 0 1,1 0,-4Z',
  square: 'M-4,-4H4V4H-4Z',
  diamond: 'M0,-5L5,0L0,5L-5,0Z',
  triangle: 'M0,-5L5,4H-5Z',
  cross: 'M-2,-5H2V-2H5V2H2V5H-2V2H-5V-2H-2Z',
  star: 'M0,-5L1.5,-1.5L5,-1.5L2,1L3,5L0,2.5L-3,5L-2,1L-5,-1.5L-1.5,-1.5Z',
  wye: 'M-1,-5H1V-1L4,2L3,3L0,0L-3,3L-4,2L-1,-1Z',
};

/** The paths above cover about 50 px²; `size` is the area wanted, as recharts' Symbols took it. */
const PATH_AREA = 50;

interface Props {
  cx: number | undefined;
  cy: number | undefined;
  type: MarkerShape;
  size: number;
  fill: string;
  stroke?: string;
}

export function Marker({ cx, cy, type, size, fill, stroke }: Props) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const scale = Math.sqrt(size / PATH_AREA);
  return <path transform={`translate(${cx},${cy}) scale(${scale.toFixed(3)})`} d={MARKER_PATH[type]} fill={fill} stroke={stroke} />;
}
