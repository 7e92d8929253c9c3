import { useEffect, useMemo } from 'react';
import { sortProblem, unknownTableProblem, type ParamProblem, type SortState } from '../../lib/url-state';
import { sortableColumnIds, type TableColumn } from './columns';

/**
 * The sort a table whose columns depend on the data can use: the URL's, if
 * it names one of the columns the table was built with; otherwise none, and
 * the unknown column is reported (under its URL key) into the page's notice
 * with the other parameters that could not be used.
 */
export function useCheckedSort<Row>(
  key: string,
  sort: SortState | null,
  columns: readonly TableColumn<Row>[],
  report: (key: string, problem: ParamProblem | null) => void,
): SortState | null {
  const problem = useMemo(() => sortProblem(key, sort, sortableColumnIds(columns)), [key, sort, columns]);
  // Strings, not the object, so a re-read of the same URL is no change.
  const value = problem?.value ?? null;
  const message = problem?.message ?? null;
  useEffect(() => {
    report(key, message === null || value === null ? null : { key, value, message });
    return () => report(key, null);
  }, [key, value, message, report]);
  return problem ? null : sort;
}

/**
 * Where tables come from the data (one per scorecard), reports every
 * `sort.<table>` key that names no table the page has, once the data say
 * which tables there are. `tables` must be a stable (memoised) list.
 */
export function useKnownTables(
  sorts: Readonly<Record<string, SortState | null>>,
  tables: readonly string[],
  report: (key: string, problem: ParamProblem | null) => void,
): void {
  const problems = useMemo(
    () =>
      Object.entries(sorts)
        .filter(([name]) => !tables.includes(name))
        .map(([name, sort]) => unknownTableProblem(`sort.${name}`, sort, tables)),
    [sorts, tables],
  );
  useEffect(() => {
    for (const p of problems) report(p.key, p);
    return () => {
      for (const p of problems) report(p.key, null);
    };
  }, [problems, report]);
}
