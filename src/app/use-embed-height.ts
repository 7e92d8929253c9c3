import { useEffect } from 'react';
import { resizeMessage } from '../lib/embed';

/**
 * In an iframe, tells the host page the content's height whenever it
 * changes. The message holds nothing but a height, so it may go to any
 * origin: the host's own script decides whether to trust it.
 */
export function useEmbedHeight(active: boolean): void {
  useEffect(() => {
    if (!active || window.parent === window) return;
    // Measure the app, not the document: the document is at least as tall as the iframe, so it could never shrink.
    const root = document.getElementById('root') ?? document.body;
    let last = 0;
    const post = () => {
      const height = root.getBoundingClientRect().height;
      if (height === last) return;
      last = height;
      window.parent.postMessage(resizeMessage(height), '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, [active]);
}
