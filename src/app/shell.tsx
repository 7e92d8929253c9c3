import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Manifest } from '../data/schema';
import { SiteHeader, SyntheticNotice } from '../components/layout/site-header';
import { SiteFooter } from '../components/layout/site-footer';
import { ErrorSummary } from '../components/layout/error-summary';
import { EmbeddedContext } from '../components/layout/embedded';
import { ViewBoundary } from '../components/layout/view-boundary';
import { OlderSnapshotBanner } from '../components/layout/older-snapshot-banner';
import { UrlValuesContext, type UrlValues } from '../components/layout/url-values';
import { SiteNav } from '../components/layout/site-nav';
import { DataStamp } from '../components/layout/data-stamp';
import { NarrowDisclosure } from '../components/layout/narrow-disclosure';
import { SnapshotPicker } from '../components/layout/snapshot-picker';
import { ParamNotice } from '../components/layout/param-notice';
import { CopyLink } from '../components/layout/copy-link';
import { EmbedDialog } from '../components/layout/embed-dialog';
import { embedSnippet, resizeScriptText } from '../lib/embed';
import { PartShownContext } from '../components/layout/part-embed';
import { folderOf, PartEmbedsProvider, sharedParams, usePartPresence } from './share-links';
import { useEmbedHeight } from './use-embed-height';
import { useEmbedLinks } from './use-embed-links';
import { FigureContext } from '../components/figures/figure-context';
import { SourcesShownContext, usePrinting } from '../components/figures/sources-shown';
import { SourcesSwitch } from '../components/figures/sources-switch';
import { Endnotes, EndnotesProvider } from '../components/endnotes/endnotes';
import { usePartnership } from '../components/partnership/partnership-context';
import { writeParams } from '../lib/url-state';
import { hrefFor, navigate, queryString, usePageAddress, useSearch } from './location';
import { APP_PARAMS, NAV_VIEWS, pageTitle, viewTitles, type ViewId } from './params';
import { pageTitleOf } from './page-title';
import { useViewState } from './use-view-state';
import { useDataset } from './use-dataset';
import { retryFailedLoads } from './store';
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
  // A view whose code fails to load says so itself (its error boundary); this early start need not.
  useEffect(() => void preloadView(view).catch(() => undefined), [view]);
  const problems = [
    ...app.problems.map((p) => p.message),
    ...(requested !== '' && snapshot?.id !== requested ? [`There is no snapshot "${requested}", so the newest is shown.`] : []),
  ];
  const linkToView = (v: ViewId) => {
    const params = writeParams({ view: v, snapshot: requested }, APP_PARAMS);
    return hrefFor(params);
  };
  const newest = manifest.snapshots.find((s) => s.id === manifest.defaultSnapshot);
  const newestParams = new URLSearchParams(search);
  newestParams.delete('snapshot');
  const banner =
    snapshot && newest && snapshot.id !== newest.id ? (
      <OlderSnapshotBanner shown={snapshot} newest={newest} newestHref={hrefFor(newestParams)} />
    ) : null;
  const urlValues = useUrlValuesFromLocation(search);
  const printing = usePrinting();
  const referenceErrors = [notes, periods, vocab].flatMap((s) => (s.status === 'error' ? s.errors : []));

  const embedded = app.params.embed;
  const title = pageTitle(partnership, view);
  const measures = lookups?.measures;
  const documentTitle = useMemo(() => pageTitleOf(partnership, view, search, measures ?? new Map()), [partnership, view, search, measures]);
  useDocumentTitle(documentTitle, title, embedded);
  useEmbedHeight(embedded);
  useEmbedLinks(embedded);
  // Pinned by default, so a link or embed shows what its sender saw after the next publication too.
  const [followNewest, setFollowNewest] = useState(false);
  const shareName = `${partnership.partnership.name}: ${titles[view]}`;
  const part = embedded ? app.params.part : '';
  const presence = usePartPresence(part);

  const content = (
    <UrlValuesContext.Provider value={urlValues}>
      {referenceErrors.length > 0 ? (
        <ErrorSummary title="Some reference data could not be loaded" errors={referenceErrors} onRetry={retryFailedLoads} />
      ) : null}
      {lookups ? (
        <FigureContext.Provider value={lookups}>
          <ViewBoundary key={`${view} ${snapshotId}`}>
            <SourcesShownContext.Provider value={app.params.sources || printing}>
              {/* On paper each figure carries a number and the view ends with its sources. */}
              <EndnotesProvider shown={printing}>
                <ViewRoute view={view} manifest={manifest} snapshotId={snapshotId} />
                <Endnotes />
              </EndnotesProvider>
            </SourcesShownContext.Provider>
          </ViewBoundary>
        </FigureContext.Provider>
      ) : referenceErrors.length === 0 ? (
        <p role="status">Loading the published figures…</p>
      ) : null}
    </UrlValuesContext.Provider>
  );

  if (embedded) {
    const full = new URLSearchParams(search);
    full.delete('embed');
    full.delete('part');
    const partMissing = part !== '' && presence.anyPart && !presence.found;
    return (
      <EmbeddedContext.Provider value={true}>
        <PartShownContext.Provider value={part}>
          <div className={part !== '' && presence.found ? 'embed embed--part' : 'embed'} data-part-missing={partMissing ? '' : undefined}>
            <header className="embed-header">
              <p className="embed-header__title">{title}</p>
              <SyntheticNotice partnership={partnership} />
              {snapshot ? <DataStamp snapshot={snapshot} /> : null}
              {banner}
              <p className="embed-header__link">
                <a href={hrefFor(full)} target="_blank" rel="noopener">
                  Open this view in the full dashboard<span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </p>
            </header>
            <main id="main" tabIndex={-1}>
              <ParamNotice
                problems={
                  partMissing
                    ? [...problems, 'The chart or table this embed names is not in this view, so the whole view is shown.']
                    : problems
                }
              />
              {content}
            </main>
          </div>
        </PartShownContext.Provider>
      </EmbeddedContext.Provider>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader partnership={partnership} />
      <SiteNav views={NAV_VIEWS} titles={titles} current={view} linkTo={linkToView} />
      <main id="main" tabIndex={-1}>
        <div className="context-bar">
          {snapshot ? <DataStamp snapshot={snapshot} /> : null}
          {/* Beside the snapshot it is made from; not a tab, as the pack is all the views at once. */}
          <p className="pack-link">
            <a href={linkToView('pack')} aria-current={view === 'pack' ? 'page' : undefined}>
              Meeting pack
            </a>{' '}
            <span className="file-meta">(every view, to print)</span>
          </p>
          <NarrowDisclosure summary="Snapshot, sources and sharing" className="context-tools">
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
            <ShareActions
              search={search}
              snapshotId={snapshotId}
              title={shareName}
              followNewest={followNewest}
              setFollowNewest={setFollowNewest}
            />
          </NarrowDisclosure>
        </div>
        {banner}
        <ParamNotice problems={problems} />
        <PartEmbedsProvider search={search} snapshotId={snapshotId} followNewest={followNewest} name={partnership.partnership.name}>
          {content}
        </PartEmbedsProvider>
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
function ShareActions({
  search,
  snapshotId,
  title,
  followNewest,
  setFollowNewest,
}: {
  search: string;
  snapshotId: string;
  title: string;
  followNewest: boolean;
  setFollowNewest: (follow: boolean) => void;
}) {
  // Subscribing to the query string keeps the copied link in step with every filter.
  const address = usePageAddress();
  const id = useId();
  const linkParams = sharedParams(search, snapshotId, followNewest);
  const query = queryString(linkParams);
  const embedParams = new URLSearchParams(linkParams);
  embedParams.set('embed', '1');
  const origin = address === '' ? '' : new URL(address).origin;
  return (
    <div className="share-actions">
      <CopyLink href={`${address}${query === '' ? '' : `?${query}`}`} />
      <EmbedDialog
        snippet={address === '' ? '' : embedSnippet(`${folderOf(address)}?${queryString(embedParams)}`, title)}
        origin={origin}
        scriptText={address === '' ? '' : resizeScriptText(origin)}
      />
      <p className="share-actions__newest">
        <input id={`${id}-newest`} type="checkbox" checked={followNewest} onChange={(e) => setFollowNewest(e.target.checked)} />{' '}
        <label htmlFor={`${id}-newest`}>Links and embeds always show the newest figures</label>
      </p>
    </div>
  );
}

/** The address as UrlValues for shared components: each change is a history entry of its own (replaced inside an embed). */
function useUrlValuesFromLocation(search: string): UrlValues {
  return useMemo(() => {
    const current = new URLSearchParams(search);
    return {
      get: (key) => current.get(key),
      set: (key, value) => {
        const params = new URLSearchParams(window.location.search);
        if (value === null) params.delete(key);
        else params.set(key, value);
        navigate(params);
      },
    };
  }, [search]);
}

/** `title` names the page; `viewTitle` changes only with the view, so choosing a beat or a crime type keeps focus where it is. */
function useDocumentTitle(title: string, viewTitle: string, embedded: boolean) {
  const first = useRef(true);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    // Move focus to the page on view changes, as a full page load would, so screen readers announce it.
    // Never in an embed: focus inside an iframe scrolls the host page.
    if (!first.current && !embedded) document.getElementById('main')?.focus();
    first.current = false;
  }, [viewTitle, embedded]);
}
