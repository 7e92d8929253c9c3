import { createContext, useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether every figure shows its source inline: the reader's "Show sources"
 * switch, or a page being printed (paper has no popovers).
 */
export const SourcesShownContext = createContext(false);

export function useSourcesShown(): boolean {
  return useContext(SourcesShownContext);
}

/** True while the page is printed, so each figure writes its source on paper. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Not every environment that renders the app has matchMedia (jsdom has not); beforeprint alone still works there.
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onChange = () => setPrinting(query?.matches ?? false);
    // Printing lays the page out straight after beforeprint, so the sources must be in the DOM before it returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(query?.matches ?? false);
    query?.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query?.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
