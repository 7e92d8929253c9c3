/**
 * The only place that combines features: each route loads the datasets its
 * view needs and hands them over with the view's URL state. A file that fails
 * to load is reported where its view would be; other views keep working.
 */
import type { ReactNode } from 'react';
import type { Manifest } from '../data/schema';
import { ErrorSummary } from '../components/layout/error-summary';
import { ParamNotice } from '../components/layout/param-notice';
import type { LoadState } from './store';
import type { ViewId } from './params';
import { useDataset } from './use-dataset';
import { useViewState } from './use-view-state';
import { writeParams, type ParamProblem } from '../lib/url-state';
import { hrefFor } from './location';
import { APP_PARAMS } from './params';
import { OverviewView, type OverviewLinks } from '../features/overview/overview-view';
import { PublishedData } from '../features/published-data/published-data';
import { BeatsView } from '../features/beats/beats-view';
import { BEAT_PARAMS } from '../features/beats/params';
import { FamilyGroupView } from '../features/family-group/family-group-view';
import { FAMILY_PARAMS } from '../features/family-group/params';
import { YouthAsbView } from '../features/youth-asb/youth-asb-view';
import { YOUTH_ASB_PARAMS } from '../features/youth-asb/params';
import { ActionsView } from '../features/actions/actions-view';
import { ACTIONS_PARAMS } from '../features/actions/params';
import { ScorecardsView } from '../features/scorecards/scorecards-view';
import { SCORECARD_PARAMS } from '../features/scorecards/params';

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
        <ErrorSummary title="This view's data could not be loaded" errors={errors} />
      ) : !states.every((s) => s.status === 'ready') ? (
        <p role="status">Loading the published figures…</p>
      ) : (
        render(...(data as { [K in keyof T]: T[K] extends LoadState<infer D> ? D : never }))
      )}
    </>
  );
}

function OverviewRoute({ snapshotId, manifest }: RouteProps) {
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  const familyGroup = useDataset(snapshotId, 'family-group');
  const asb = useDataset(snapshotId, 'asb');
  const actions = useDataset(snapshotId, 'actions');
  const snapshot = snapshotId === manifest.defaultSnapshot ? '' : snapshotId;
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
  return whenReady([cspCrime, familyGroup, asb, actions] as const, (c, f, a, x) => (
    <OverviewView cspCrime={c} familyGroup={f} asb={a} actions={x} links={links} />
  ));
}

function BeatsRoute({ snapshotId }: RouteProps) {
  const state = useViewState(BEAT_PARAMS);
  const beatCrime = useDataset(snapshotId, 'beat-crime');
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  const places = useDataset(snapshotId, 'places');
  return whenReady([beatCrime, cspCrime, places] as const, (b, c, p) => <BeatsView beatCrime={b} cspCrime={c} places={p} state={state} />, state.problems);
}

function FamilyGroupRoute({ snapshotId }: RouteProps) {
  const state = useViewState(FAMILY_PARAMS);
  const familyGroup = useDataset(snapshotId, 'family-group');
  const cspCrime = useDataset(snapshotId, 'csp-crime');
  return whenReady([familyGroup, cspCrime] as const, (f, c) => <FamilyGroupView familyGroup={f} cspCrime={c} state={state} />, state.problems);
}

function YouthAsbRoute({ snapshotId }: RouteProps) {
  const state = useViewState(YOUTH_ASB_PARAMS);
  const asb = useDataset(snapshotId, 'asb');
  return whenReady([asb] as const, (a) => <YouthAsbView asb={a} state={state} />, state.problems);
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
    case 'overview':
      return <OverviewRoute manifest={manifest} snapshotId={snapshotId} />;
  }
}
