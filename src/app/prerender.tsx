/**
 * The build's prerender (run in Node by scripts/lib/prerender-plugin.ts, never
 * shipped to browsers): renders a state of the app to HTML from the published
 * files, through the same loaders, validation and components the browser
 * uses, so hydrating the HTML reproduces it exactly.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app';
import { APP_PARAMS, type ViewId } from './params';
import { pageTitleOf } from './page-title';
import { datasetKey, resetDataStore, useDataStore, type LoadState } from './store';
import { setServerLocation } from './location';
import { preloadView } from './routes';
import { readParams } from '../lib/url-state';
import { DATASETS } from '../data/schema';
import { snapshotBefore } from '../features/changes/snapshots';

export { formatPrerenderedPages, prerenderedFileName, PRERENDERED_PAGES_META } from './prerendered-pages';
export { NOT_PRERENDERED, VIEW_MODULES } from './routes';

export interface LoadedData {
  /** The snapshot prerendered pages show: the manifest's default. */
  snapshotId: string;
  /** The manifest or the profile did not load: nothing can be prerendered. */
  errors: string[];
  /** Datasets that did not load: the pages that need them are left to the browser, which shows what went wrong. */
  warnings: string[];
}

/**
 * Loads the manifest, the profile and every dataset of the default snapshot into the store, as the app would,
 * and of the snapshot before it, which What changed compares the default one with.
 */
export async function loadData(fetcher: typeof fetch): Promise<LoadedData> {
  resetDataStore();
  const store = useDataStore.getState();
  await Promise.all([store.loadManifest(fetcher), store.loadPartnership(fetcher)]);
  const { manifest, partnership } = useDataStore.getState();
  const errors = [manifest, partnership].flatMap((s) => (s.status === 'error' ? s.errors : []));
  if (manifest.status !== 'ready') return { snapshotId: '', errors, warnings: [] };
  const snapshotId = manifest.data.defaultSnapshot;
  const before = snapshotBefore(manifest.data.snapshots, snapshotId);
  const snapshotIds = before === '' ? [snapshotId] : [snapshotId, before];
  await Promise.all(snapshotIds.flatMap((id) => DATASETS.map((d) => store.loadDataset(id, d, fetcher))));
  const warnings = Object.values(useDataStore.getState().datasets).flatMap((s) => (s.status === 'error' ? s.errors : []));
  return { snapshotId, errors, warnings };
}

export interface RenderedPage {
  view: ViewId;
  title: string;
  /** The markup inside #root. */
  html: string;
  /** `snapshot/dataset` of every dataset the page read, for the HTML to preload. */
  datasets: string[];
  /** Why the page cannot be prerendered (a dataset it needs did not load), or null. */
  problem: string | null;
}

/** Renders the state `query` (without `?`), with links to the prerendered `pages`. Call loadData first. */
export async function renderPage(query: string, pages: ReadonlyMap<string, string>): Promise<RenderedPage> {
  const state = useDataStore.getState();
  if (state.partnership.status !== 'ready') throw new Error('renderPage: loadData first');
  const partnership = state.partnership.data;
  const view = readParams(query, APP_PARAMS).values.view;
  // As the browser does before hydrating, so the view renders in place rather than through a loading boundary.
  await preloadView(view);
  // Record which datasets the page reads, so its HTML can preload exactly those.
  const read = new Set<string>();
  const loaded = state.datasets;
  const recording = new Proxy(loaded, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.includes('/')) read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  useDataStore.setState({ datasets: recording });
  setServerLocation(query === '' ? '' : `?${query}`, pages);
  let html = '';
  const errors: unknown[] = [];
  try {
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <App />
      </StrictMode>,
      {
        onError: (e) => void errors.push(e),
        // One piece: larger Suspense boundaries would otherwise be moved to the end with inline scripts to reveal them, which the CSP forbids.
        progressiveChunkSize: Number.MAX_SAFE_INTEGER,
      },
    );
    for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk as Uint8Array);
  } finally {
    useDataStore.setState({ datasets: loaded });
  }
  if (errors.length > 0) throw new Error(`prerendering ?${query} failed: ${errors.map(String).join('; ')}`);
  const notReady = [...read].filter((key) => (loaded[key] as LoadState<unknown> | undefined)?.status !== 'ready');
  return {
    view,
    title: pageTitleOf(partnership, view, query, measuresFor(query)),
    html,
    datasets: [...read].sort(),
    problem: notReady.length > 0 ? `it needs ${notReady.join(', ')}, which did not load` : null,
  };
}

/** Crime type names from the vocabulary of the snapshot a page shows, as the shell names them in the browser. */
function measuresFor(query: string): ReadonlyMap<string, string> {
  const state = useDataStore.getState();
  const requested = readParams(query, APP_PARAMS).values.snapshot;
  const snapshotId = requested !== '' ? requested : state.manifest.status === 'ready' ? state.manifest.data.defaultSnapshot : '';
  const vocab = state.datasets[datasetKey(snapshotId, 'vocab')];
  return vocab?.status === 'ready' && 'measures' in vocab.data ? new Map(vocab.data.measures.map((m) => [m.id, m.label])) : new Map();
}
