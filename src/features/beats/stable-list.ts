import { useMemo } from 'react';

/**
 * The same array for the same codes: a list read from the address is a new
 * array on every address change (a sort, a page of small multiples), and
 * every memo keyed on it (the trend, its period columns) would be rebuilt.
 * Keyed on the joined codes; area codes never hold a comma (params.ts).
 */
export function useStableList(list: readonly string[]): readonly string[] {
  const key = list.join(',');
  return useMemo(() => (key === '' ? [] : key.split(',')), [key]);
}
