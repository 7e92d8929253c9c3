/**
 * Long lists of links drawn a step at a time while the browser is idle (the
 * table of every area at a glance, the list of every area's page).
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';

/** Runs `fn` when the browser is next idle (soon after, where it cannot say); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 50);
  return () => clearTimeout(timer);
}

/**
 * The links each step of rows is drawn with, `undefined` for a step not
 * drawn yet: the first step at once, then, each time the browser is idle
 * (a transition, so a reader's input goes first), the next step that is
 * missing or drawn with older links. Every link carries the view's filters,
 * so each filter change re-links every one: at force scale (the glance
 * table's 3,000 cells) doing that, or the first drawing, in one go held the
 * page up for over a second and kept restarting the chart's own render. A
 * list of one step is drawn whole, its links following at once.
 */
export function useStepLinks<T>(links: T, steps: number): (T | undefined)[] {
  const [drawn, setDrawn] = useState<(T | undefined)[]>(() => [links]);
  const next = Array.from({ length: steps }, (_, i) => i).find((i) => drawn[i] !== links);
  useEffect(() => {
    if (next === undefined) return;
    return whenIdle(() =>
      startTransition(() => setDrawn((before) => Array.from({ length: steps }, (_, i) => (i === next ? links : before[i])))),
    );
  }, [next, links, steps]);
  // One step is the whole table: its links follow at once, as they always have.
  return steps <= 1 ? [links] : drawn;
}

/**
 * Event handlers for a list of stepped links that give a link the current
 * filters' address the moment it is pointed at, focused, pressed, clicked
 * or opened in a menu: until its step is re-linked, its rendered address
 * still carries the filters before the last change. One set of handlers on
 * the list, not one per link, so it costs nothing at 3,000 links.
 * `hrefOf` says a link's current address from its data attributes (null
 * for an element that is not one of the list's links).
 */
export function useCurrentHrefs(hrefOf: (link: HTMLAnchorElement) => string | null) {
  const latest = useRef(hrefOf);
  useLayoutEffect(() => {
    latest.current = hrefOf;
  });
  return useMemo(() => {
    const relink = (event: SyntheticEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const href = latest.current(link);
      if (href !== null && link.getAttribute('href') !== href) link.setAttribute('href', href);
    };
    return {
      onFocusCapture: relink,
      onMouseOverCapture: relink,
      onPointerDownCapture: relink,
      onClickCapture: relink,
      onContextMenuCapture: relink,
      // Dragging a link to the tab bar or another window follows it too.
      onDragStartCapture: relink,
    };
  }, []);
}
