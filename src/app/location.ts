/**
 * The browser location as a React store: views read the query string through
 * `useSearch` and change it with `navigate`, so every state is a link, back
 * and forward work, and a reload restores the view.
 */
import { useSyncExternalStore } from 'react';

const CHANGE = 'csp:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function snapshot(): string {
  return window.location.search;
}

export function useSearch(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '');
}

/**
 * Goes to a new query string. Filters that change as you type use `replace`
 * so the back button steps over whole choices, not keystrokes.
 */
/** Commas are legal in a query string; leaving them unescaped keeps shared links readable. */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}

export function navigate(params: URLSearchParams, options: { replace?: boolean } = {}): void {
  const query = queryString(params);
  const url = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  // Embedded, every change replaces: pushing would add entries to the host page's back button.
  const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
  if (options.replace || embedded) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** An href for a query string on this page, for real links that open in new tabs. */
export function hrefFor(params: URLSearchParams): string {
  const query = queryString(params);
  return query === '' ? window.location.pathname : `?${query}`;
}
