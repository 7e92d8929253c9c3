import { useEffect } from 'react';
import { retryFailedLoads, useDataStore } from './store';
import { SiteHeader } from '../components/layout/site-header';
import { SiteFooter } from '../components/layout/site-footer';
import { ErrorSummary } from '../components/layout/error-summary';
import { PartnershipContext } from '../components/partnership/partnership-context';
import { Shell } from './shell';
import { EmbeddedContext } from '../components/layout/embedded';
import { useSearch } from './location';
import { isEmbedded } from './params';

/** Set on <html> once the app is running, for anything (such as a browser test) that must wait until the page can be used. */
export const INTERACTIVE_ATTRIBUTE = 'data-interactive';

/** Loads the manifest and the partnership profile once, together, then hands over to the shell for the chosen view. */
export function App() {
  const manifest = useDataStore((s) => s.manifest);
  const partnership = useDataStore((s) => s.partnership);
  const loadManifest = useDataStore((s) => s.loadManifest);
  const loadPartnership = useDataStore((s) => s.loadPartnership);
  const embedded = isEmbedded(useSearch());

  useEffect(() => {
    void loadManifest();
    void loadPartnership();
  }, [loadManifest, loadPartnership]);
  // Says the page now responds to its controls: a prerendered page shows them before its script has taken them over.
  useEffect(() => document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, ''), []);

  if (manifest.status === 'ready' && partnership.status === 'ready') {
    return (
      <PartnershipContext.Provider value={partnership.data}>
        <Shell manifest={manifest.data} />
      </PartnershipContext.Provider>
    );
  }
  const errors = [...(manifest.status === 'error' ? manifest.errors : []), ...(partnership.status === 'error' ? partnership.errors : [])];
  return (
    <EmbeddedContext.Provider value={embedded}>
      <SiteHeader partnership={partnership.status === 'ready' ? partnership.data : null} />
      <main id="main" tabIndex={-1}>
        {errors.length > 0 ? (
          <ErrorSummary title="The dashboard's data could not be loaded" errors={errors} onRetry={retryFailedLoads} />
        ) : (
          <p role="status">Loading the published figures…</p>
        )}
      </main>
      <SiteFooter />
    </EmbeddedContext.Provider>
  );
}
