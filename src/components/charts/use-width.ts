import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's width in CSS pixels, so a hand-drawn chart lays itself out
 * in real pixels (text stays its own size on a phone instead of shrinking
 * with a viewBox). Starts at `initial`, which the prerendered page uses too,
 * so hydration sees the same markup.
 */
export function useWidth(element: RefObject<HTMLElement | null>, initial = 640): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const w = Math.floor(target.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
