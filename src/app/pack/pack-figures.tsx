/**
 * The pack's figure sections, each built from the feature's own selectors and
 * components, shown as the view first opens (every parameter at its default),
 * without the view's filters and controls.
 */
import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import { NotPublishedList } from '../../components/figures/not-published-list';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareasOf } from '../../data/partnership-areas';
import { countWord } from '../../lib/words';
import { crimeScorecard } from '../../features/overview/selectors';
import { CrimeScorecardTable } from '../../features/overview/crime-scorecard-table';
import { Headlines } from '../../features/overview/headlines';
import { beatParams } from '../../features/beats/params';
import { beatMeasures, beatTrend } from '../../features/beats/selectors';
import { heatTable } from '../../features/beats/heat-table-data';
import { HeatTable } from '../../features/beats/heat-table';
import { BeatTrendChart } from '../../features/beats/beat-trend-chart';
import { FAMILY_PARAMS } from '../../features/family-group/params';
import { familyScopeOf, rankGrid } from '../../features/family-group/selectors';
import { RankChart } from '../../features/family-group/rank-chart';
import { FamilyMembers } from '../../features/family-group/family-members';
import { youthAsbParams } from '../../features/youth-asb/params';
import { asbLayout } from '../../features/youth-asb/sections';
import { labellerFor } from '../../features/youth-asb/labels';
import { asbSections, crimeTotalsForSections, hasContent } from '../../features/youth-asb/selectors';
import { AsbSection } from '../../features/youth-asb/asb-section';
import { packViewState } from './pack-state';
import { usePieces } from './pack-steps';

/** Marks a section whose pieces are not all drawn yet (pack-steps.ts). */
const PENDING = <div className="pack-pending" hidden />;

interface Linked {
  /** The snapshot as the link asked for it, so the pack's links keep its pin. */
  snapshot: string;
}

export function OverviewSection({
  cspCrime,
  familyGroup,
  asb,
  actions,
  snapshot,
}: Linked & {
  cspCrime: DatasetFile<'csp-crime'>;
  familyGroup: DatasetFile<'family-group'>;
  asb: DatasetFile<'asb'>;
  actions: DatasetFile<'actions'>;
}) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const card = useMemo(
    () =>
      crimeScorecard(cspCrime.figures, familyGroup.figures, lookups.periods, {
        crimeTypes: partnership.crimeTypes,
        area: partnership.partnership.area,
        familyUnit: partnership.familyGroup.unit,
      }),
    [cspCrime, familyGroup, lookups, partnership],
  );
  const family = packViewState(FAMILY_PARAMS, 'family-group', snapshot);
  return (
    <>
      <h3>The {countWord(partnership.crimeTypes.length)} monitored crime types</h3>
      {card ? (
        <CrimeScorecardTable card={card} familyGroupFor={(measure) => family.linkTo({ measure })} />
      ) : (
        <p>This snapshot publishes no {partnership.partnership.shortName} crime figures for the monitored crime types.</p>
      )}
      <Headlines
        asb={asb}
        actions={actions}
        youthAsbLink={packViewState({}, 'youth-asb', snapshot).linkTo({})}
        actionsLink={packViewState({}, 'actions', snapshot).linkTo({})}
      />
    </>
  );
}

export function BeatsSection({ beatCrime, snapshot }: Linked & { beatCrime: DatasetFile<'beat-crime'> }) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const spec = useMemo(() => beatParams(partnership), [partnership]);
  const state = useMemo(() => packViewState(spec, 'beats', snapshot), [spec, snapshot]);
  const measures = useMemo(() => beatMeasures(beatCrime.figures, subareas, partnership.crimeTypes), [beatCrime, subareas, partnership]);
  const heat = useMemo(() => heatTable(beatCrime.figures, lookups.periods, measures, subareas), [beatCrime, lookups, measures, subareas]);
  // One trend a crime type, over the periods the view opens with; a crime type published for one period only has no trend to draw.
  const trends = useMemo(
    () =>
      measures
        .map((measure) => ({
          measure,
          trend: beatTrend(beatCrime.figures, lookups.periods, { measure, seriesKey: '', beats: [], from: '', to: '' }, subareas),
        }))
        .filter((t) => t.trend.series !== null && t.trend.points.length > 1),
    [measures, beatCrime, lookups, subareas],
  );
  // The glance table first, then one trend chart a step.
  const shown = usePieces(trends.length, 0);
  return (
    <>
      {heat ? (
        <section aria-labelledby="pack-beats-glance">
          <h3 id="pack-beats-glance">Every {subareas.singular} at a glance</h3>
          <HeatTable
            table={heat}
            subareas={subareas}
            measureName={(m) => measureLabel(lookups, m)}
            linkTo={(beat, crime, period) => state.linkTo({ beat, crime, period })}
          />
        </section>
      ) : (
        <p>This snapshot publishes no crime figures by {subareas.singular}.</p>
      )}
      {trends.slice(0, shown).map(({ measure, trend }) => (
        <BeatTrendChart key={measure} trend={trend} measure={measure} measureName={measureLabel(lookups, measure)} state={state} />
      ))}
      {shown < trends.length ? PENDING : null}
      <NotPublishedList items={beatCrime.notPublished} />
    </>
  );
}

export function FamilySection({ familyGroup, snapshot }: Linked & { familyGroup: DatasetFile<'family-group'> }) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const scope = useMemo(() => familyScopeOf(partnership), [partnership]);
  const grid = useMemo(() => rankGrid(familyGroup.figures, lookups.periods, scope), [familyGroup, lookups, scope]);
  const state = useMemo(() => packViewState(FAMILY_PARAMS, 'family-group', snapshot), [snapshot]);
  const labelOf = (m: string) => measureLabel(lookups, m);
  if (familyGroup.figures.length === 0 && familyGroup.members.length === 0) {
    return <p>The documents in this snapshot publish no family group positions and no list of the family group&rsquo;s members.</p>;
  }
  return (
    <>
      {grid.measures.length > 0 ? (
        <RankChart grid={grid} labelOf={labelOf} state={state} />
      ) : (
        <p>No positions in the family group are published in this snapshot.</p>
      )}
      <FamilyMembers members={familyGroup.members} state={state} />
      <NotPublishedList items={familyGroup.notPublished} />
    </>
  );
}

export function YouthSection({
  asb,
  cspCrime,
  snapshot,
}: Linked & {
  asb: DatasetFile<'asb'>;
  cspCrime: DatasetFile<'csp-crime'>;
}) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const layout = useMemo(() => asbLayout(partnership), [partnership]);
  const labels = useMemo(() => labellerFor(lookups, layout.area), [lookups, layout]);
  const spec = useMemo(() => youthAsbParams(partnership), [partnership]);
  const state = useMemo(() => packViewState(spec, 'youth-asb', snapshot), [spec, snapshot]);
  const sections = useMemo(() => {
    const figures = [...asb.figures, ...crimeTotalsForSections(cspCrime.figures, asb.figures, layout)];
    return asbSections(figures, asb.notPublished, lookups.periods, { section: '', measure: '', period: '' }, layout).filter(hasContent);
  }, [asb, cspCrime, lookups, layout]);
  // One part (its charts and tables) a step.
  const shown = usePieces(sections.length, 1);
  if (sections.length === 0) return <p>This snapshot&rsquo;s documents publish no ASB figures and no ASB charts.</p>;
  return (
    <>
      {sections.slice(0, shown).map((s) => (
        <AsbSection key={s.info.id} section={s} labels={labels} layout={layout} state={state} />
      ))}
      {shown < sections.length ? PENDING : null}
    </>
  );
}
