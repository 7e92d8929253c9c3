import { useCallback, useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import { NotPublishedList } from '../../components/figures/not-published-list';
import { usePartnership } from '../../components/partnership/partnership-context';
import { codeSpan, subareaCodes, subareasOf } from '../../data/partnership-areas';
import { capitalise, countWord } from '../../lib/words';
import type { BEAT_PARAMS } from './params';
import { BeatFilters } from './beat-filters';
import { BeatTrendChart } from './beat-trend-chart';
import { BeatPage } from './beat-page';
import { FindYourArea } from './find-your-area';
import { HeatTable } from './heat-table';
import { heatTable } from './heat-table-data';
import './beats.css';
import { BeatUnavailable } from './beat-unavailable';
import { beatMeasures, beatPeriodSeries, beatTrend, unavailableMeasures } from './selectors';

interface Props {
  beatCrime: DatasetFile<'beat-crime'>;
  cspCrime: DatasetFile<'csp-crime'>;
  places: DatasetFile<'places'>;
  state: ViewState<typeof BEAT_PARAMS>;
}

export function BeatsView({ beatCrime, cspCrime, places, state }: Props) {
  const { params } = state;
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const { crimeTypes } = partnership;
  const measures = useMemo(() => beatMeasures(beatCrime.figures, subareas, crimeTypes), [beatCrime, subareas, crimeTypes]);
  const measure = measures.includes(params.measure) ? params.measure : (measures[0] ?? params.measure);
  const seriesOptions = useMemo(
    () => beatPeriodSeries(beatCrime.figures, lookups.periods, measure, subareas),
    [beatCrime, lookups, measure, subareas],
  );
  const seriesFor = useCallback(
    (m: string) => beatPeriodSeries(beatCrime.figures, lookups.periods, m, subareas),
    [beatCrime, lookups, subareas],
  );
  const trend = useMemo(
    () =>
      beatTrend(
        beatCrime.figures,
        lookups.periods,
        { measure, seriesKey: params.series, beats: params.beats, from: params.from, to: params.to },
        subareas,
      ),
    [beatCrime, lookups, measure, params.series, params.beats, params.from, params.to, subareas],
  );

  const unavailable = useMemo(() => unavailableMeasures(crimeTypes, measures, beatCrime.notPublished), [crimeTypes, measures, beatCrime]);
  // A crime type published by beat for fewer periods than another, or with gaps, points to the chart of it printed only as an image.
  const longest = useMemo(() => Math.max(0, ...measures.map((m) => seriesFor(m)[0]?.periods.length ?? 0)), [measures, seriesFor]);
  const gaps = trend.points.some((p) => trend.beats.some((b) => p.values[b] === null));
  const short = (seriesOptions[0]?.periods.length ?? 0) < longest || gaps;
  const images = useMemo(() => (short ? beatCrime.notPublished.filter((n) => n.measure === measure) : []), [short, beatCrime, measure]);

  const heat = useMemo(() => heatTable(beatCrime.figures, lookups.periods, measures, subareas), [beatCrime, lookups, measures, subareas]);

  if (params.beat !== '') {
    return <BeatPage beat={params.beat} beatCrime={beatCrime} cspCrime={cspCrime} places={places} state={state} />;
  }

  const codes = subareaCodes(subareas);
  return (
    <>
      <h1>{capitalise(subareas.singular)} trends</h1>
      <p>
        {partnership.partnership.shortName} is divided into {countWord(codes.length)} {subareas.plural}, {codeSpan(codes)}. Choose a crime
        type, the {subareas.plural} to compare and a run of like-for-like periods; a year to date is never drawn on the same line as a full
        year.
      </p>
      <FindYourArea
        places={places}
        subareas={subareas}
        linkToBeat={(beat) => state.linkTo({ beat, crime: measure, period: '' })}
        openBeat={(beat) => state.setParams({ beat, crime: measure, period: '' })}
      />
      {heat ? (
        <section aria-labelledby="beats-at-a-glance">
          <h2 id="beats-at-a-glance">Every {subareas.singular} at a glance</h2>
          <HeatTable
            table={heat}
            subareas={subareas}
            measureName={(m) => measureLabel(lookups, m)}
            linkTo={(beat, crime, period) => state.linkTo({ beat, crime, period })}
          />
        </section>
      ) : null}
      <h2>Trends</h2>
      <BeatFilters
        measures={measures}
        measure={measure}
        seriesOptions={seriesOptions}
        seriesFor={seriesFor}
        trend={trend}
        state={state}
        beside={
          <BeatUnavailable
            id="beat-unavailable"
            measures={unavailable}
            images={images}
            measureName={measureLabel(lookups, measure)}
            singular={subareas.singular}
          />
        }
      />
      <BeatTrendChart trend={trend} measure={measure} measureName={measureLabel(lookups, measure)} state={state} />
      <h2>Each {subareas.singular}&rsquo;s page</h2>
      <ul className="link-grid">
        {subareas.areas.map((b) => (
          <li key={b.code}>
            <a href={state.linkTo({ beat: b.code, crime: measure, period: '' })}>{b.label}</a>
          </li>
        ))}
      </ul>
      <NotPublishedList items={beatCrime.notPublished} />
    </>
  );
}
