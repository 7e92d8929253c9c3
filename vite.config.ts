import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { partnershipSchema } from './src/data/partnership.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/csp.ts';
import { prerenderPlugin } from './scripts/lib/prerender-plugin.ts';

// Only in the build: the dev server injects inline scripts for hot reload.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    // First in <head>, before anything it could govern; the charset follows at once, well inside the first 1024 bytes.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html must start its head with ${charset}`);
        const policy = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
        return html.replace(charset, `<meta http-equiv="Content-Security-Policy" content="${policy}" />\n    ${charset}`);
      },
    },
  };
}

/**
 * The page's title and description name the partnership before any script
 * runs (search engines, tabs, screen readers), so they come from the
 * published profile at build time rather than from a literal in index.html.
 */
function partnershipName(): Plugin {
  return {
    name: 'partnership-name',
    transformIndexHtml(html) {
      const file = join(import.meta.dirname, 'public', 'data', 'partnership.json');
      const profile = partnershipSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!profile.success) throw new Error(`${file} is not a valid partnership profile: run npm run data:build`);
      const escaped = profile.data.partnership.name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      return html.replaceAll('%PARTNERSHIP_NAME%', () => escaped);
    },
  };
}

// `base: './'` makes every asset URL relative, so the built app can be copied
// to any sub-path of any static host without server rewrites.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), partnershipName(), prerenderPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The chunk graph, for the prerender's preloads and the script budgets (scripts/lib/budgets.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // A few chunks for what every page starts with, instead of a dozen small ones, each a request on a phone's connection.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            {
              name: 'validation',
              test: /node_modules[\\/](zod|zustand)[\\/]|src[\\/]data[\\/]|src[\\/]app[\\/](store|hydration)\.ts$/,
              priority: 2,
            },
            {
              name: 'app',
              // The meeting pack is its own chunk, all but the route that loads it.
              test: /src[\\/](app[\\/](?!pack[\\/](?!pack-route\.))|(lib|components[\\/](layout|figures|partnership|form|endnotes))[\\/])/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
