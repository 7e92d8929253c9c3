import { useEffect } from 'react';
import { useDataStore } from './store';
import { SiteHeader } from '../components/layout/site-header';
import { SiteFooter } from '../components/layout/site-footer';
import { ErrorSummary } from '../components/layout/error-summary';
import { PublishedData } from '../features/published-data/published-data';

/** The shell: loads the manifest once and lays out the page around the current view. */
export function App() {
  const manifest = useDataStore((s) => s.manifest);
  const loadManifest = useDataStore((s) => s.loadManifest);

  useEffect(() => {
    void loadManifest();
  }, [loadManifest]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {manifest.status === 'error' ? (
          <ErrorSummary title="The dashboard's data could not be loaded" errors={manifest.errors} />
        ) : manifest.status === 'ready' ? (
          <PublishedData manifest={manifest.data} />
        ) : (
          <p role="status">Loading the published figures…</p>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
