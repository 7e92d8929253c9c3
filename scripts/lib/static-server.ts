/**
 * A small static host for the built app, serving it as the README recommends
 * a council host should: gzip-compressed, with the security headers and the
 * Content-Security-Policy as a header, `no-cache` for pages and data and
 * `immutable` for the content-hashed assets. No rewrites: a query string
 * never changes which file is sent, exactly as on any static host.
 *
 * Used by `npm run audit`; `scripts/serve.ts` runs it by hand.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicyHeader } from './csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Images are compressed already; gzip would only cost time. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.csv', '.svg', '.txt', '.webmanifest']);

export interface StaticServer {
  /** Ends in `/`: the app's root, including the sub-path. */
  url: string;
  stop: () => Promise<void>;
}

export interface StaticServerOptions {
  /** The folder to serve (a build). */
  root: string;
  /** The sub-path the app is served under, starting and ending with `/`. */
  base?: string;
  port?: number;
  host?: string;
  /** Origins allowed to frame the app (the council's site), beyond its own. */
  frameAncestors?: readonly string[];
}

export function responseHeaders(path: string, options: Pick<StaticServerOptions, 'frameAncestors'> = {}): Record<string, string> {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  // Asset names change with their content, so a browser may keep them for good; everything else is revalidated.
  const immutable = /(^|\/)assets\//.test(path);
  return {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicyHeader(options.frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': immutable ? 'max-age=31536000, immutable' : 'no-cache',
  };
}

/** Serves `root` until stopped. Compressed bodies are kept in memory, as a CDN would keep them. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const base = options.base ?? '/';
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/", not ${base}`);
  const gzipped = new Map<string, Buffer>();

  async function resolveFile(pathname: string): Promise<string | null> {
    if (!pathname.startsWith(base)) return null;
    const relative = decodeURIComponent(pathname.slice(base.length));
    const file = normalize(join(options.root, relative));
    if (file !== options.root && !file.startsWith(options.root.endsWith(sep) ? options.root : options.root + sep)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      const index = join(file, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
    return info?.isFile() ? file : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // A directory without its trailing slash would resolve relative URLs one level up, as on any static host.
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { Location: `${base}${url.search}` }).end();
      return;
    }
    const file = await resolveFile(url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = responseHeaders(file.slice(options.root.length).split(sep).join('/'), options);
    let body: Buffer = await readFile(file);
    const ext = extname(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      // Keyed by content, so a rebuild under a running server is never answered from before.
      const key = `${file}\0${createHash('sha256').update(body).digest('hex')}`;
      let zipped = gzipped.get(key);
      if (!zipped) {
        zipped = gzipSync(body, { level: 9 });
        gzipped.set(key, zipped);
      }
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(e instanceof Error ? e.message : String(e));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the static server has no address');
  return {
    url: `http://${host}:${address.port}${base}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
