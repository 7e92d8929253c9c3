import { useCallback, useMemo, useState } from 'react';
import { mergeParams, readParams, type ParamProblem, type ParamSpec, type ParamValues, type ViewState } from '../lib/url-state';
import { hrefFor, navigate, useSearch } from './location';

/**
 * Reads a spec's parameters from the URL and returns the view state for it.
 * `problems` holds both kinds: those found reading the URL, and those the
 * view reports once its data are in (a sort on a column built from the data).
 */
export function useViewState<S extends ParamSpec>(spec: S): ViewState<S> & { problems: ParamProblem[] } {
  const search = useSearch();
  const { values, problems } = useMemo(() => readParams(search, spec), [search, spec]);
  const [late, setLate] = useState<ReadonlyMap<string, ParamProblem>>(new Map());
  const setParams = useCallback(
    (patch: Partial<ParamValues<S>>, options?: { replace?: boolean }) => {
      // Keep parameters other specs own (the app's view and snapshot) as they are.
      navigate(mergeParams(window.location.search, { ...values, ...patch }, spec), options);
    },
    [values, spec],
  );
  const linkTo = useCallback(
    (patch: Partial<ParamValues<S>>) => hrefFor(mergeParams(search, { ...values, ...patch }, spec)),
    [search, values, spec],
  );
  const reportProblem = useCallback((key: string, problem: ParamProblem | null) => {
    setLate((before) => {
      if ((before.get(key)?.message ?? null) === (problem?.message ?? null)) return before;
      const after = new Map(before);
      if (problem) after.set(key, problem);
      else after.delete(key);
      return after;
    });
  }, []);
  const all = useMemo(() => [...problems, ...late.values()], [problems, late]);
  return { params: values, setParams, linkTo, reportProblem, problems: all };
}
