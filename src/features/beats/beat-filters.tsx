import type { ReactNode } from 'react';
import type { PeriodSeries } from '../../lib/period-series';
import { SelectField } from '../../components/form/select-field';
import type { ViewState } from '../../lib/url-state';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareaCodes, subareasOf } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import type { BEAT_PARAMS } from './params';
import { periodsInRange, seriesKeptFor, sortKept, type BeatTrend } from './selectors';

interface Props {
  measures: string[];
  measure: string;
  seriesOptions: PeriodSeries[];
  /** The like-for-like series another crime type is published in, to keep the periods on screen when it is chosen. */
  seriesFor: (measure: string) => PeriodSeries[];
  trend: BeatTrend;
  state: ViewState<typeof BEAT_PARAMS>;
  /** Replaces the checkbox per area, where there are too many areas for checkboxes. */
  areaControl?: ReactNode;
  /** Shown beside the crime type and periods: what they cannot offer, and why. */
  beside?: ReactNode;
}

/** Native form controls only: every one works by keyboard and needs no dragging (WCAG 2.5.7). */
export function BeatFilters({ measures, measure, seriesOptions, seriesFor, trend, state, areaControl, beside }: Props) {
  const lookups = useFigureLookups();
  const subareas = subareasOf(usePartnership());
  const codes = subareaCodes(subareas);
  const { params, setParams } = state;
  const selected = params.beats.length > 0 ? params.beats : codes;
  const seriesPeriods = trend.series?.periods ?? [];
  const periodOptions = seriesPeriods.map((p) => ({ value: p.id, label: p.label }));
  // The trend table has a column per period: a new crime type or series brings new columns, a new range fewer.
  const sortInRange = (from: string, to: string) =>
    sortKept(
      params.sort,
      periodsInRange(seriesPeriods, lookups.periods, from, to).map((p) => p.id),
    );
  const toggleBeat = (beat: string, on: boolean) => {
    const next = on ? [...new Set([...selected, beat])] : selected.filter((b) => b !== beat);
    // All of them is the default, written as no parameter at all.
    setParams({ beats: next.length === codes.length ? [] : codes.filter((b) => next.includes(b)) });
  };
  return (
    <form className="filters" aria-label={`Filter the ${subareas.singular} trends`} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="beat-measure"
        label="Crime type"
        value={measure}
        options={measures.map((m) => ({ value: m, label: measureLabel(lookups, m) }))}
        onChange={(m) =>
          setParams({
            measure: m,
            series: seriesKeptFor(seriesFor(m), trend.series?.key ?? null),
            from: '',
            to: '',
            sort: sortKept(params.sort, []),
          })
        }
      />
      <SelectField
        id="beat-series"
        label="Periods"
        value={trend.series?.key ?? ''}
        options={seriesOptions.map((o) => ({
          value: o.key,
          label: `${o.label} (${o.periods.length} ${o.periods.length === 1 ? 'period' : 'periods'})`,
        }))}
        onChange={(series) => setParams({ series, from: '', to: '', sort: sortKept(params.sort, []) })}
      />
      <SelectField
        id="beat-from"
        label="From"
        value={params.from || (seriesPeriods[0]?.id ?? '')}
        options={periodOptions}
        onChange={(from) => setParams({ from, sort: sortInRange(from, params.to) })}
      />
      <SelectField
        id="beat-to"
        label="To"
        value={params.to || (seriesPeriods[seriesPeriods.length - 1]?.id ?? '')}
        options={periodOptions}
        onChange={(to) => setParams({ to, sort: sortInRange(params.from, to) })}
      />
      {beside}
      {areaControl ?? (
        <fieldset className="field checkboxes">
          <legend>{capitalise(subareas.plural)} to compare</legend>
          {subareas.areas.map((b) => (
            <label key={b.code}>
              <input type="checkbox" checked={selected.includes(b.code)} onChange={(e) => toggleBeat(b.code, e.target.checked)} /> {b.label}
            </label>
          ))}
        </fieldset>
      )}
    </form>
  );
}
