/**
 * The build's prerender step (a Vite plugin, so every `vite build` runs it,
 * from whatever is in public/data at the time). After the browser bundle is
 * written it builds src/app/prerender.tsx for Node, renders each view's
 * default state, and every state one link away within the same view (a
 * sub-area's page, a crime type's history), and writes each as a static HTML
 * file beside index.html: the page's markup, its title, and preloads for its
 * data, view chunk and styles. The app hydrates that HTML (src/main.tsx);
 * src/boot.ts hides it when the address asks for another state.
 *
 * index.html itself becomes the overview's default page, so the most
 * common address paints from HTML too, and old `?view=` links still work:
 * any page renders any state.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { z } from 'zod';
import { readBuildManifest } from './build-manifest.ts';
import { drillDowns, escapeHtml, pageHtml } from './prerender-html.ts';

const BOOT_SOURCE = 'src/boot.ts';
const PRERENDER_ENTRY = 'src/app/prerender.tsx';

/** What src/app/prerender.tsx exports, checked when the built module is loaded. */
const prerenderModule = z.object({
  loadData: z.custom<(fetcher: typeof fetch) => Promise<{ snapshotId: string; errors: string[]; warnings: string[] }>>(
    (f) => typeof f === 'function',
  ),
  renderPage: z.custom<
    (
      query: string,
      pages: ReadonlyMap<string, string>,
    ) => Promise<{ view: string; title: string; html: string; datasets: string[]; problem: string | null }>
  >((f) => typeof f === 'function'),
  formatPrerenderedPages: z.custom<(pages: ReadonlyMap<string, string>) => string>((f) => typeof f === 'function'),
  prerenderedFileName: z.custom<(query: string) => string | null>((f) => typeof f === 'function'),
  PRERENDERED_PAGES_META: z.string(),
  VIEW_MODULES: z.record(z.string(), z.string()),
  NOT_PRERENDERED: z.array(z.string()),
});
type PrerenderModule = z.infer<typeof prerenderModule>;

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let bootFile = '';
  return {
    name: 'prerender',
    apply: (c, env) => env.command === 'build' && !c.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      const source = readFileSync(join(config.root, BOOT_SOURCE), 'utf8');
      const { code } = await transformWithOxc(source, BOOT_SOURCE, { lang: 'ts' });
      // Its explanation stays in the source; the page gets the code.
      const bootCode = code.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '');
      bootFile = `assets/boot-${createHash('sha256').update(bootCode).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: bootFile, source: bootCode });
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const started = performance.now();
      // Inside the project, so the built module finds react and the rest in node_modules.
      const cache = join(config.root, 'node_modules', '.cache');
      mkdirSync(cache, { recursive: true });
      const work = mkdtempSync(join(cache, 'prerender-'));
      try {
        await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          plugins: [react()],
          build: {
            ssr: PRERENDER_ENTRY,
            outDir: work,
            emptyOutDir: true,
            target: 'node20',
            rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
          },
        });
        const module = prerenderModule.parse(await import(pathToFileURL(join(work, 'prerender.mjs')).href));
        const count = await writePages(module, outDir, bootFile);
        config.logger.info(`prerendered ${count} pages in ${Math.round(performance.now() - started)} ms`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

async function writePages(module: PrerenderModule, outDir: string, bootFile: string): Promise<number> {
  const dataDir = join(outDir, 'data');
  const fetcher: typeof fetch = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.slice(url.lastIndexOf('data/') + 'data/'.length);
    try {
      return new Response(readFileSync(join(dataDir, path)), { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
  };
  const loaded = await module.loadData(fetcher);
  for (const warning of loaded.warnings) console.warn(`prerender: ${warning}`);
  if (loaded.errors.length > 0) {
    throw new Error(`the prerender could not load the published data; run npm run data:check:\n  ${loaded.errors.join('\n  ')}`);
  }
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifest = readBuildManifest(outDir);
  const views = Object.keys(module.VIEW_MODULES);
  for (const [view, source] of Object.entries(module.VIEW_MODULES)) {
    if (!manifest[source]) throw new Error(`prerender: VIEW_MODULES names ${source} for the ${view} view, but the build has no such chunk`);
  }

  // First pass: each view's default page, and the same-view pages it links to.
  const queries: string[] = [];
  const noPages = new Map<string, string>();
  for (const view of views) {
    if (module.NOT_PRERENDERED.includes(view)) continue;
    const query = view === 'overview' ? '' : `view=${view}`;
    const page = await module.renderPage(query, noPages);
    if (page.problem) continue;
    queries.push(query, ...drillDowns(page.html, view, query));
  }
  const pages = new Map<string, string>();
  for (const query of queries) {
    const file = module.prerenderedFileName(query);
    if (file && ![...pages.values()].includes(file)) pages.set(query, file);
  }

  // Second pass: every page, linking to the others by their files.
  const rendered: { query: string; file: string; html: string }[] = [];
  for (const [query, file] of pages) {
    const page = await module.renderPage(query, pages);
    if (page.problem) {
      console.warn(`prerender: ?${query} is left to the browser: ${page.problem}`);
      continue;
    }
    rendered.push({
      query,
      file,
      html: pageHtml(template, manifest, {
        query,
        page,
        viewModule: module.VIEW_MODULES[page.view],
        viewModules: Object.values(module.VIEW_MODULES),
        bootFile,
      }),
    });
  }
  const listed = new Map(rendered.map((r) => [r.query, r.file]));
  const meta = `<meta name="${module.PRERENDERED_PAGES_META}" content="${escapeHtml(module.formatPrerenderedPages(listed))}">`;
  for (const { file, html } of rendered) {
    writeFileSync(
      join(outDir, file === './' ? 'index.html' : file),
      html.replace('</head>', () => `  ${meta}\n  </head>`),
    );
  }
  return rendered.length;
}
