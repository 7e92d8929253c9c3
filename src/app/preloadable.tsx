import { createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ChunkLoadError } from '../lib/chunk-error';

export interface Preloadable<P extends object> {
  View: ComponentType<P>;
  /** Loads the code; once it has, `View` renders it at once. */
  preload: () => Promise<void>;
}

/**
 * A component whose code loads on demand, like React.lazy, except that once
 * loaded it renders directly instead of through a Suspense boundary. The
 * prerender and a hydrating page load the view's code first, so both render
 * the same tree and the whole page hydrates in one pass; a view not loaded
 * yet shows `fallback` while it loads.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  // A failed import is marked as such, so the view's error boundary can say "reload" rather than "something went wrong".
  const loadMarked = () =>
    load().catch((error: unknown) => {
      throw new ChunkLoadError(error);
    });
  const preload = async () => {
    loaded ??= await loadMarked();
  };
  const Lazy = lazy(async () => ({ default: (loaded ??= await loadMarked()) }));
  function View(props: P) {
    // Chosen once per mount: switching shape later would remount the view and lose its state (a chart shown as a table, say).
    const [direct] = useState(() => loaded);
    if (direct) return createElement(direct, props);
    return <Suspense fallback={fallback}>{createElement(Lazy, props)}</Suspense>;
  }
  return { View, preload };
}
