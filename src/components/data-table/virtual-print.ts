/**
 * When a table virtualises (virtual-rows.tsx, which views with long tables pass in)
 * and when it must not: paper does not scroll, so print draws every row.
 */
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** Above this many rows a table that asks for it is virtualised: a few hundred rows render in a frame or two; thousands do not. */
export const VIRTUALISE_ABOVE = 200;

/** True while the page is being printed, so a virtualised table draws every row first. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the browser lays out the page for print as soon as the event returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export interface VirtualRowsProps {
  count: number;
  columnCount: number;
  /**
   * Draw every row: for print, or a table too short to virtualise. The row
   * drawer stays mounted either way (DataTable), so a drawer that builds up
   * its rows (What changed's SteppedRows) keeps them across print and a
   * filter crossing VIRTUALISE_ABOVE, rather than starting again.
   */
  all: boolean;
  /** Draws row `index` (in the sorted order), measured by the virtualiser through `measure` (a stable function). */
  renderRow: (index: number, measure: (node: Element | null) => void) => ReactNode;
}

export type VirtualRowsComponent = ComponentType<VirtualRowsProps>;
