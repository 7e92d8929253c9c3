import { useEffect, useMemo, useRef } from 'react';
import type { Manifest } from '../data/schema';
import { SiteHeader, SyntheticNotice } from '../components/layout/site-header';
import { SiteFooter } from '../components/layout/site-footer';
import { ErrorSummary } from '../components/layout/error-summary';
import { SiteNav } from '../components/layout/site-nav';
import { DataStamp } from '../components/layout/data-stamp';
import { SnapshotPicker } from '../components/layout/snapshot-picker';
import { ParamNotice } from '../components/layout/param-notice';
import { CopyLink } from '../components/layout/copy-link';
import { EmbedDialog } from '../components/layout/embed-dialog';
import { embedSnippet } from '../lib/embed';
import { useEmbedHeight } from './use-embed-height';
import { FigureContext } from '../components/figures/figure-context';
import { SourcesShownContext, usePrinting } from '../components/figures/sources-shown';
import { SourcesSwitch } from '../components/figures/sources-switch';
import { usePartnership } from '../components/partnership/partnership-context';
import { writeParams } from '../lib/url-state';
import { hrefFor, navigate, queryString, usePageAddress, useSearch } from './location';
import { APP_PARAMS, pageTitle, VIEWS, viewTitles, type ViewId } from './params';
import { useViewState } from './use-view-state';
import { useDataset } from './use-dataset';
import { buildLookups } from './lookups';
import { preloadView, ViewRoute } from './routes';

interface Props {
  manifest: Manifest;
}

/** Site chrome around the current view, with the snapshot's lookups provided to every figure. */
export function Shell({ manifest }: Props) {
  const partnership = usePartnership();
  const titles = useMemo(() => viewTitles(partnership), [partnership]);
  const app = useViewState(APP_PARAMS);
  const search = useSearch();
  const requested = app.params.snapshot;
  const snapshot = manifest.snapshots.find((s) => s.id === requested) ?? manifest.snapshots.find((s) => s.id === manifest.defaultSnapshot);
  const snapshotId = snapshot?.id ?? manifest.defaultSnapshot;
  const notes = useDataset(snapshotId, 'notes');
  const periods = useDataset(snapshotId, 'periods');
  const vocab = useDataset(snapshotId, 'vocab');
  const lookups = useMemo(
    () =>
      notes.status === 'ready' && periods.status === 'ready' && vocab.status === 'ready'
        ? buildLookups(manifest, snapshotId, notes.data, periods.data, vocab.data)
        : null,
    [manifest, snapshotId, notes, periods, vocab],
  );
  const view: ViewId = app.params.view;
  useEffect(() => void preloadView(view), [view]);
  const problems = [
    ...app.problems.map((p) => p.message),
    ...(requested !== '' && snapshot?.id !== requested ? [`There is no snapshot "${requested}", so the newest is shown.`] : []),
  ];
  const linkToView = (v: ViewId) => {
    const params = writeParams({ view: v, snapshot: requested }, APP_PARAMS);
    return hrefFor(params);
  };
  const printing = usePrinting();
  const referenceErrors = [notes, periods, vocab].flatMap((s) => (s.status === 'error' ? s.errors : []));

  const embedded = app.params.embed;
  const title = pageTitle(partnership, view);
  useDocumentTitle(title);
  useEmbedHeight(embedded);

  const content = (
    <>
      {referenceErrors.length > 0 ? <ErrorSummary title="Some reference data could not be loaded" errors={referenceErrors} /> : null}
      {lookups ? (
        <FigureContext.Provider value={lookups}>
          <SourcesShownContext.Provider value={app.params.sources || printing}>
            <ViewRoute view={view} manifest={manifest} snapshotId={snapshotId} />
          </SourcesShownContext.Provider>
        </FigureContext.Provider>
      ) : referenceErrors.length === 0 ? (
        <p role="status">Loading the published figures…</p>
      ) : null}
    </>
  );

  if (embedded) {
    const full = new URLSearchParams(search);
    full.delete('embed');
    return (
      <div className="embed">
        <header className="embed-header">
          <p className="embed-header__title">{title}</p>
          <SyntheticNotice partnership={partnership} />
          {snapshot ? <DataStamp snapshot={snapshot} /> : null}
          <p className="embed-header__link">
            <a href={hrefFor(full)} target="_blank" rel="noopener">
              Open this view in the full dashboard<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </header>
        <main id="main" tabIndex={-1}>
          <ParamNotice problems={problems} />
          {content}
        </main>
      </div>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader partnership={partnership} />
      <SiteNav views={VIEWS} titles={titles} current={view} linkTo={linkToView} />
      <main id="main" tabIndex={-1}>
        <div className="context-bar">
          {snapshot ? <DataStamp snapshot={snapshot} /> : null}
          <SnapshotPicker
            snapshots={manifest.snapshots}
            value={snapshotId}
            defaultId={manifest.defaultSnapshot}
            onChange={(id) => {
              const params = new URLSearchParams(window.location.search);
              if (id === manifest.defaultSnapshot) params.delete('snapshot');
              else params.set('snapshot', id);
              navigate(params);
            }}
          />
          <SourcesSwitch
            checked={app.params.sources}
            onChange={(on) => {
              const params = new URLSearchParams(window.location.search);
              if (on) params.set('sources', '1');
              else params.delete('sources');
              navigate(params);
            }}
          />
          <ShareActions search={search} title={`${partnership.partnership.name}: ${titles[view]}`} />
        </div>
        <ParamNotice problems={problems} />
        {content}
      </main>
      <SiteFooter />
    </>
  );
}

/**
 * Copy link and Embed: the only parts of the page that need its absolute
 * address, which prerendered HTML cannot know. Kept apart so that filling the
 * address in after hydration re-renders these alone, not the view.
 */
function ShareActions({ search, title }: { search: string; title: string }) {
  // Subscribing to the query string keeps the copied link in step with every filter.
  const address = usePageAddress();
  // Embeds name the app's folder, as snippets always have: an embedded state is never one of the prerendered pages.
  const folder = address.slice(0, address.lastIndexOf('/') + 1);
  const embedParams = new URLSearchParams(search);
  embedParams.set('embed', '1');
  return (
    <div className="share-actions">
      <CopyLink href={`${address}${search}`} />
      <EmbedDialog snippet={address === '' ? '' : embedSnippet(`${folder}?${queryString(embedParams)}`, title)} />
    </div>
  );
}

function useDocumentTitle(title: string) {
  const first = useRef(true);
  useEffect(() => {
    document.title = title;
    // Move focus to the page on view changes, as a full page load would, so screen readers announce it.
    if (!first.current) document.getElementById('main')?.focus();
    first.current = false;
  }, [title]);
}
