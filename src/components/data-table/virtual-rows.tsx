/**
 * Long tables on screen draw only the rows near the viewport (TanStack
 * Virtual, scrolling with the page, so the table stays in the page's flow
 * and keeps its <table> semantics: the table states its row count and each
 * drawn row its index). Sorting and the CSV use every row; print draws
 * every row, since paper does not scroll.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { VirtualRowsProps } from './virtual-print';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

/** A row's height before it is measured: one line of text with padding. */
const ESTIMATE = 44;

/** Nothing to measure while every row is drawn. */
const noMeasure = () => undefined;

/** The drawn rows of a long table's body, between two spacer rows that hold the height of the rest; every row when `all`. */
export function VirtualRows({ count, columnCount, all, renderRow }: VirtualRowsProps) {
  const marker = useRef<HTMLTableRowElement>(null);
  const [margin, setMargin] = useState(0);
  // Where the body starts on the page, so the window's scroll position maps to rows.
  useLayoutEffect(() => {
    const body = marker.current?.parentElement;
    if (body) setMargin(body.getBoundingClientRect().top + window.scrollY);
  }, [count, all]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATE,
    overscan: 8,
    scrollMargin: margin,
    // A row not laid out (zero height) keeps its estimate rather than counting as nothing.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATE,
    // Drawing every row (print, a short table), it neither listens to the scroll nor measures.
    enabled: !all,
  });
  if (all) return Array.from({ length: count }, (_, i) => renderRow(i, noMeasure));
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const top = first ? first.start - margin : 0;
  const bottom = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return (
    <>
      <tr ref={marker} aria-hidden="true" className="virtual-spacer">
        <td colSpan={columnCount} style={{ height: top }} />
      </tr>
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      {bottom > 0 ? (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={columnCount} style={{ height: bottom }} />
        </tr>
      ) : null}
    </>
  );
}
