import { useId, useState, type ReactNode } from 'react';
import { useNarrow } from './use-narrow';

/**
 * A view's opening paragraph. A phone shows its first lines and a "Read
 * more" button (aria-expanded), so the first screen reaches the figures; the
 * whole text stays in the page for screen readers, search and print.
 */
export function ViewIntro({ children }: { children: ReactNode }) {
  const narrow = useNarrow();
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!narrow) return <p>{children}</p>;
  return (
    <div className="view-intro">
      <p id={id} className={open ? undefined : 'view-intro__text--clamped'}>
        {children}
      </p>
      <button type="button" className="view-intro__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Read more'}
      </button>
    </div>
  );
}
