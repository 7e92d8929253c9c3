import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
import { heatTable, type HeatTable as HeatTableData } from './heat-table-data';
import { ViewIntro } from '../../components/layout/view-intro';
import './beats.css';
import { BeatUnavailable } from './beat-unavailable';
import { beatMeasures, beatPeriodSeries, beatTrend, unavailableMeasures } from './selectors';
import { AreaControls } from './area-controls';
import { MANY_AREAS, drawnAreas, rankedAreas, restrictTrend, sortedBy } from './many-areas';
import { SmallMultiples } from './small-multiples';
import { useStableList } from './stable-list';
import { useFocusOutOfHeld, useKeptWhile } from './kept-while';
import { PageLinks } from './page-links';

interface Glance {
  heat: HeatTableData | null;
  linkTo: ViewState<typeof BEAT_PARAMS>['linkTo'];
  measure: string;
}

/** What the background renders of the glance table and page links start from at force scale: nothing yet. */
const NO_GLANCE: Glance = { heat: null, linkTo: () => '', measure: '' };

/** No areas asked for: every one (a constant, so memos keep). */
const EVERY_AREA: readonly string[] = [];

interface Props {
  beatCrime: DatasetFile<'beat-crime'>;
  cspCrime: DatasetFile<'csp-crime'>;
  places: DatasetFile<'places'>;
  state: ViewState<typeof BEAT_PARAMS>;
  /**
   * A crime type whose figures are still loading while `beatCrime` holds the last one's: only its newest period is
   * in, so drawn now it would be one period ranked as bars where many are published.
   */
  waitingFor?: string | null;
}

