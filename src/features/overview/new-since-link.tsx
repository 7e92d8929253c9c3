import { createContext, useContext, useEffect, useRef } from 'react';
import './new-since.css';

/** What the overview says about the snapshot before the one on screen; provided by the app, which can compare snapshots. */
export interface NewSince {
  previous: { id: string; title: string };
  /** The "What changed" view comparing the two. */
  href: string;
  /** Null until counted (or if the files could not be loaded). */
  count: number | null;
  /** Starts the count: it reads both snapshots' figure files, so it waits until the reader reaches this line. */
  start: () => void;
}

export const NewSinceContext = createContext<NewSince | null>(null);

/**
 * "N figures new since <the previous snapshot>", linking to what changed.
 * The count fills in as the line nears the screen, like a chart draws, so the
 * page never waits for two snapshots' files; its line is reserved so nothing
 * moves when it does.
 */
export function NewSinceLink() {
  const newSince = useContext(NewSinceContext);
  const ref = useRef<HTMLParagraphElement>(null);
  const start = newSince?.start;
  useEffect(() => {
    const element = ref.current;
    // Without an observer (no browser has none; a test's DOM may) the count is simply never made.
    if (!element || !start || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [start]);
  if (!newSince) return null;
  const { previous, href, count } = newSince;
  return (
    <p className="new-since" ref={ref}>
      <a href={href}>What changed since {previous.title}</a>
      <span className="new-since__count">{count === null ? null : `${count} ${count === 1 ? 'figure' : 'figures'} new since then.`}</span>
    </p>
  );
}
