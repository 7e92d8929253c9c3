/**
 * Proves that a table's every sortable column survives the URL: written, the
 * sort reads back as the same SortState, and read from its written form, it
 * writes the same text back. The columns come from the table's own
 * definitions, so a new column is covered without touching the tests.
 */
import { expect } from 'vitest';
import { sortableColumnIds, type TableColumn } from '../../src/components/data-table/columns';
import { readParams, sortProblem, writeParams, writeSort, type ParamSpec, type SortState } from '../../src/lib/url-state';

type Flags = Pick<TableColumn<unknown>, 'id' | 'sortable' | 'hidden'>;

/** Where a table's sort lives: a plain key (`sort`, `sort.figures`) or one table of a family (`sort.<table>`). */
export type SortKey = { param: string } | { family: string; table: string };

function urlKey(spec: ParamSpec, at: SortKey): string {
  if ('param' in at) return at.param;
  const family = spec[at.family];
  if (!family || !('prefix' in family)) throw new Error(`${at.family} is not a family of keys in the spec`);
  return `${family.prefix}.${at.table}`;
}

function valuesFor(at: SortKey, sort: SortState): Record<string, unknown> {
  return 'param' in at ? { [at.param]: sort } : { [at.family]: { [at.table]: sort } };
}

function readBack(spec: ParamSpec, at: SortKey, search: string | URLSearchParams): unknown {
  const { values, problems } = readParams(search, spec);
  expect(problems).toEqual([]);
  return 'param' in at ? values[at.param] : (values[at.family] as Record<string, unknown>)[at.table];
}

/** Every sortable column, ascending and descending. */
export function everySort(columns: readonly Flags[]): SortState[] {
  return sortableColumnIds(columns).flatMap((column) => [
    { column, descending: false },
    { column, descending: true },
  ]);
}

export function expectEverySortRoundTrips(spec: ParamSpec, at: SortKey, columns: readonly Flags[]): void {
  const key = urlKey(spec, at);
  const sorts = everySort(columns);
  expect(sorts.length, 'the table has sortable columns').toBeGreaterThan(0);
  for (const sort of sorts) {
    // State → URL → state.
    const written = writeParams(valuesFor(at, sort), spec);
    expect(written.toString()).toBe(`${key}=${writeSort(sort)}`);
    expect(readBack(spec, at, written)).toEqual(sort);
    // URL → state → URL.
    const text = `${key}=${writeSort(sort)}`;
    const read = readBack(spec, at, text);
    expect(read).toEqual(sort);
    expect(writeParams(valuesFor(at, sort), spec).toString()).toBe(text);
    // And the table, once built, takes it: a column checked late is one of the columns.
    expect(sortProblem(key, sort, sortableColumnIds(columns))).toBeNull();
  }
}
