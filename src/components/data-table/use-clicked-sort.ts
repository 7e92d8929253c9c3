import { useCallback, useState } from 'react';
import type { SortState } from '../../lib/url-state';

function same(a: SortState | null, b: SortState | null): boolean {
  return a === b || (a !== null && b !== null && a.column === b.column && a.descending === b.descending);
}

interface Clicks {
  /** The caller's sort at the last render. */
  given: SortState | null;
  /** Sorts clicked that the caller has not yet answered, oldest first. */
  pending: readonly (SortState | null)[];
}

/**
 * The sort a table shows: the newest click the caller has not answered yet,
 * else the caller's. A caller (often the URL, read by a whole view that may
 * redraw in the background) answers each click a moment later, and two
 * quick clicks can come back one at a time: a sort equal to a pending click
 * answers it and every click before it, so the table never steps back to
 * the first while the second is on its way. A sort that answers no click (a
 * link, the back button, or a caller that would not take the click) is
 * shown, and the clicks are dropped; the same sort given again is no
 * answer. A caller that will not take a click returns false from
 * onSortChange, so it is never shown. Equal clicks are ambiguous: once the
 * caller's sort is the newest click, nothing older is waited for, so a later
 * Back lands where it says.
 */
export function useClickedSort(sort: SortState | null): [SortState | null, (clicked: SortState | null) => void] {
  const [clicks, setClicks] = useState<Clicks>({ given: sort, pending: [] });
  let now = clicks;
  if (clicks.given !== sort && same(clicks.given, sort)) {
    // The same sort read again (the address re-read for another change): no answer yet.
    now = { given: sort, pending: clicks.pending };
    setClicks(now);
  } else if (clicks.given !== sort) {
    const answered = clicks.pending.findIndex((p) => same(p, sort));
    const left = answered < 0 ? [] : clicks.pending.slice(answered + 1);
    now = { given: sort, pending: left.length > 0 && same(left[left.length - 1] ?? null, sort) ? [] : left };
    // React's pattern for adjusting state to a new prop during render.
    setClicks(now);
  }
  const click = useCallback(
    (clicked: SortState | null) => setClicks((before) => ({ ...before, pending: [...before.pending, clicked] })),
    [],
  );
  const newest = now.pending.length > 0 ? now.pending[now.pending.length - 1] : undefined;
  return [newest === undefined ? sort : newest, click];
}
