/**
 * Back (or Forward) to a page of the dashboard puts the reader where they
 * were on it. Browsers restore the scroll position themselves, but only
 * while the page is as tall as it was; a page of the dashboard loads its data
 * and draws its tables after the browser has tried, so the browser lands
 * short (measured: 167 px instead of 2,034 on the beats view). The position
 * is kept in the history entry's own state (written when scrolling stops and
 * when the page is left), never in cookies or web storage: the dashboard
 * stores nothing on the reader's device. Coming back scrolls there again as
 * the content grows, until it is reached or the reader scrolls or types.
 *
 * An embedded view never scrolls on its own: the host page owns scrolling.
 */

const STATE_FIELD = 'cspScrollY';
/** How long a return keeps following content that is still arriving. */
const FOLLOW_MS = 5000;
/** Scrolling is settled after this pause; writing the state less often keeps within browsers' limits on history calls. */
const SETTLE_MS = 250;
const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function savedPosition(): number | null {
  const state: unknown = window.history.state;
  const y = isRecord(state) ? state[STATE_FIELD] : undefined;
  return typeof y === 'number' && Number.isFinite(y) && y > 0 ? y : null;
}

function savePosition(): void {
  const state: unknown = window.history.state;
  const y = Math.round(window.scrollY);
  if (isRecord(state) && state[STATE_FIELD] === y) return;
  try {
    window.history.replaceState({ ...(isRecord(state) ? state : {}), [STATE_FIELD]: y }, '');
  } catch {
    // A browser may refuse history calls made too often; its own restoring then stands.
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
  const saved = savedPosition();
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(savePosition, SETTLE_MS);
    },
    { passive: true },
  );
  // Leaving by a link or closing the tab straight after scrolling: the last position still counts.
  window.addEventListener('pagehide', savePosition);
  // A page kept whole in the back/forward cache comes back where it was; only a page loaded afresh needs help.
  if (saved !== null) follow(saved);
}
