import { useId, useState, type ReactNode } from 'react';

/**
 * A view's opening paragraph. A phone (global.css, under 40em) shows its
 * first lines and a "Read more" button (aria-expanded), so the first screen
 * reaches the figures; wider screens hide the button and show it all. Done
 * in CSS, so the prerendered page is laid out as it will stay. The whole text
 * stays in the page for screen readers, search and print.
 */
export function ViewIntro({ children }: { children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="view-intro">
      <p id={id} className={open ? 'view-intro__text' : 'view-intro__text view-intro__text--clamped'}>
        {children}
      </p>
      <button type="button" className="view-intro__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Read more'}
      </button>
    </div>
  );
}
