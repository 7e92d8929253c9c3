import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { PART_TARGET_ATTRIBUTE, PartEmbedContext, type PartEmbeds } from '../components/layout/part-embed';
import { embedSnippet, resizeScriptText } from '../lib/embed';
import { queryString, usePageAddress } from './location';

/**
 * The state a copied link or an embed carries: the page's own, with the
 * snapshot on screen pinned unless the reader asked for links that follow
 * each publication.
 */
export function sharedParams(search: string, snapshotId: string, followNewest: boolean): URLSearchParams {
  const params = new URLSearchParams(search);
  params.delete('part');
  if (followNewest) params.delete('snapshot');
  else if (!params.has('snapshot')) params.set('snapshot', snapshotId);
  return params;
}

/** The app's folder: embeds name it, as snippets always have; an embedded state is never one of the prerendered pages. */
export function folderOf(address: string): string {
  return address.slice(0, address.lastIndexOf('/') + 1);
}

interface ProviderProps {
  search: string;
  snapshotId: string;
  followNewest: boolean;
  name: string;
  children: ReactNode;
}

/**
 * Provides "Embed this chart" and "Embed this table" to every part of the
 * page. A component of its own so that learning the page's address after
 * hydration re-renders the embed buttons alone, not the view.
 */
export function PartEmbedsProvider({ search, snapshotId, followNewest, name, children }: ProviderProps) {
  const embeds = usePartEmbeds(search, snapshotId, followNewest, name);
  return <PartEmbedContext.Provider value={embeds}>{children}</PartEmbedContext.Provider>;
}

/** Empty snippets until the page knows its own address (prerendered HTML cannot). */
function usePartEmbeds(search: string, snapshotId: string, followNewest: boolean, name: string): PartEmbeds {
  const address = usePageAddress();
  return useMemo((): PartEmbeds => {
    // The buttons are drawn in prerendered HTML too, so hydration changes no word of the page; their snippets come with the address.
    if (address === '') return { snippetFor: () => ({ snippet: '', origin: '', scriptText: '' }) };
    const origin = new URL(address).origin;
    return {
      snippetFor: (partId, title) => {
        const params = sharedParams(search, snapshotId, followNewest);
        params.set('embed', '1');
        params.set('part', partId);
        return {
          snippet: embedSnippet(`${folderOf(address)}?${queryString(params)}`, `${name}: ${title}`),
          origin,
          scriptText: resizeScriptText(origin),
        };
      },
    };
  }, [address, search, snapshotId, followNewest, name]);
}

/**
 * Whether the part an embed asks for is on the page, and whether the view
 * has drawn any part yet (until then, its data are loading). Watched rather
 * than computed: the part is drawn by the view, once its data are in.
 */
export function usePartPresence(part: string): { found: boolean; anyPart: boolean } {
  const [presence, setPresence] = useState({ found: false, anyPart: false });
  useEffect(() => {
    if (part === '') return;
    const main = document.getElementById('main');
    if (!main) return;
    const check = () => {
      const found = main.querySelector(`[${PART_TARGET_ATTRIBUTE}]`) !== null;
      const anyPart = main.querySelector('[data-part-id]') !== null;
      setPresence((before) => (before.found === found && before.anyPart === anyPart ? before : { found, anyPart }));
    };
    const observer = new MutationObserver(check);
    observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: [PART_TARGET_ATTRIBUTE] });
    check();
    return () => observer.disconnect();
  }, [part]);
  return presence;
}
