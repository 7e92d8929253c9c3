/**
 * The only place that combines features: each route loads the datasets its
 * view needs and hands them over with the view's URL state. A file that fails
 * to load is reported where its view would be; other views keep working.
 */
import { useMemo, type ReactNode } from 'react';
import { preloadable } from './preloadable';
import type { Manifest } from '../data/schema';
import { ErrorSummary } from '../components/layout/error-summary';
import { ParamNotice } from '../components/layout/param-notice';
import { usePartnership } from '../components/partnership/partnership-context';
import { retryFailedLoads, type LoadState } from './store';
import type { ViewId } from './params';
import { useDataset } from './use-dataset';
import { useMeasurePart } from './use-measure-part';
import { useViewState } from './use-view-state';
import { writeParams, type ParamProblem } from '../lib/url-state';
import { hrefFor } from './location';
import { APP_PARAMS, viewTitles } from './params';
import type { OverviewLinks } from '../features/overview/overview-view';
import { beatParams } from '../features/beats/params';
import { FAMILY_PARAMS } from '../features/family-group/params';
import { youthAsbParams } from '../features/youth-asb/params';
import { ACTIONS_PARAMS } from '../features/actions/params';
import { SCORECARD_PARAMS } from '../features/scorecards/params';
import { ChangesRoute, changesView } from './changes-route';
import { NewSinceContext } from '../features/overview/new-since-link';
import { useNewSince } from './use-new-since';
import { PackRoute, packView } from './pack/pack-route';

const LOADING = <p role="status">Loading the published figures…</p>;

// Each view is its own chunk, so the first page does not download the charting library it may not need.
const views = {
  overview: preloadable(() => import('../features/overview/overview-view').then((m) => m.OverviewView), LOADING),
  beats: preloadable(() => import('../features/beats/beats-view').then((m) => m.BeatsView), LOADING),
  'family-group': preloadable(() => import('../features/family-group/family-group-view').then((m) => m.FamilyGroupView), LOADING),
  'youth-asb': preloadable(() => import('../features/youth-asb/youth-asb-view').then((m) => m.YouthAsbView), LOADING),
  actions: preloadable(() => import('../features/actions/actions-view').then((m) => m.ActionsView), LOADING),
  scorecards: preloadable(() => import('../features/scorecards/scorecards-view').then((m) => m.ScorecardsView), LOADING),
  data: preloadable(() => import('../features/published-data/published-data').then((m) => m.PublishedData), LOADING),
  changes: changesView,
  pack: packView,
};

/**
 * The module of each view, as the build's manifest names it, so the
 * prerendered HTML can preload a page's view chunk and its styles. Keep in
 * step with `views`: the build fails if one is not a chunk.
 */
export const VIEW_MODULES = {
  overview: 'src/features/overview/overview-view.tsx',
  beats: 'src/features/beats/beats-view.tsx',
  'family-group': 'src/features/family-group/family-group-view.tsx',
  'youth-asb': 'src/features/youth-asb/youth-asb-view.tsx',
  actions: 'src/features/actions/actions-view.tsx',
  scorecards: 'src/features/scorecards/scorecards-view.tsx',
  data: 'src/features/published-data/published-data.tsx',
  changes: 'src/features/changes/changes-view.tsx',
  pack: 'src/app/pack/pack-view.tsx',
} satisfies Record<ViewId, string>;

/**
 * Views left to the browser on purpose: none today. What changed is
 * prerendered (the prerender loads the snapshot before the default one too)
 * only down to its counts: its list of every change follows in a deferred
 * render, since the list for the newest pair would be over half a megabyte
 * of HTML. The meeting pack is prerendered as its cover and contents only:
 * its sections are drawn in the browser once its files have loaded.
 */
export const NOT_PRERENDERED: readonly ViewId[] = [];

/** Starts fetching a view's code while its data loads, instead of after. */
export function preloadView(view: ViewId): Promise<void> {
  return views[view].preload();
}

const OverviewView = views.overview.View;
const BeatsView = views.beats.View;
const FamilyGroupView = views['family-group'].View;
const YouthAsbView = views['youth-asb'].View;
const ActionsView = views.actions.View;
const ScorecardsView = views.scorecards.View;
const PublishedData = views.data.View;

interface RouteProps {
  manifest: Manifest;
  snapshotId: string;
}

/** Renders `render` once every state is ready; otherwise the loading message or every error. */
function whenReady<T extends readonly LoadState<unknown>[]>(
  states: T,
  render: (...data: { [K in keyof T]: T[K] extends LoadState<infer D> ? D : never }) => ReactNode,
  problems: readonly ParamProblem[] = [],
): ReactNode {
  const errors = states.flatMap((s) => (s.status === 'error' ? s.errors : []));
  const data = states.map((s) => (s.status === 'ready' ? s.data : undefined));
  return (
    <>
      <ParamNotice problems={problems.map((p) => p.message)} />
      {errors.length > 0 ? (
        <ErrorSummary title="This view's data could not be loaded" errors={errors} onRetry={retryFailedLoads} />
      ) : !states.every((s) => s.status === 'ready') ? (
        LOADING
      ) : (
        render(...(data as { [K in keyof T]: T[K] extends LoadState<infer D> ? D : never }))
      )}
    </>
  );
}

