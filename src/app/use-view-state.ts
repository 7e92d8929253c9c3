import { useCallback, useMemo } from 'react';
import { readParams, writeParams, type ParamProblem, type ParamSpec, type ParamValues, type ViewState } from '../lib/url-state';
import { hrefFor, navigate, useSearch } from './location';

/** Reads a spec's parameters from the URL and returns the view state for it. */
export function useViewState<S extends ParamSpec>(spec: S): ViewState<S> & { problems: ParamProblem[] } {
  const search = useSearch();
  const { values, problems } = useMemo(() => readParams(search, spec), [search, spec]);
  const setParams = useCallback(
    (patch: Partial<ParamValues<S>>, options?: { replace?: boolean }) => {
      // Keep parameters other specs own (the app's view and snapshot) as they are.
      const current = new URLSearchParams(window.location.search);
      const next = writeParams({ ...values, ...patch }, spec);
      for (const key of Object.keys(spec)) current.delete(key);
      for (const [k, v] of next) current.set(k, v);
      navigate(current, options);
    },
    [values, spec],
  );
  const linkTo = useCallback(
    (patch: Partial<ParamValues<S>>) => {
      const current = new URLSearchParams(search);
      const next = writeParams({ ...values, ...patch }, spec);
      for (const key of Object.keys(spec)) current.delete(key);
      for (const [k, v] of next) current.set(k, v);
      return hrefFor(current);
    },
    [search, values, spec],
  );
  return { params: values, setParams, linkTo, problems };
}
