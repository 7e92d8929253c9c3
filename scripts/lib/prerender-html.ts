/**
 * The HTML of a prerendered page: index.html as Vite built it, made into one
 * state's page. Used by the prerender plugin (prerender-plugin.ts).
 */
import { chunkClosure, type BuildManifest } from './build-manifest.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The same-view links of a rendered page: the states one click away in its own view. */
export function drillDowns(html: string, view: string, self: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/href="([^"]*)"/g)) {
    const href = (match[1] ?? '').replaceAll('&amp;', '&');
    const q = href.indexOf('?');
    if (q === -1 || /^[a-z]+:/i.test(href)) continue;
    const query = href.slice(q + 1);
    if (query !== self && new URLSearchParams(query).get('view') === view) found.add(query);
  }
  return [...found];
}

export interface PageParts {
  query: string;
  page: { title: string; html: string; datasets: string[] };
  viewModule: string | undefined;
  viewModules: readonly string[];
  bootFile: string;
}

/** An empty element after the page's content, which its first paint waits for. */
const PAGE_END = 'end-of-prerendered-page';

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="[^"]+"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;

/**
 * index.html made into one state's page. Its head keeps what the first paint
 * needs (the policy, the styles, including the view's own) and puts the
 * script, its chunks and the page's data in a template that src/boot.ts
 * loads once the page has painted.
 */
export function pageHtml(template: string, manifest: BuildManifest, { query, page, viewModule, viewModules, bootFile }: PageParts): string {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const entry = entryKey ? manifest[entryKey] : undefined;
  const seen = new Set(entryKey ? chunkClosure(manifest, entryKey) : []);
  // The parts src/main.tsx imports as it starts (React, the data layer, the app); views load on their own.
  const views = new Set(viewModules);
  const startup = (entry?.dynamicImports ?? []).filter((k) => !views.has(k)).flatMap((k) => chunkClosure(manifest, k, seen));
  const chunks = viewModule ? chunkClosure(manifest, viewModule, seen) : [];
  const entryTags = [...template.matchAll(MODULE_SCRIPT), ...template.matchAll(MODULE_PRELOAD)].map((m) => m[0].trim());
  if (!entryTags.some((t) => t.startsWith('<script'))) throw new Error('prerender: index.html has no module script to defer');
  const afterPaint = [
    ...entryTags,
    ...['manifest.json', 'partnership.json'].map((f) => `<link rel="preload" as="fetch" crossorigin href="./data/${f}">`),
    ...startup.map((k) => `<link rel="modulepreload" crossorigin href="./${manifest[k]?.file ?? ''}">`),
    ...page.datasets.map(
      (d) => `<link rel="preload" as="fetch" crossorigin href="./data/${escapeHtml(d)}.json" data-dataset="${escapeHtml(d)}">`,
    ),
    ...chunks.map((k) => `<link rel="modulepreload" crossorigin href="./${manifest[k]?.file ?? ''}">`),
  ];
  const head = [
    ...chunks.flatMap((k) => (manifest[k]?.css ?? []).map((css) => `<link rel="stylesheet" crossorigin href="./${css}">`)),
    `<template id="after-first-paint">\n      ${afterPaint.join('\n      ')}\n    </template>`,
    `<script src="./${bootFile}"></script>`,
    // Painting waits until the page is all parsed: a table painted half-parsed would change its column widths as its later rows arrived.
    `<link rel="expect" href="#${PAGE_END}" blocking="render">`,
  ];
  // Replacements are functions, so a `$` in the page's text is never read as a pattern.
  const html = template
    .replace(MODULE_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(/<html([^>]*)>/, (_, attributes: string) => `<html${attributes} data-prerendered="${escapeHtml(query)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `  ${head.join('\n    ')}\n  </head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${page.html}</div><template id="${PAGE_END}"></template>`);
  if (!html.includes(`<div id="root">${page.html}</div>`)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
  return html;
}