function OverviewRoute({ snapshotId, manifest }: RouteProps) {
  const partnership = usePartnership();
  const titles = useMemo(() => viewTitles(partnership), [partnership]);
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  const familyGroup = useDataset(snapshotId, 'family-group');
  const asb = useDataset(snapshotId, 'asb');
  const actions = useDataset(snapshotId, 'actions');
  // The snapshot as the link asked for it: a link pinned to the newest snapshot stays pinned when a newer one is published.
  const snapshot = useViewState(APP_PARAMS).params.snapshot;
  const to = (view: (typeof APP_PARAMS)['view']['default'], extra: Record<string, string> = {}) => {
    const params = writeParams({ view, snapshot }, APP_PARAMS);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return hrefFor(params);
  };
  const links: OverviewLinks = {
    beats: to('beats'),
    familyGroup: to('family-group'),
    youthAsb: to('youth-asb'),
    actions: to('actions'),
    scorecards: to('scorecards'),
    data: to('data'),
    familyGroupFor: (measure) => to('family-group', { measure }),
  };
  const newSince = useNewSince(manifest, snapshotId, to('changes'));
  const view = whenReady([cspCrime, familyGroup, asb, actions] as const, (c, f, a, x) => (
    <OverviewView
      cspCrime={c}
      familyGroup={f}
      asb={a}
      actions={x}
      links={links}
      titles={{
        beats: titles.beats,
        familyGroup: titles['family-group'],
        youthAsb: titles['youth-asb'],
        actions: titles.actions,
        scorecards: titles.scorecards,
        data: titles.data,
      }}
    />
  ));
  return <NewSinceContext.Provider value={newSince}>{view}</NewSinceContext.Provider>;
}

function BeatsRoute({ snapshotId, manifest }: RouteProps) {
  const partnership = usePartnership();
  // Built from the profile, so a link to a beat the partnership does not have is reported as ignored.
  const spec = useMemo(() => beatParams(partnership), [partnership]);
  const state = useViewState(spec);
  // The trends draw one crime type: where the dataset is split, only its part loads. A beat's own page shows every
  // crime type of that beat: there only the beat's part loads.
  const { beat } = state.params;
  const measure = beat === '' ? state.params.measure : null;
  const area = useMemo(() => (beat === '' ? null : { type: partnership.subareas.type, code: beat }), [beat, partnership]);
  const { state: beatCrime, waitingFor } = useMeasurePart(manifest, snapshotId, 'beat-crime', measure, partnership.crimeTypes, area);
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  const places = useDataset(snapshotId, 'places');
  return whenReady(
    [beatCrime, cspCrime, places] as const,
    (b, c, p) => <BeatsView beatCrime={b} cspCrime={c} places={p} state={state} waitingFor={waitingFor} />,
    state.problems,
  );
}

function FamilyGroupRoute({ snapshotId }: RouteProps) {
  const state = useViewState(FAMILY_PARAMS);
  const familyGroup = useDataset(snapshotId, 'family-group');
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  return whenReady(
    [familyGroup, cspCrime] as const,
    (f, c) => <FamilyGroupView familyGroup={f} cspCrime={c} state={state} />,
    state.problems,
  );
}

function YouthAsbRoute({ snapshotId }: RouteProps) {
  const partnership = usePartnership();
  const spec = useMemo(() => youthAsbParams(partnership), [partnership]);
  const state = useViewState(spec);
  const asb = useDataset(snapshotId, 'asb');
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  return whenReady([asb, cspCrime] as const, (a, c) => <YouthAsbView asb={a} cspCrime={c} state={state} />, state.problems);
}

function ActionsRoute({ snapshotId }: RouteProps) {
  const state = useViewState(ACTIONS_PARAMS);
  const actions = useDataset(snapshotId, 'actions');
  return whenReady([actions] as const, (a) => <ActionsView actions={a} state={state} />, state.problems);
}

function ScorecardsRoute({ snapshotId }: RouteProps) {
  const state = useViewState(SCORECARD_PARAMS);
  const scorecards = useDataset(snapshotId, 'scorecards');
  return whenReady([scorecards] as const, (s) => <ScorecardsView scorecards={s} state={state} />, state.problems);
}

export function ViewRoute({ view, manifest, snapshotId }: RouteProps & { view: ViewId }) {
  switch (view) {
    case 'beats':
      return <BeatsRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'family-group':
      return <FamilyGroupRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'youth-asb':
      return <YouthAsbRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'actions':
      return <ActionsRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'scorecards':
      return <ScorecardsRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'data':
      return <PublishedData manifest={manifest} />;
    case 'changes':
      return <ChangesRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'overview':
      return <OverviewRoute manifest={manifest} snapshotId={snapshotId} />;
    case 'pack':
      return <PackRoute manifest={manifest} snapshotId={snapshotId} />;
  }
}
