/**
 * The rows of the long list of changes, drawn a step at a time while the
 * browser is idle, as DataTable's row drawer for long tables
 * (`virtualRows`): DataTable sorts every row, downloads every row and, for
 * print, draws every row itself; this only spreads the first drawing. All
 * 511 rows of the newest pair in one go were the page's longest task on a
 * phone (React's commit, then the browser's style and layout of every
 * row). Unlike a virtualised list, every row is in the page once the steps
 * are done (about a second), so find in page reaches every change;
 * meanwhile the table states its full row count and each drawn row its
 * index, as a virtualised table does.
 *
 * Only a phone's cards (data-table.css, under 40em) are laid out each on
 * its own. A wide screen's table is laid out as a whole, so each step would
 * lay out every row drawn before it again: there the rest of the rows
 * follow in one step.
 */
import { startTransition, useEffect, useState } from 'react';
import type { VirtualRowsProps } from '../../components/data-table/virtual-print';

/** Rows drawn at once: more than a phone's first screens show. */
export const FIRST_STEP = 20;
/** Rows added each time the browser is idle: a few milliseconds of work on a phone. */
export const STEP = 40;

/** Runs `fn` when the browser is next idle (soon after, where it cannot say); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 20);
  return () => clearTimeout(timer);
}

/** Nothing to measure: every row keeps its own height. */
const noMeasure = () => undefined;

/** Where rows are cards (data-table.css): under 40em, on screen. */
function narrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('screen and (max-width: 40em)').matches;
}

export function SteppedRows({ count, all, renderRow }: VirtualRowsProps) {
  const [drawn, setDrawn] = useState(FIRST_STEP);
  // Drawn whole (for print, or a list short enough), every row stays drawn when the steps resume (after
  // printing, or a filter that lengthens the list): a reader deep in the list keeps their place, focus and
  // find in page. React's pattern for adjusting state to a new prop during render.
  if (all && drawn < count) setDrawn(count);
  useEffect(() => {
    if (drawn >= count) return;
    // A transition, so a reader's input (a sort, a filter) goes first.
    return whenIdle(() => startTransition(() => setDrawn((d) => (narrow() ? d + STEP : count))));
  }, [drawn, count]);
  return Array.from({ length: Math.min(drawn, count) }, (_, i) => renderRow(i, noMeasure));
}
