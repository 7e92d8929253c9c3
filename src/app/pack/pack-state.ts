import { mergeParams, readParams, writeParams, type ParamSpec, type ViewState } from '../../lib/url-state';
import { hrefFor } from '../location';
import { APP_PARAMS, type ViewId } from '../params';

const ignore = () => undefined;

/**
 * A feature's view state inside the meeting pack: every parameter at its
 * default (the pack shows each view as it first opens), nothing the reader
 * can change, and links that lead to the feature's own view of the same
 * snapshot rather than back into the pack.
 */
export function packViewState<S extends ParamSpec>(spec: S, view: ViewId, snapshot: string): ViewState<S> {
  const { values } = readParams('', spec);
  const base = writeParams({ view, snapshot }, APP_PARAMS);
  return {
    params: values,
    setParams: ignore,
    linkTo: (patch) => hrefFor(mergeParams(base, { ...values, ...patch }, spec)),
    reportProblem: ignore,
  };
}
