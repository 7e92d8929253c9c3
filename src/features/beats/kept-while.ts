import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * `value`, except while `hold` is set: then the value of the last render
 * without it (React's pattern for keeping what an earlier render showed).
 * The beat trends hold their drawing so while a crime type's figures load.
 */
export function useKeptWhile<T>(value: T, hold: boolean): T {
  const [kept, setKept] = useState(value);
  if (!hold && kept !== value) setKept(value);
  return hold ? kept : value;
}

/**
 * Focus never falls to the page when the held drawing turns inert (Back or
 * Forward can change the crime type while focus is in the trend table): it
 * moves to `to` (the loading status). Once the new drawing is in (`drawn`,
 * which at force scale comes a render after the data), it goes back where
 * it was if that element is still there, else to the drawing's first
 * heading (the new chart's title); unless the reader has moved it meanwhile.
 */
export function useFocusOutOfHeld(
  held: RefObject<HTMLElement | null>,
  to: RefObject<HTMLElement | null>,
  hold: boolean,
  drawn: boolean,
): void {
  const was = useRef<HTMLElement | null>(null);
  // In the commit that sets `inert`, before the browser moves focus off the element.
  useLayoutEffect(() => {
    const region = held.current;
    const status = to.current;
    if (!region || !status) return;
    const active = document.activeElement;
    if (hold) {
      if (!was.current && active instanceof HTMLElement && region.contains(active)) {
        was.current = active;
        status.focus();
      }
      return;
    }
    const back = was.current;
    if (!back || !drawn) return;
    was.current = null;
    if (active !== status && active !== document.body) return;
    const target = back.isConnected && region.contains(back) ? back : region.querySelector<HTMLElement>('h2, h3');
    if (!target) return;
    if (target !== back) target.tabIndex = -1;
    target.focus();
  }, [held, to, hold, drawn]);
}
