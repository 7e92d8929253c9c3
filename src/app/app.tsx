import { useEffect } from 'react';
import { useDataStore } from './store';
import { SiteHeader } from '../components/layout/site-header';
import { SiteFooter } from '../components/layout/site-footer';
import { ErrorSummary } from '../components/layout/error-summary';
import { Shell } from './shell';

/** Loads the manifest once, then hands over to the shell for the chosen view. */
export function App() {
  const manifest = useDataStore((s) => s.manifest);
  const loadManifest = useDataStore((s) => s.loadManifest);

  useEffect(() => {
    void loadManifest();
  }, [loadManifest]);

  if (manifest.status === 'ready') return <Shell manifest={manifest.data} />;
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {manifest.status === 'error' ? (
          <ErrorSummary title="The dashboard's data could not be loaded" errors={manifest.errors} />
        ) : (
          <p role="status">Loading the published figures…</p>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
