import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Figure } from '../../data/schema';
import { formatFigure } from '../../lib/figure-format';
import { useFigureLookups } from './figure-context';
import { figureNotes } from './figure-notes';
import { FigureSource, InlineSource } from './figure-source';
import { useSourcesShown } from './sources-shown';
import { followAnchor } from './anchored-position';
import { citationOf } from '../endnotes/citation';
import { useEndnoteNumber } from '../endnotes/endnotes-context';
import { EndnoteMark } from '../endnotes/source-ref';
import { useDocumentMode } from '../layout/document-mode';

interface Props {
  figure: Figure;
  /** Words that say which figure this is, for the control's accessible name and the panel's label. */
  context: string;
  /** How to write the value where the view words it (e.g. `12th of 15`); the panel still quotes the printing. */
  display?: string;
}

/** Opening one figure's panel closes the last one, so two never overlap. */
let closeOpenPanel: (() => void) | null = null;

/**
 * A published figure that is itself the control revealing its source: one
 * click or key press opens a panel beside it, out of the page's flow, so the
 * table it sits in does not move. A figure two published values contradict
 * carries the word and the reason, not just a colour, so the warning
 * survives greyscale printing and screen readers.
 */
export function FigureValue({ figure, context, display }: Props) {
  const lookups = useFigureLookups();
  const sourcesShown = useSourcesShown();
  const value = display ?? formatFigure(figure);
  const { flags, notes } = figureNotes(figure, lookups.notes);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  const citation = useMemo(() => citationOf(lookups, figure), [lookups, figure]);
  const endnote = useEndnoteNumber(citation, wrapper);
  const documentMode = useDocumentMode();

  useLayoutEffect(() => {
    if (!open || !button.current || !panel.current) return;
    return followAnchor(button.current, panel.current);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    closeOpenPanel?.();
    closeOpenPanel = close;
    // A click anywhere else closes the panel, as a popover does.
    const outside = (e: PointerEvent) => {
      if (e.target instanceof Node && !wrapper.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      if (closeOpenPanel === close) closeOpenPanel = null;
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };

  const flag =
    flags.length > 0 ? (
      <span className="figure__flag">
        <span aria-hidden="true">⚠ </span>inconsistent: {flags.join('; ')}
      </span>
    ) : null;
  // On paper a number leads to the source in the endnotes; on screen the inline source, when asked for.
  const source = endnote !== null ? <EndnoteMark number={endnote} /> : sourcesShown ? <InlineSource figure={figure} /> : null;

  // A document for paper has no popovers: the value, its warning and its endnote number.
  if (documentMode) {
    return (
      <span className="figure" ref={wrapper}>
        <span className="figure__value">{value}</span>
        {source}
        {flag ? ' ' : null}
        {flag}
      </span>
    );
  }

  return (
    <span className="figure" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={button}
        className="figure__button"
        aria-expanded={open}
        aria-controls={panelId}
        // The name starts with the value as shown, so speech users can say what they see.
        aria-label={`${value}, ${context}: source and notes`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="figure__value">{value}</span>
      </button>
      {flag ? ' ' : null}
      {flag}
      {source}
      <span id={panelId} ref={panel} role="group" aria-label={`Source of ${context}`} className="figure-source__panel" hidden={!open}>
        {open ? <FigureSource figure={figure} notes={notes} flags={flags} /> : null}
        {open ? (
          <button type="button" className="figure-source__close" onClick={() => (setOpen(false), button.current?.focus())}>
            Close<span className="visually-hidden"> source of {context}</span>
          </button>
        ) : null}
      </span>
    </span>
  );
}
