import { createContext, useContext, useEffect, useRef, type RefObject } from 'react';

/**
 * True inside an embedded view. An embed lives in someone else's page: it
 * must never move focus or scroll on its own, because in a page's iframe that
 * pulls the host page away from what its reader was doing.
 */
export const EmbeddedContext = createContext(false);

export function useEmbedded(): boolean {
  return useContext(EmbeddedContext);
}

/**
 * A ref whose element takes focus when it appears, so keyboard and screen-reader users learn at once what
 * happened; never inside an embed, where focus would scroll the host page away from what its reader was doing.
 */
export function useFocusWhenShown<E extends HTMLElement>(): RefObject<E | null> {
  const ref = useRef<E>(null);
  const embedded = useEmbedded();
  useEffect(() => {
    if (!embedded) ref.current?.focus();
  }, [embedded]);
  return ref;
}
