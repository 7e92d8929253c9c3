import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { SortState } from '../../lib/url-state';

function same(a: SortState | null, b: SortState | null): boolean {
  return a === b || (a !== null && b !== null && a.column === b.column && a.descending === b.descending);
}

interface Clicks {
  /** The caller's sort at the last render. */
  given: SortState | null;
  /** Sorts clicked that the caller has not yet answered, oldest first. */
  pending: readonly (SortState | null)[];
  /** The caller's props when the newest pending click was made, or its last answer (or re-read) was given. */
  clickedIn: object | null;
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
 *
 * A caller that silently discards a click (the address's sort parameter
 * rejects the column, so the same `null` comes back) must not leave it
 * showing for good. `props` is the table's props object, which React makes
 * anew only when the caller draws the table again (a render for the click
 * alone keeps it). A caller that draws the table after the click with the
 * very same sort has answered "no": the clicks are dropped. Not a timer or
 * the next frame: a caller that redraws in the background (a deferred,
 * memoised table) answers later than either, and the table would step back
 * to the old sort meanwhile; and its answer is always a fresh drawing of the
 * table, with the sort it holds. A caller that answers in the same render as
 * the click (the address, read synchronously) is answered there.
 */
export function useClickedSort(sort: SortState | null, props: object): [SortState | null, (clicked: SortState | null) => void] {
  const [clicks, setClicks] = useState<Clicks>({ given: sort, pending: [], clickedIn: null });
  // The props of the last committed render: those a click is made in.
  const committed = useRef(props);
  useLayoutEffect(() => {
    committed.current = props;
  });
  let now = clicks;
  if (clicks.given !== sort && same(clicks.given, sort)) {
    // The same sort read again (the address re-read for another change): no answer yet.
    now = { ...clicks, given: sort, clickedIn: props };
    setClicks(now);
  } else if (clicks.given !== sort) {
    const answered = clicks.pending.findIndex((p) => same(p, sort));
    const left = answered < 0 ? [] : clicks.pending.slice(answered + 1);
    now = { ...clicks, given: sort, clickedIn: props, pending: left.length > 0 && same(left[left.length - 1] ?? null, sort) ? [] : left };
    // React's pattern for adjusting state to a new prop during render.
    setClicks(now);
  } else if (clicks.pending.length > 0 && clicks.clickedIn !== props) {
    // Drawn again by the caller since the click, with the very sort it had: the caller will not take it.
    now = { ...clicks, pending: [], clickedIn: null };
    setClicks(now);
  }
  const click = useCallback(
    (clicked: SortState | null) =>
      setClicks((before) => ({ ...before, pending: [...before.pending, clicked], clickedIn: committed.current })),
    [],
  );
  const newest = now.pending.length > 0 ? now.pending[now.pending.length - 1] : undefined;
  return [newest === undefined ? sort : newest, click];
}
