import { useCallback, useRef, useState } from 'react';

/**
 * Whether an element's content is wider than the element, kept up to date as
 * either resizes, so a table that scrolls sideways can say that it does.
 * False until the browser has laid it out (and on the server).
 */
export function useOverflows<T extends HTMLElement>(): [(node: T | null) => void, boolean] {
  const [overflows, setOverflows] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (node === null || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(node.scrollWidth > node.clientWidth + 1);
    const o = new ResizeObserver(check);
    o.observe(node);
    const inner = node.firstElementChild;
    if (inner) o.observe(inner);
    observer.current = o;
    // No check here: reading scrollWidth while React commits forces a layout of the whole page inside the
    // commit's task (a long page of tables: 0.4 s in one task). The observer reports the first size after
    // the browser's own layout, so the answer comes a frame later, in a task of its own.
  }, []);
  return [ref, overflows];
}
