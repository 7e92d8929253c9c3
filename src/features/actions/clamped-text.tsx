import { useId, useState } from 'react';
import { useDocumentMode } from '../../components/layout/document-mode';

/** Texts longer than this many characters start clamped to a few lines; shorter ones always fit. */
const CLAMP_FROM = 160;

/**
 * A long text shown as its first lines with a "Show full text" button
 * (aria-expanded), so a table of long minutes stays scannable. Clamped by CSS
 * only: the whole text is in the page for search, screen readers and print.
 */
export function ClampedText({ text }: { text: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Paper has no button to press: a document prints every word.
  const documentMode = useDocumentMode();
  if (text.length < CLAMP_FROM || documentMode) return <>{text}</>;
  return (
    <>
      <span id={id} className={open ? 'clamped clamped--open' : 'clamped'}>
        {text}
      </span>
      <button type="button" className="clamped__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Show full text'}
      </button>
    </>
  );
}
