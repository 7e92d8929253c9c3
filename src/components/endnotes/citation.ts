import type { Figure, Source } from '../../data/schema';
import { formatDate } from '../../lib/periods';
import type { FigureLookups } from '../figures/figure-context';

/** One table (or extract column) a figure is printed in, with the line or row it stands on. */
export interface CitationPart {
  /** The document and table (or extract and column): what identical sources share. */
  key: string;
  /** The document (or extract) in a reader's words. */
  document: string;
  /** The table or figure in it (or the extract's column). */
  ref: string;
  /** "line" for a document, "row" for an extract. */
  unit: 'line' | 'row';
  line: number;
}

/** Where a figure comes from, as an endnote cites it: every place it is printed. */
export interface Citation {
  /** Figures with the same key share one endnote number. */
  key: string;
  parts: readonly CitationPart[];
}

function partOf(lookups: FigureLookups, source: Source): CitationPart {
  if (source.kind === 'document') {
    return {
      key: `document|${source.document}|${source.ref}`,
      document: lookups.documents.get(source.document) ?? source.document,
      ref: source.ref,
      unit: 'line',
      line: source.line,
    };
  }
  const about = lookups.sources.get(source.document);
  const made = about?.kind === 'extract' ? `, produced by ${about.producedBy} from ${about.system} on ${formatDate(about.runDate)}` : '';
  return {
    key: `extract|${source.document}|${source.ref}`,
    document: `Analyst's extract \u201c${about?.title ?? source.document}\u201d${made}`,
    ref: `column \u201c${source.ref}\u201d`,
    unit: 'row',
    line: source.line,
  };
}

/**
 * A figure's citation. Sources are grouped by document and table rather than
 * by line: a pack's table of eighty counts from one printed table is one
 * endnote listing its lines, not eighty notes a reader must page through.
 */
export function citationOf(lookups: FigureLookups, figure: Figure): Citation {
  return citationOfSources(
    lookups,
    figure.printings.map((p) => p.source),
  );
}

/** The citation of anything the documents record at these places (an action, a note). */
export function citationOfSources(lookups: FigureLookups, sources: readonly Source[]): Citation {
  const seen = new Map<string, CitationPart>();
  for (const source of sources) {
    const part = partOf(lookups, source);
    if (!seen.has(part.key)) seen.set(part.key, part);
  }
  const parts = [...seen.values()];
  // The same tables in another order are the same source.
  return {
    key: parts
      .map((p) => p.key)
      .sort()
      .join('\n'),
    parts,
  };
}

/** `3`, `3, 5` or `3–5, 9`: ascending, each once, runs of three or more as a range. */
export function lineList(lines: Iterable<number>): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const first = sorted[i] ?? 0;
    const last = sorted[j] ?? 0;
    if (j - i >= 2) out.push(`${first}\u2013${last}`);
    else for (let k = i; k <= j; k += 1) out.push(String(sorted[k]));
    i = j + 1;
  }
  return out.join(', ');
}
