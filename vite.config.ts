import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { partnershipSchema } from './src/data/partnership.ts';

/**
 * The policy the built app runs under: nothing from any other origin, no
 * inline script or style, no plugins. `frame-ancestors` cannot be set in a
 * meta tag; the README gives the header to send for embedding.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// Only in the build: the dev server injects inline scripts for hot reload.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' },
    ],
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
      return html.replaceAll('%PARTNERSHIP_NAME%', escaped);
    },
  };
}

// `base: './'` makes every asset URL relative, so the built app can be copied
// to any sub-path of any static host without server rewrites.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), partnershipName()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
