import { useEffect } from 'react';
import { followInEmbed } from './location';

/**
 * Inside an embedded view, every plain click on a link of the app is followed
 * in place (see `followInEmbed`). One listener on the document, rather than a
 * special link in every view, so no link a view renders can escape the embed.
 * Clicks with a modifier key open new tabs as usual: the full dashboard.
 */
export function useEmbedLinks(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      if (followInEmbed(link)) event.preventDefault();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [active]);
}
