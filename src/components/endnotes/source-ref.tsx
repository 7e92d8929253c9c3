import { useMemo, useRef } from 'react';
import type { Source } from '../../data/schema';
import { useFigureLookups } from '../figures/figure-context';
import { citationOfSources } from './citation';
import { useEndnoteNumber } from './endnotes-context';

/** The endnote number of a record that is not a figure (an action, a note), where numbers are shown; nothing otherwise. */
export function SourceRef({ sources }: { sources: readonly Source[] }) {
  const lookups = useFigureLookups();
  const citation = useMemo(() => (sources.length > 0 ? citationOfSources(lookups, sources) : null), [lookups, sources]);
  const anchor = useRef<HTMLSpanElement>(null);
  const number = useEndnoteNumber(citation, anchor);
  return <span ref={anchor}>{number !== null ? <EndnoteMark number={number} /> : null}</span>;
}

/** The superscript number; "source" is spoken before it so a screen reader does not run it into the value. */
export function EndnoteMark({ number }: { number: number }) {
  return (
    <sup className="endnote-ref">
      <span className="visually-hidden">source </span>
      {number}
    </sup>
  );
}
