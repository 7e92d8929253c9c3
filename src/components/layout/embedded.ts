import { createContext, useContext } from 'react';

/**
 * True inside an embedded view. An embed lives in someone else's page: it
 * must never move focus or scroll on its own, because in a page's iframe that
 * pulls the host page away from what its reader was doing.
 */
export const EmbeddedContext = createContext(false);

export function useEmbedded(): boolean {
  return useContext(EmbeddedContext);
}
