/**
 * How many of the pack's sections are drawn. Each is drawn in a step of its
 * own while the browser is idle, in order: on a screen as wide as the pack's
 * paper page, one after another until the pack is whole, ready to print; on
 * a narrower screen (a phone), only as the reader scrolls to the end of
 * what is drawn, so a reader of the first pages never waits on the other
 * sixty. Printing draws every section there and then, as does following a
 * link in the contents to a section not drawn yet.
 */
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from './when-idle';

/** True while printing draws the whole pack: a list of pieces drawn then draws every piece at once (`usePieces`). */
let printing = false;

/** A screen at least as wide as the pack's A4 page between its margins (pack.css). */
export const WIDE_SCREEN = '(min-width: 180mm)';

// Not every environment has matchMedia (jsdom has not): there the pack is drawn whole. Read only in effects, never in markup.
const canMatch = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

function useMatches(query: string): boolean {
  const [matches, setMatches] = useState(() => !canMatch() || window.matchMedia(query).matches);
  useEffect(() => {
    if (!canMatch()) return;
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/**
 * True while the element is on screen (always, where IntersectionObserver is
 * missing): the reader has come to the end of what is drawn. Not sooner: a
 * reader of the cover and contents alone draws nothing more, and each
 * section is inserted where the reader's eye is, moving nothing they read.
 */
function useNear(element: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return near;
}

export interface DrawnSections {
  /** How many sections, from the first, are drawn. */
  drawn: number;
  /** Draws every section up to and including `index` now (those that can be drawn). */
  drawThrough: (index: number) => void;
}

/**
 * The section the address names (`#pack-notes`), if any: a link from
 * elsewhere to a section of the pack. The hash is whatever was typed or
 * pasted: one that does not decode (`#%`) names no section, never an error.
 */
export function sectionInAddress(ids: readonly string[], hash: string = typeof location === 'undefined' ? '' : location.hash): number {
  try {
    return ids.indexOf(decodeURIComponent(hash.slice(1)));
  } catch {
    return -1;
  }
}

/** Pieces drawn a few at a time (`usePieces`), each drawn whole by printing, inside the same flush as the sections. */
const printListeners = new Set<() => void>();

/**
 * `ids` are the sections' element ids, in order; `drawable(i)` says whether
 * section i can be drawn yet (its code and files are here); `end` is an
 * element just after the last drawn section.
 */
export function useDrawnSections(
  ids: readonly string[],
  drawable: (i: number) => boolean,
  end: RefObject<HTMLElement | null>,
  onPrint?: () => void,
): DrawnSections {
  const count = ids.length;
  const [drawn, setDrawn] = useState(0);
  // A section the reader asked for (a link followed) before it could be drawn: drawn, and shown, as soon as it can be.
  const [wanted, setWanted] = useState(() => sectionInAddress(ids));
  const wide = useMatches(WIDE_SCREEN);
  const near = useNear(end);
  const through = useCallback(
    (index: number) => {
      let n = 0;
      while (n <= index && n < count && drawable(n)) n += 1;
      return n;
    },
    [count, drawable],
  );

  // Every section up to the one asked for is drawn as soon as it can be, without waiting for the reader to scroll or the browser to idle.
  const shown = Math.max(drawn, wanted >= 0 ? through(wanted) : 0);

  useEffect(() => {
    if (shown >= count || !drawable(shown) || !(wide || near)) return;
    // A transition, so React renders the section in slices and a reader's input goes first.
    return whenIdle(() => startTransition(() => setDrawn((d) => Math.max(d, shown + 1))));
  }, [shown, count, drawable, wide, near]);

  const scrolledTo = useRef(-1);
  useEffect(() => {
    const id = ids[wanted];
    if (id === undefined || shown <= wanted || scrolledTo.current === wanted) return;
    scrolledTo.current = wanted;
    // The browser found no such section when the link was followed: it is there now.
    if (location.hash === `#${id}`) document.getElementById(id)?.scrollIntoView();
  }, [shown, wanted, ids]);

  const drawThrough = useCallback(
    (index: number) => {
      const n = through(index);
      // Drawn before the browser follows the link (or lays the page out for paper), so what it looks for is there.
      flushSync(() => {
        setDrawn((d) => Math.max(d, n));
        if (n <= index) setWanted((w) => Math.max(w, index));
      });
    },
    [through],
  );
  const printed = useRef(onPrint);
  useEffect(() => {
    printed.current = onPrint;
  });
  useEffect(() => {
    // Printing lays the page out straight after beforeprint: every section that can be drawn is drawn before it returns,
    // and then `onPrint` sees what the paper will hold (one listener, so nothing is drawn after it looks).
    const before = () => {
      printing = true;
      try {
        flushSync(() => printListeners.forEach((draw) => draw()));
        drawThrough(count - 1);
      } finally {
        printing = false;
      }
      printed.current?.();
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [drawThrough, count]);
  return { drawn: shown, drawThrough };
}

/**
 * How many of a section's `count` pieces (its charts, one by one) are drawn:
 * `first` with the section, then one more each time the browser is idle, so
 * a section of many charts is not one long task; every one at once when the
 * page is printed. Until all are drawn the section holds a `.pack-pending`
 * marker, so the pack does not say it is ready before they are.
 */
export function usePieces(count: number, first: number): number {
  const [shown, setShown] = useState(() => (printing ? count : Math.min(count, first)));
  useEffect(() => {
    if (shown >= count) return;
    return whenIdle(() => startTransition(() => setShown((s) => Math.max(s, shown + 1))));
  }, [shown, count]);
  useEffect(() => {
    const draw = () => setShown(count);
    printListeners.add(draw);
    return () => void printListeners.delete(draw);
  }, [count]);
  return shown;
}
