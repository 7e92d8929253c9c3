/**
 * Back (or Forward) to a page of the dashboard puts the reader where they
 * were on it. Browsers restore the scroll position themselves, but only
 * while the page is as tall as it was; a page of the dashboard loads its data
 * and draws its tables after the browser has tried, so the browser lands
 * short (measured: 167 px instead of 2,034 on the beats view). Each history
 * entry gets a key; leaving the page stores its position under that key for
 * the tab's session; coming back scrolls there again as the content grows,
 * until it is reached or the reader scrolls or types.
 *
 * An embedded view never scrolls on its own: the host page owns scrolling.
 */

import { NAVIGATE_EVENT } from './location';

const KEY_FIELD = 'cspScrollKey';
const STORAGE_PREFIX = 'csp:scroll:';
/** How long a return keeps following content that is still arriving. */
const FOLLOW_MS = 5000;
const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** This history entry's key, given it one if it has none (entries pushed by `navigate` start without). */
function entryKey(): string {
  const state: unknown = window.history.state;
  const existing = isRecord(state) ? state[KEY_FIELD] : undefined;
  if (typeof existing === 'string') return existing;
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  window.history.replaceState({ ...(isRecord(state) ? state : {}), [KEY_FIELD]: key }, '');
  return key;
}

// Storage can be switched off or full, or refused to a sandboxed frame: without it, the browser's own restoring stands.
function readSaved(key: string): number | null {
  try {
    const text = window.sessionStorage.getItem(STORAGE_PREFIX + key);
    const y = text === null ? NaN : Number(text);
    return Number.isFinite(y) && y > 0 ? y : null;
  } catch {
    return null;
  }
}

function save(key: string, y: number): void {
  try {
    window.sessionStorage.setItem(STORAGE_PREFIX + key, String(Math.round(y)));
  } catch {
    // see readSaved
  }
}

/** Scrolls to `target` now and whenever the page grows, until the reader takes over or FOLLOW_MS pass. */
function follow(target: number): void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => apply());
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of USER_INPUT) window.removeEventListener(type, stop);
  };
  const apply = () => {
    // Scroll only once the page is tall enough: a partial jump would land on the wrong section.
    if (root.scrollHeight - window.innerHeight >= target - 1 && Math.abs(window.scrollY - target) > 1) window.scrollTo(0, target);
  };
  const timer = setTimeout(stop, FOLLOW_MS);
  for (const type of USER_INPUT) window.addEventListener(type, stop, { passive: true });
  observer.observe(root);
  apply();
}

/** Call once at start-up, before the view renders. */
export function keepScrollAcrossVisits(embedded: boolean): void {
  if (embedded) return;
  const saved = readSaved(entryKey());
  // Leaving by a link, Back or closing the tab: remember where the reader was on this entry.
  // Every entry gets its key as it is entered: a state written while the page is being left may not be kept with the entry.
  window.addEventListener(NAVIGATE_EVENT, () => entryKey());
  window.addEventListener('popstate', () => entryKey());
  window.addEventListener('pagehide', () => save(entryKey(), window.scrollY));
  // A page kept whole in the back/forward cache comes back where it was; only a page loaded afresh needs help.
  if (saved !== null) follow(saved);
}
