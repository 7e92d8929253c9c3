import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import { NotPublishedList } from '../../components/figures/not-published-list';
import type { BEAT_PARAMS } from './params';
import { BeatFilters } from './beat-filters';
import { BeatTrendChart } from './beat-trend-chart';
import { BeatPage } from './beat-page';
import { beatMeasures, beatPeriodSeries, beatTrend, BEATS } from './selectors';

interface Props {
  beatCrime: DatasetFile<'beat-crime'>;
  cspCrime: DatasetFile<'csp-crime'>;
  places: DatasetFile<'places'>;
  state: ViewState<typeof BEAT_PARAMS>;
}

export function BeatsView({ beatCrime, cspCrime, places, state }: Props) {
  const { params } = state;
  const lookups = useFigureLookups();
  const measures = useMemo(() => beatMeasures(beatCrime.figures), [beatCrime]);
  const measure = measures.includes(params.measure) ? params.measure : (measures[0] ?? 'all-crime');
  const seriesOptions = useMemo(() => beatPeriodSeries(beatCrime.figures, lookups.periods, measure), [beatCrime, lookups, measure]);
  const trend = useMemo(
    () =>
      beatTrend(beatCrime.figures, lookups.periods, {
        measure,
        seriesKey: params.series,
        beats: params.beats,
        from: params.from,
        to: params.to,
      }),
    [beatCrime, lookups, measure, params.series, params.beats, params.from, params.to],
  );

  if (params.beat !== '') {
    return <BeatPage beat={params.beat} beatCrime={beatCrime} cspCrime={cspCrime} places={places} state={state} />;
  }

  return (
    <>
      <h1>Beat trends</h1>
      <p>
        Charnwood is policed as ten beats, 56 to 65. Choose a crime type, the beats to compare and a run of like-for-like periods; a year to
        date is never drawn on the same line as a full year.
      </p>
      <BeatFilters measures={measures} measure={measure} seriesOptions={seriesOptions} trend={trend} state={state} />
      <BeatTrendChart trend={trend} measure={measure} measureName={measureLabel(lookups, measure)} state={state} />
      <h2>Each beat&rsquo;s page</h2>
      <ul className="link-grid">
        {BEATS.map((b) => (
          <li key={b}>
            <a href={state.linkTo({ beat: b, crime: measure, period: '' })}>Beat {b}</a>
          </li>
        ))}
      </ul>
      <NotPublishedList items={beatCrime.notPublished} />
    </>
  );
}
