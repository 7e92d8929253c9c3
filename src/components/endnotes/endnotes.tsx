import { useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { EndnotesContext } from './endnotes-context';
import { EndnoteStore, endnoteText } from './endnote-store';
import './endnotes.css';

/** Collects the citations of every figure inside it; `shown` switches figures from inline sources to numbers. */
export function EndnotesProvider({ shown, children }: { shown: boolean; children: ReactNode }) {
  const [store] = useState(() => new EndnoteStore());
  // One value while `shown` holds, so the page's figures do not re-render with every render of the page around them.
  const value = useMemo(() => ({ store, shown }), [store, shown]);
  return <EndnotesContext.Provider value={value}>{children}</EndnotesContext.Provider>;
}

/** The numbered list of the page's sources, rendered only while numbers are shown. */
export function Endnotes({ headingLevel = 2, id, title = 'Sources' }: { headingLevel?: 2 | 3; id?: string; title?: string }) {
  const context = useContext(EndnotesContext);
  const store = context?.store;
  const notes = useSyncExternalStore(store?.subscribe ?? noSubscription, store?.notes ?? noNotes, store?.notes ?? noNotes);
  if (!context?.shown || notes.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="endnotes" aria-labelledby={id ?? 'endnotes-title'}>
      <Heading id={id ?? 'endnotes-title'}>{title}</Heading>
      <ol className="endnotes__list">
        {notes.map((n) => (
          <li key={n.key} id={`endnote-${n.number.toString()}`} value={n.number}>
            {endnoteText(n)}
          </li>
        ))}
      </ol>
    </section>
  );
}

const noSubscription = () => () => undefined;
const EMPTY: readonly never[] = [];
const noNotes = () => EMPTY;
