import { useEffect, useState, type ReactNode } from 'react';

interface Props {
  /** The disclosure's label on a narrow screen, e.g. "Filters (2 active)". */
  summary: string;
  className?: string;
  children: ReactNode;
}

/**
 * Controls that a wide screen shows as they are and a phone folds away
 * behind a native disclosure (keyboard and screen reader friendly), so the
 * phone's first screen shows figures rather than controls. Closed until the
 * reader opens it; printing hides controls either way.
 *
 * Always the same markup, a `<details>`: CSS (global.css) decides, by the
 * screen's width, whether it folds, so the prerendered page is already laid
 * out as a phone's and nothing moves when the app takes it over. A browser
 * without `::details-content` (Firefox ESR 140, Safari before 18.4) cannot
 * show a closed disclosure's content by CSS: there the app opens it on a
 * wide screen once it has taken the page over.
 */
export function NarrowDisclosure({ summary, className, children }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const wide = wideWithoutCss();
    if (!wide) return;
    const unfold = () => {
      if (wide.matches) setOpen(true);
    };
    unfold();
    wide.addEventListener('change', unfold);
    return () => wide.removeEventListener('change', unfold);
  }, []);
  return (
    <details className={`narrow-disclosure${className ? ` ${className}` : ''}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="narrow-disclosure__summary">{summary}</summary>
      {children}
    </details>
  );
}

/** The label of a view's folded filters: how many are in force, so a phone reader knows the list is filtered. */
export function filtersLabel(active: number): string {
  return `Filters (${active} active)`;
}

/**
 * Where the browser cannot unfold a disclosure by CSS (no `::details-content`), the
 * wide screen global.css unfolds them on; null where CSS does it (or cannot tell).
 */
export function wideWithoutCss(): MediaQueryList | null {
  if (typeof CSS === 'undefined' || typeof window.matchMedia !== 'function' || CSS.supports('selector(::details-content)')) return null;
  return window.matchMedia('not screen and (max-width: 40em)');
}
