import { memo, useId } from 'react';
import { Sparkline } from '../../components/charts/sparkline';
import { subareaName, type Subareas } from '../../data/partnership-areas';
import { formatNumber } from '../../lib/format';
import { pageOf, type RankedArea } from './many-areas';
import type { BeatTrend } from './selectors';

interface Props {
  trend: BeatTrend;
  /** Every area, in the order the multiples are shown. */
  areas: readonly RankedArea[];
  order: string;
  measureName: string;
  subareas: Subareas;
  page: number;
  onPage: (page: number) => void;
  linkTo: (beat: string) => string;
}

/**
 * Every area's trend as a small multiple, a page at a time: with 150 areas
 * one chart of 150 lines is unreadable, and 150 charts are slow to draw.
 * Each is a hand-drawn sparkline (no chart library) with its values in words.
 */
export const SmallMultiples = memo(function SmallMultiples({ trend, areas, order, measureName, subareas, page, onPage, linkTo }: Props) {
  const id = useId();
  const shown = pageOf(areas, page);
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  const nav = (
    <div className="small-multiples__nav">
      <button type="button" disabled={shown.page <= 1} aria-controls={id} onClick={() => onPage(shown.page - 1)}>
        Previous page
      </button>
      <button type="button" disabled={shown.page >= shown.pages} aria-controls={id} onClick={() => onPage(shown.page + 1)}>
        Next page
      </button>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="small-multiples">
      <h3 id={`${id}-title`}>
        Every {subareas.singular}, {measureName.toLowerCase()}
      </h3>
      <p>
        {order}. {first && last ? `From ${first.period.label} to ${last.period.label}.` : ''}
      </p>
      <p role="status">
        Showing {shown.from}–{shown.to} of {shown.total} {subareas.plural} (page {shown.page} of {shown.pages})
      </p>
      {nav}
      <ul id={id} className="small-multiples__grid">
        {shown.items.map((a) => {
          const name = subareaName(subareas, a.code);
          const points = trend.points.flatMap((p) => {
            const v = p.values[a.code];
            return v === null || v === undefined ? [] : [{ x: p.t, y: v }];
          });
          const words =
            a.latest === null
              ? `${name}: no count published in these periods`
              : `${name}: ${formatNumber(a.latest)} in ${last?.period.label ?? ''}${a.change === null ? '' : `, ${a.change >= 0 ? 'up' : 'down'} ${formatNumber(Math.abs(a.change))} over the periods shown`}`;
          return (
            <li key={a.code}>
              <a href={linkTo(a.code)}>{name}</a>
              <Sparkline points={points} label={words} width={160} height={40} />
              <span>{a.latest === null ? 'Not published' : formatNumber(a.latest)}</span>
            </li>
          );
        })}
      </ul>
      {nav}
    </section>
  );
});
