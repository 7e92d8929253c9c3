import { useSyncExternalStore } from 'react';

/** The width under which the layout is a phone's: the same 40em as the stacked tables (data-table.css). */
export const NARROW_QUERY = '(max-width: 40em)';

function query(): MediaQueryList | null {
  // Not every environment that renders the app has matchMedia (jsdom has not): there, the layout is a wide screen's.
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

/**
 * True on a narrow screen. Prerendered HTML is a wide screen's; a phone
 * switches once the app has taken the page over.
 */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
