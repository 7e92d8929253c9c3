/**
 * Lighthouse for `npm run audit`, kept out of the project's dependencies:
 * it is fetched on first use into .cache/lighthouse (gitignored), at the one
 * version the README's figures were measured with, and driven against
 * Debian's Chromium started here with a remote-debugging port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export const LIGHTHOUSE_VERSION = '12.8.2';

/** Installs Lighthouse into `<root>/.cache/lighthouse` unless that version is there already; returns its entry module. */
export function ensureLighthouse(root: string): string {
  const prefix = join(root, '.cache', 'lighthouse');
  const pkg = join(prefix, 'node_modules', 'lighthouse', 'package.json');
  const installed = existsSync(pkg) ? z.object({ version: z.string() }).safeParse(JSON.parse(readFileSync(pkg, 'utf8'))) : null;
  if (installed?.success !== true || installed.data.version !== LIGHTHOUSE_VERSION) {
    console.log(`Fetching lighthouse@${LIGHTHOUSE_VERSION} into ${prefix} (once; it is not one of the project's dependencies)`);
    mkdirSync(prefix, { recursive: true });
    // Its own package.json, so npm never walks up to the project's and records nothing there.
    writeFileSync(join(prefix, 'package.json'), '{ "name": "lighthouse-cache", "private": true }\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(
      npm,
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `lighthouse@${LIGHTHOUSE_VERSION}`],
      {
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error(`npm could not install lighthouse@${LIGHTHOUSE_VERSION} (exit ${r.status ?? r.signal})`);
  }
  return pathToFileURL(join(prefix, 'node_modules', 'lighthouse', 'core', 'index.js')).href;
}

export interface DebuggableChromium {
  port: number;
  stop: () => Promise<void>;
}

/** Debian's Chromium with the project's flags and a remote-debugging port for Lighthouse to drive. */
export async function startChromium(): Promise<DebuggableChromium> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'csp-audit-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=412,823', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its debugging port: ${seen.slice(-500)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening its debugging port: ${seen.slice(-500)}`));
    });
  });
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          // Chromium's helpers can still be writing to the profile as it exits (ENOTEMPTY): retry, and never fail an audit over a temporary folder.
          try {
            rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
          } catch {
            /* left in the system's temporary folder */
          }
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill();
      }),
  };
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;

/** The parts of a Lighthouse result the audit reads; checked, because a different Lighthouse could answer differently. */
const resultSchema = z.object({
  lhr: z.object({
    runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
    runWarnings: z.array(z.string()),
    environment: z.object({ benchmarkIndex: z.number() }),
    categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
    audits: z.record(
      z.string(),
      z.object({
        score: z.number().nullable(),
        numericValue: z.number().optional(),
        title: z.string(),
        scoreDisplayMode: z.string(),
      }),
    ),
  }),
  report: z.string(),
});

export interface AuditFigures {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: Record<keyof typeof METRICS, number | null>;
  /** Titles of the audits that did not pass in the four categories (for the reader to look into). */
  failing: string[];
  warnings: string[];
  /** Lighthouse's measure of this machine's speed at the time (higher is faster); its throttling assumes about 1,000 or more. */
  benchmarkIndex: number;
  report: string;
}

type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<unknown>;

/** One Lighthouse run with its default (mobile, simulated throttling) settings. */
export async function runLighthouse(entry: string, url: string, port: number): Promise<AuditFigures> {
  const module: unknown = await import(entry);
  const fn = z.object({ default: z.custom<LighthouseFn>((f) => typeof f === 'function') }).parse(module).default;
  const raw = await fn(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  const { lhr, report } = resultSchema.parse(raw);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return s === undefined || s === null ? null : Math.round(s * 100);
  };
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const failing = Object.entries(lhr.audits)
    .filter(([, a]) => (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric') && a.score !== null && a.score < 0.9)
    .map(([id, a]) => `${id}: ${a.title}`);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: { FCP: metric(METRICS.FCP), LCP: metric(METRICS.LCP), TBT: metric(METRICS.TBT), CLS: metric(METRICS.CLS) },
    failing,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    report,
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
