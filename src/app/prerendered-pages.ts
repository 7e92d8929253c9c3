/**
 * Which states of the app are prerendered, and in which files: written by
 * the build into every page's `<meta name="prerendered-pages">` and read by
 * the app, so links to those states name their files. Pure; no DOM.
 */
export const PRERENDERED_PAGES_META = 'prerendered-pages';

const FILE = /^(\.\/|[A-Za-z0-9][A-Za-z0-9._-]*\.html)$/;

/** `file?query file?query …` → query (without `?`) → file. Entries that are not a plain file name are skipped. */
export function parsePrerenderedPages(content: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of content.split(/\s+/)) {
    if (entry === '') continue;
    const q = entry.indexOf('?');
    const file = q === -1 ? entry : entry.slice(0, q);
    const query = q === -1 ? '' : entry.slice(q + 1);
    if (FILE.test(file)) pages.set(query, file);
  }
  return pages;
}

export function formatPrerenderedPages(pages: ReadonlyMap<string, string>): string {
  return [...pages].map(([query, file]) => (query === '' ? file : `${file}?${query}`)).join(' ');
}

/**
 * The file for a prerendered state: named after the state, so the address
 * says what it shows (`beats.html`, `beats.beat-62.crime-all-crime.html`).
 * Null for a query whose parts are not all plain words, which is never
 * prerendered.
 */
export function prerenderedFileName(query: string): string | null {
  if (query === '') return './';
  const params = new URLSearchParams(query);
  const view = params.get('view');
  if (!view) return null;
  const parts = [view];
  for (const [key, value] of params) {
    if (key === 'view') continue;
    parts.push(`${key}-${value}`);
  }
  const name = `${parts.join('.')}.html`;
  return FILE.test(name) && name !== 'index.html' && name.length <= 120 ? name : null;
}
