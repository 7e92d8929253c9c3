import { startTransition, StrictMode } from 'react';
import './app/global.css';

const root = document.getElementById('root');
if (root) void start(root);

/** Lets the browser paint and answer input before the next step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A page prerendered for the state in its address is hydrated once the data
 * it was rendered from is loaded (src/app/hydration.ts). Anything else (an
 * old link or embed asking index.html for another state, data that failed
 * to load) renders afresh, and shows any error.
 *
 * Evaluating a module cannot be cut into slices, so the code is evaluated in
 * three steps, each a task of its own: React, the data layer, the app. React's
 * own rendering is a transition, which it cuts into slices.
 */
async function start(root: HTMLElement): Promise<void> {
  const html = document.documentElement;
  const state = html.getAttribute('data-prerendered');
  const matches = state !== null && !html.hasAttribute('data-other-state') && window.location.search.replace(/^\?/, '') === state;

  const { createRoot, hydrateRoot } = await import('react-dom/client');
  await nextTask();
  const { loadPrerenderedData } = await import('./app/hydration');
  const loaded = matches ? loadPrerenderedData() : Promise.resolve(false);
  await nextTask();
  const [{ App }, { setServerLocation }, { preloadView }, { APP_PARAMS, isEmbedded }, { readParams }, { keepScrollAcrossVisits }] =
    await Promise.all([
      import('./app/app'),
      import('./app/location'),
      import('./app/routes'),
      import('./app/params'),
      import('./lib/url-state'),
      import('./app/scroll-restoration'),
    ]);
  keepScrollAcrossVisits(isEmbedded(window.location.search));
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The view renders in place of its HTML only if its code is there first.
  const view = matches ? preloadView(readParams(state, APP_PARAMS).values.view).catch(() => undefined) : undefined;
  if (matches && (await loaded)) {
    await view;
    setServerLocation(window.location.search);
    startTransition(() => {
      hydrateRoot(root, app);
    });
    return;
  }
  root.replaceChildren();
  html.removeAttribute('data-other-state');
  startTransition(() => createRoot(root).render(app));
}
