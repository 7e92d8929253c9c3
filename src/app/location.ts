/**
 * The browser location as a React store: views read the query string through
 * `useSearch` and change it with `navigate`, so every state is a link, back
 * and forward work, and a reload restores the view.
 *
 * The query string is the whole state. Some states are also prerendered to
 * static HTML files beside index.html (see src/prerender): links and history
 * entries for such a state name its file, so it paints before any script
 * runs; every other state is `./?query`. Any file shows any state correctly.
 */
import { useSyncExternalStore } from 'react';
import { parsePrerenderedPages, PRERENDERED_PAGES_META } from './prerendered-pages';
import { isEmbedded } from './params';

/** Fired on the window after `navigate` changes the address (popstate covers Back and Forward). */
export const NAVIGATE_EVENT = 'csp:navigate';
const CHANGE = NAVIGATE_EVENT;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * What the prerender renders, and what hydration must render first to match
 * it: the prerendered state's query string, and no knowledge of the address
 * the app is hosted at (unknown when the HTML was written).
 */
const server = { search: '' };

/** Query string (without `?`) → file of its prerendered page, read from the page this app was loaded in. */
let pages: ReadonlyMap<string, string> =
  typeof document === 'undefined'
    ? new Map()
    : parsePrerenderedPages(document.querySelector(`meta[name="${PRERENDERED_PAGES_META}"]`)?.getAttribute('content') ?? '');

/**
 * Called by the prerender for each page it writes (with the pages it writes),
 * and by main.tsx before hydrating, so the first render on each side is the same.
 */
export function setServerLocation(search: string, prerendered?: ReadonlyMap<string, string>): void {
  server.search = search;
  if (prerendered) pages = prerendered;
}

function snapshot(): string {
  return window.location.search;
}

export function useSearch(): string {
  return useSyncExternalStore(subscribe, snapshot, () => server.search);
}

function address(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * The page's absolute address without its query, for links that leave the
 * site (copied links, embed snippets). Empty in prerendered HTML, which
 * cannot know where it will be hosted; filled in once the page is live.
 */
export function usePageAddress(): string {
  return useSyncExternalStore(subscribe, address, () => '');
}

/** Commas are legal in a query string; leaving them unescaped keeps shared links readable. */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}

/** A state's address relative to the app's folder: its prerendered file if it has one, else the folder itself. */
function relativeAddress(params: URLSearchParams): string {
  const query = queryString(params);
  const file = pages.get(query) ?? './';
  return query === '' ? file : `${file}?${query}`;
}

/**
 * Goes to a new query string. Filters that change as you type use `replace`
 * so the back button steps over whole choices, not keystrokes.
 */
export function navigate(params: URLSearchParams, options: { replace?: boolean } = {}): void {
  const next = new URL(relativeAddress(params), window.location.href);
  const url = `${next.pathname}${next.search}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  // Embedded, every change replaces: pushing would add entries to the host page's back button.
  const embedded = isEmbedded(window.location.search);
  // Replacing keeps the entry's state (its scroll key, see scroll-restoration.ts): it is still the same visit.
  if (options.replace || embedded) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/**
 * An href for a state of this app, for real links that open in new tabs.
 * Relative, so it works from any sub-path. Never embedded: a link opened in a
 * new tab from an embed is the full dashboard; a plain click inside an embed
 * is taken over by `followInEmbed`, which keeps the embed.
 */
export function hrefFor(params: URLSearchParams): string {
  const full = new URLSearchParams(params);
  full.delete('embed');
  // A link leaves the one chart or table an embed may show: it goes to the whole of its view.
  full.delete('part');
  return relativeAddress(full);
}

/**
 * Follows a click on a link of this app inside an embedded view, in place:
 * the embed stays an embed (and on its snapshot), and the history entry is
 * replaced, never pushed, so the host page's Back button stays the host's.
 * Returns false for links it leaves to the browser: another origin, another
 * page than the app's, a new tab, a download.
 */
export function followInEmbed(link: HTMLAnchorElement): boolean {
  if (link.hasAttribute('download') || (link.target !== '' && link.target !== '_self')) return false;
  const url = new URL(link.href, window.location.href);
  const here = new URL(window.location.href);
  if (url.origin !== here.origin) return false;
  const folder = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  if (folder(url.pathname) !== folder(here.pathname)) return false;
  if (url.pathname === here.pathname && url.search === here.search && url.hash !== '') {
    // A link within the page: the reader asked to go to the section, so it scrolls there, without a history entry.
    document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
    return true;
  }
  // The link's own snapshot is kept as it is: every link of the app carries the one it was built on.
  const params = new URLSearchParams(url.search);
  params.set('embed', '1');
  navigate(params, { replace: true });
  return true;
}
