/**
 * Script budgets: how much gzip-compressed JavaScript the first page (the
 * overview at the default address, index.html) loads, and how much all views
 * can load together, measured on a build from its files and Vite's chunk
 * graph (`.vite/manifest.json`), never by timing. The limits and each
 * chunk's size when last accepted are in scripts/script-budgets.json, so a
 * failure names the chunks that grew.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { readBuildManifest, type BuildManifest } from './build-manifest.ts';

export const budgetFileSchema = z.object({
  $comment: z.string().optional(),
  firstPageKiB: z.number().positive(),
  allViewsKiB: z.number().positive(),
  /** Chunk name (its file name without the content hash) → its gzip size in KiB when last accepted. */
  chunks: z.record(z.string(), z.number().nonnegative()),
});
export type BudgetFile = z.infer<typeof budgetFileSchema>;

export interface Chunk {
  /** Path inside the build, e.g. `assets/react-CYN-3jt6.js`. */
  file: string;
  /** The file name without its content hash, e.g. `react`. */
  name: string;
  gzipKiB: number;
}

export interface Measured {
  firstPage: Chunk[];
  allViews: Chunk[];
}

/** `assets/react-CYN-3jt6.js` → `react`. */
export function chunkName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.js$/, '');
  return base.replace(/-[A-Za-z0-9_-]{8}$/, '');
}

function gzipKiB(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length / 1024;
}

/** The script files a built page names: its own script tags, and those waiting in its after-first-paint template. */
export function scriptsNamedBy(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="\.?\/?([^"]+\.js)"/g)) if (m[1]) found.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\.?\/?([^"]+\.js)"/g)) if (m[1]) found.add(m[1]);
  return [...found];
}

/**
 * Every chunk a page can load: those it names, what they import, and what
 * they import on demand (a chart's drawing code), but not other views.
 */
export function pageClosure(manifest: BuildManifest, files: readonly string[]): string[] {
  const byFile = new Map(Object.entries(manifest).map(([key, entry]) => [entry.file, key]));
  // The meeting pack (src/app/pack) is a view of its own too, loaded only when asked for.
  const isView = (key: string) =>
    manifest[key]?.isDynamicEntry === true && (key.startsWith('src/features/') || key.startsWith('src/app/pack/'));
  const named = new Set(files);
  const seen = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || seen.has(key)) return;
    // Another view is another page; this page's own view is among the files it names.
    if (isView(key) && !named.has(entry.file)) return;
    seen.add(key);
    for (const k of entry.imports ?? []) visit(k);
    for (const k of entry.dynamicImports ?? []) visit(k);
  };
  for (const file of files) {
    const key = byFile.get(file);
    if (key) visit(key);
  }
  const out = new Set([...seen].map((k) => manifest[k]?.file ?? ''));
  // Files the manifest does not know (the boot script) are loaded all the same.
  for (const file of files) out.add(file);
  out.delete('');
  return [...out].sort();
}

export function measureBuild(dist: string): Measured {
  const manifest = readBuildManifest(dist);
  const measure = (file: string): Chunk => ({ file, name: chunkName(file), gzipKiB: gzipKiB(readFileSync(join(dist, file))) });
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .sort();
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  return {
    firstPage: pageClosure(manifest, scriptsNamedBy(index)).map(measure),
    allViews: all.map(measure),
  };
}

export interface BudgetResult {
  ok: boolean;
  lines: string[];
}

const kib = (n: number) => `${n.toFixed(1)} KiB`;
const total = (chunks: readonly Chunk[]) => chunks.reduce((sum, c) => sum + c.gzipKiB, 0);

/** Chunks larger than when last accepted, largest growth first, and chunks the budget file has never seen. */
function grown(chunks: readonly Chunk[], budget: BudgetFile): string[] {
  return chunks
    .map((c) => ({ c, before: budget.chunks[c.name] }))
    .filter(({ c, before }) => before === undefined || c.gzipKiB > before + 0.05)
    .sort((a, b) => b.c.gzipKiB - (b.before ?? 0) - (a.c.gzipKiB - (a.before ?? 0)))
    .map(({ c, before }) =>
      before === undefined
        ? `${c.name} (${c.file}): ${kib(c.gzipKiB)}, a new chunk`
        : `${c.name} (${c.file}): ${kib(c.gzipKiB)}, was ${kib(before)} (+${kib(c.gzipKiB - before)})`,
    );
}

function check(label: string, chunks: readonly Chunk[], limit: number, budget: BudgetFile): BudgetResult {
  const sum = total(chunks);
  const ok = sum <= limit;
  const lines = [
    `${label}: ${kib(sum)} of gzip JavaScript in ${chunks.length} files, budget ${kib(limit)}${ok ? '' : `: OVER by ${kib(sum - limit)}`}`,
  ];
  if (!ok) {
    const growth = grown(chunks, budget);
    lines.push(growth.length > 0 ? '  grew since scripts/script-budgets.json was last accepted:' : '  no chunk grew; the largest are:');
    const largest = [...chunks].sort((a, b) => b.gzipKiB - a.gzipKiB).slice(0, 5);
    for (const line of growth.length > 0 ? growth : largest.map((c) => `${c.name} (${c.file}): ${kib(c.gzipKiB)}`))
      lines.push(`    ${line}`);
  }
  return { ok, lines };
}

export function checkBudgets(measured: Measured, budget: BudgetFile): BudgetResult {
  const first = check('first page (index.html, the overview)', measured.firstPage, budget.firstPageKiB, budget);
  const all = check('all views together', measured.allViews, budget.allViewsKiB, budget);
  return { ok: first.ok && all.ok, lines: [...first.lines, ...all.lines] };
}

/** The budget file with every chunk's size set to this build's, limits unchanged. */
export function acceptSizes(measured: Measured, budget: BudgetFile): BudgetFile {
  const chunks: Record<string, number> = {};
  for (const c of measured.allViews) chunks[c.name] = Math.round((chunks[c.name] ?? 0) + c.gzipKiB * 10) / 10;
  return { ...budget, chunks: Object.fromEntries(Object.entries(chunks).sort(([a], [b]) => a.localeCompare(b))) };
}
