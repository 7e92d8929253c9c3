import { Marker } from './marker';
import type { ChartSeries } from './palette';

/** The key sits above the chart (Analysis Function guidance) and shows colour, dash and marker together. */
export function ChartKey({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="chart-key" aria-label="Key">
      {series.map(({ key, label, style }) => {
        return (
          <li key={key}>
            <svg width="36" height="14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="34" y2="7" stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash} />
              <Marker cx={18} cy={7} type={style.marker} size={40} fill={style.colour} />
            </svg>
            {label}
          </li>
        );
      })}
    </ul>
  );
}