export function BeatsView({ beatCrime, cspCrime, places, state, waitingFor = null }: Props) {
  const { params } = state;
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const { crimeTypes } = partnership;
  const measures = useMemo(() => beatMeasures(beatCrime.figures, subareas, crimeTypes), [beatCrime, subareas, crimeTypes]);
  const measure = measures.includes(params.measure) ? params.measure : (measures[0] ?? params.measure);
  // Until the crime type's figures arrive, the chart and small multiples keep the last drawing, dimmed and marked busy.
  const waiting = waitingFor !== null && waitingFor === measure;
  const seriesOptions = useMemo(
    () => beatPeriodSeries(beatCrime.figures, lookups.periods, measure, subareas),
    [beatCrime, lookups, measure, subareas],
  );
  const seriesFor = useCallback(
    (m: string) => beatPeriodSeries(beatCrime.figures, lookups.periods, m, subareas),
    [beatCrime, lookups, subareas],
  );
  // Many areas: every area's trend is worked out, then only the lines chosen (top N or picked) are drawn.
  const many = subareas.areas.length > MANY_AREAS;
  const beatsPicked = useStableList(params.beats);
  const areasAsked = many ? EVERY_AREA : beatsPicked;
  const everyTrend = useMemo(
    () =>
      beatTrend(
        beatCrime.figures,
        lookups.periods,
        { measure, seriesKey: params.series, beats: areasAsked, from: params.from, to: params.to },
        subareas,
      ),
    [beatCrime, lookups, measure, params.series, areasAsked, params.from, params.to, subareas],
  );
  const ranked = useMemo(() => (many ? rankedAreas(everyTrend) : []), [many, everyTrend]);
  const trend = useMemo(
    () => (many ? restrictTrend(everyTrend, drawnAreas(ranked, params.lines, beatsPicked)) : everyTrend),
    [many, everyTrend, ranked, params.lines, beatsPicked],
  );

  const unavailable = useMemo(() => unavailableMeasures(crimeTypes, measures, beatCrime.notPublished), [crimeTypes, measures, beatCrime]);
  // A crime type published by beat for fewer periods than another, or with gaps, points to the chart of it printed only as an image.
  const longest = useMemo(() => Math.max(0, ...measures.map((m) => seriesFor(m)[0]?.periods.length ?? 0)), [measures, seriesFor]);
  const gaps = trend.points.some((p) => trend.beats.some((b) => p.values[b] === null));
  const short = !waiting && ((seriesOptions[0]?.periods.length ?? 0) < longest || gaps);
  const images = useMemo(() => (short ? beatCrime.notPublished.filter((n) => n.measure === measure) : []), [short, beatCrime, measure]);

  // The periods menus keep the last crime type's periods while the new one's load: only its newest period is in yet.
  const filterPeriodsNow = useMemo(() => ({ seriesOptions, trend }), [seriesOptions, trend]);
  const filterPeriods = useKeptWhile(filterPeriodsNow, waiting);

  const heat = useMemo(() => heatTable(beatCrime.figures, lookups.periods, measures, subareas), [beatCrime, lookups, measures, subareas]);

  // At force scale the table of every area at a glance and the list of their pages hold thousands of links: there they
  // render in the background after the chart, and follow a filter change a moment later instead of holding up its paint.
  // Their links lead to an area's page, where the trend table's sort means nothing: without it they stay as they are
  // when the table is sorted (the link function is kept until the address without the sort changes).
  const glanceBase = state.linkTo({ sort: null });
  const [glanceLinks, setGlanceLinks] = useState({ base: glanceBase, linkTo: state.linkTo });
  if (glanceLinks.base !== glanceBase) setGlanceLinks({ base: glanceBase, linkTo: state.linkTo });
  const glanceNow = useMemo(
    (): Glance => ({ heat, linkTo: (patch) => glanceLinks.linkTo({ ...patch, sort: null }), measure }),
    [heat, glanceLinks, measure],
  );
  const glanceLater = useDeferredValue(glanceNow, many ? NO_GLANCE : glanceNow);
  const glance = many ? glanceLater : glanceNow;
  // What a link is given as it is used, while the links drawn follow in the background (step-links.ts).
  const glanceLatest = useRef(glanceNow);
  useLayoutEffect(() => {
    glanceLatest.current = glanceNow;
  }, [glanceNow]);
  const glanceLinkNow = useCallback(
    (beat: string, crime: string, period: string) => glanceLatest.current.linkTo({ beat, crime, period }),
    [],
  );
  const pageLinkNow = useCallback(
    (beat: string) => glanceLatest.current.linkTo({ beat, crime: glanceLatest.current.measure, period: '' }),
    [],
  );
  // The same function every render, so the glance table's memoised rows keep while only their links change.
  const glanceMeasureName = useCallback((m: string) => measureLabel(lookups, m), [lookups]);
  const glanceSection = useMemo(
    () =>
      glance.heat ? (
        <section aria-labelledby="beats-at-a-glance">
          <h2 id="beats-at-a-glance">Every {subareas.singular} at a glance</h2>
          <HeatTable
            table={glance.heat}
            subareas={subareas}
            measureName={glanceMeasureName}
            linkTo={(beat, crime, period) => glance.linkTo({ beat, crime, period })}
            linkNow={glanceLinkNow}
          />
        </section>
      ) : null,
    [glance, subareas, glanceMeasureName, glanceLinkNow],
  );
  const pageLink = useMemo(
    () => (glance === NO_GLANCE ? null : (beat: string) => glance.linkTo({ beat, crime: glance.measure, period: '' })),
    [glance],
  );

  // The small multiples keep their drawing through a sort or a change of the lines drawn: the same areas in the same
  // order, links without the table's sort (like the glance table's), and a page change that always reads the newest address.
  const byChange = params.lines === 'top-change';
  const multiplesOrder = useMemo(() => (many ? sortedBy(ranked, byChange ? 'change' : 'latest') : []), [many, ranked, byChange]);
  const multipleLink = useCallback(
    (beat: string) => glanceLinks.linkTo({ beat, crime: measure, period: '', sort: null }),
    [glanceLinks, measure],
  );
  const setParamsNow = useRef(state.setParams);
  useEffect(() => {
    setParamsNow.current = state.setParams;
  }, [state.setParams]);
  const onPage = useCallback((page: number) => setParamsNow.current({ page: String(page) }), []);

  // Likewise the chart and its table of 120 periods at force scale: a page of small multiples or a picked area
  // paints at once, and the chart follows in the background (it is drawn from the same trend, so it never disagrees for long).
  const measureName = measureLabel(lookups, measure);
  const chartNow = useMemo(() => ({ trend, state, measure, measureName }), [trend, state, measure, measureName]);
  // Held before the deferral, so the background drawing never passes through the one-period trend either. The kept
  // drawing takes the current address (its sort and links must not undo the crime type just chosen).
  const chartKept = useKeptWhile(chartNow, waiting);
  const chartShown = useMemo(() => (waiting ? { ...chartKept, state } : chartNow), [waiting, chartKept, chartNow, state]);
  const chartLater = useDeferredValue(chartShown);
  const chartInputs = many ? chartLater : chartShown;
  const chart = useMemo(
    () => (
      <BeatTrendChart
        trend={chartInputs.trend}
        measure={chartInputs.measure}
        measureName={chartInputs.measureName}
        state={chartInputs.state}
      />
    ),
    [chartInputs],
  );
  const multiplesNow = useMemo(
    () => ({ trend: everyTrend, areas: multiplesOrder, measureName }),
    [everyTrend, multiplesOrder, measureName],
  );
  const multiples = useKeptWhile(multiplesNow, waiting);
  const drawingRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useFocusOutOfHeld(drawingRef, statusRef, waiting, chartInputs === chartShown);

  if (params.beat !== '') {
    return <BeatPage beat={params.beat} beatCrime={beatCrime} cspCrime={cspCrime} places={places} state={state} />;
  }

  const codes = subareaCodes(subareas);
  return (
    <>
      <h1>{capitalise(subareas.singular)} trends</h1>
      <ViewIntro>
        {partnership.partnership.shortName} is divided into {countWord(codes.length)} {subareas.plural}, {codeSpan(codes)}. Choose a crime
        type, the {subareas.plural} to compare and a run of like-for-like periods; a year to date is never drawn on the same line as a full
        year.
      </ViewIntro>
      <FindYourArea
        places={places}
        subareas={subareas}
        linkToBeat={(beat) => state.linkTo({ beat, crime: measure, period: '' })}
        openBeat={(beat) => state.setParams({ beat, crime: measure, period: '' })}
      />
      {glanceSection}
      <h2>Trends</h2>
      <BeatFilters
        measures={measures}
        measure={measure}
        seriesOptions={filterPeriods.seriesOptions}
        seriesFor={seriesFor}
        trend={filterPeriods.trend}
        state={state}
        areaControl={many ? <AreaControls subareas={subareas} state={state} /> : undefined}
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
      <p role="status" className="beats-waiting" ref={statusRef} tabIndex={-1}>
        {waiting ? `Loading ${measureName}… The chart below still shows ${chartInputs.measureName} until it arrives.` : ''}
      </p>
      <div
        ref={drawingRef}
        className={waiting ? 'beats-drawing beats-drawing--waiting' : 'beats-drawing'}
        aria-busy={waiting}
        inert={waiting}
      >
        {chart}
        {many ? (
          <SmallMultiples
            trend={multiples.trend}
            areas={multiples.areas}
            order={byChange ? 'Largest rise first' : 'Highest newest count first'}
            measureName={multiples.measureName}
            subareas={subareas}
            page={Number(params.page)}
            onPage={onPage}
            linkTo={multipleLink}
          />
        ) : null}
      </div>
      <h2>Each {subareas.singular}&rsquo;s page</h2>
      <PageLinks areas={subareas.areas} linkTo={pageLink} linkNow={pageLinkNow} />
      <NotPublishedList items={beatCrime.notPublished} />
    </>
  );
}
