import type { PeriodSeries } from '../../lib/period-series';
import type { ViewState } from '../../lib/url-state';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import type { BEAT_PARAMS } from './params';
import { BEATS, type BeatTrend } from './selectors';

interface Props {
  measures: string[];
  measure: string;
  seriesOptions: PeriodSeries[];
  trend: BeatTrend;
  state: ViewState<typeof BEAT_PARAMS>;
}

/** Native form controls only: every one works by keyboard and needs no dragging (WCAG 2.5.7). */
export function BeatFilters({ measures, measure, seriesOptions, trend, state }: Props) {
  const lookups = useFigureLookups();
  const { params, setParams } = state;
  const selected = params.beats.length > 0 ? params.beats : [...BEATS];
  const seriesPeriods = trend.series?.periods ?? [];
  const toggleBeat = (beat: string, on: boolean) => {
    const next = on ? [...new Set([...selected, beat])] : selected.filter((b) => b !== beat);
    // All ten is the default, written as no parameter at all.
    setParams({ beats: next.length === BEATS.length ? [] : BEATS.filter((b) => next.includes(b)) });
  };
  return (
    <form className="filters" aria-label="Filter the beat trends" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="beat-measure">Crime type</label>
        <select id="beat-measure" value={measure} onChange={(e) => setParams({ measure: e.target.value, series: '', from: '', to: '' })}>
          {measures.map((m) => (
            <option key={m} value={m}>
              {measureLabel(lookups, m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="beat-series">Periods</label>
        <select id="beat-series" value={trend.series?.key ?? ''} onChange={(e) => setParams({ series: e.target.value, from: '', to: '' })}>
          {seriesOptions.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label} ({s.periods.length} {s.periods.length === 1 ? 'period' : 'periods'})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="beat-from">From</label>
        <select id="beat-from" value={params.from || (seriesPeriods[0]?.id ?? '')} onChange={(e) => setParams({ from: e.target.value })}>
          {seriesPeriods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="beat-to">To</label>
        <select id="beat-to" value={params.to || (seriesPeriods[seriesPeriods.length - 1]?.id ?? '')} onChange={(e) => setParams({ to: e.target.value })}>
          {seriesPeriods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field checkboxes">
        <legend>Beats to compare</legend>
        {BEATS.map((b) => (
          <label key={b}>
            <input type="checkbox" checked={selected.includes(b)} onChange={(e) => toggleBeat(b, e.target.checked)} /> Beat {b}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
