import { createContext, useContext, useLayoutEffect, useSyncExternalStore, type RefObject } from 'react';
import type { Citation } from './citation';
import type { EndnoteStore } from './endnote-store';

export interface EndnotesValue {
  store: EndnoteStore;
  /** Whether figures show their endnote numbers (a printed page, the meeting pack) instead of their inline sources. */
  shown: boolean;
}

export const EndnotesContext = createContext<EndnotesValue | null>(null);

const NONE = () => null;
const NO_SUBSCRIPTION = () => () => undefined;

/**
 * Registers a figure's citation with the page's endnotes and returns its
 * number while numbers are shown (null otherwise, or outside any page).
 * Figures register on screen too, so the numbers are ready the moment the
 * page is printed.
 */
export function useEndnoteNumber(citation: Citation | null, element: RefObject<Element | null>): number | null {
  const context = useContext(EndnotesContext);
  const store = context?.store ?? null;
  const key = citation?.key ?? null;
  useLayoutEffect(() => {
    if (!store || !citation) return;
    return store.register(citation, element.current);
    // The citation is rebuilt each render; its key says whether it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key, element]);
  const numberOf = store && key !== null ? () => store.numberOf(key) : NONE;
  const number = useSyncExternalStore(store?.subscribe ?? NO_SUBSCRIPTION, numberOf, numberOf);
  return context?.shown ? number : null;
}
