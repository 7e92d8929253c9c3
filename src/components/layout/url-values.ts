import { createContext, useContext } from 'react';

/**
 * Lets a shared component keep a small piece of its own state in the address
 * (a chart shown as its table), so a copied link and Back reproduce it. The
 * app provides it from the location; without a provider (a component test)
 * components keep the state themselves.
 */
export interface UrlValues {
  get: (key: string) => string | null;
  /** Null removes the key. */
  set: (key: string, value: string | null) => void;
}

export const UrlValuesContext = createContext<UrlValues | null>(null);

export function useUrlValues(): UrlValues | null {
  return useContext(UrlValuesContext);
}
