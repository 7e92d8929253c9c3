/**
 * Long lists of links drawn a step at a time while the browser is idle (the
 * table of every area at a glance, the list of every area's page).
 */
import { startTransition, useEffect, useState } from 'react';

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
