/**
 * Shared set-up for browser tests: serves the built app with `vite preview`
 * and drives Debian's Chromium through playwright-core. No browser is ever
 * downloaded; CHROMIUM_PATH overrides where Chromium is.
 *
 * Browser tests take `test` and the hooks from here, not from node:test
 * (lint enforces it), so that each has its own time limit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as nodeTest from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The build under test: npm test builds into its own folder so a concurrent `npm run build` cannot disturb it. */
export const DIST = process.env.CSP_DIST ?? join(ROOT, 'dist');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

/** Serves a built folder (default dist/) with vite preview; `base` is the sub-path it is served under. */
export async function serve(options: { outDir?: string; base?: string } = {}): Promise<Served> {
  const outDir = options.outDir ?? DIST;
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} has no build: run npm run build first`);
  const port = await freePort();
  const args = [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    outDir,
  ];
  if (options.base) args.push('--base', options.base);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${port}${options.base ?? '/'}`;
  await waitFor(url);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Collects console errors and failed requests so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Cut short because the page was left (a prerendered page can be left before its scripts and data arrive): not a failure.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${r.url()}`);
  });
  return errors;
}

/**
 * After a navigation, waits until the app has taken over the page: a
 * prerendered page shows its text and controls before its script runs, and
 * a control used before then would do nothing. Pages that are not the app
 * (a council page embedding it) are not waited for.
 */
async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('root') || document.documentElement.hasAttribute('data-interactive'));
}

function waitForAppAfterNavigation(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await appReady(page);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await appReady(page);
    return response;
  };
  const goBack = page.goBack.bind(page);
  page.goBack = async (options) => {
    const response = await goBack(options);
    await appReady(page);
    return response;
  };
  const goForward = page.goForward.bind(page);
  page.goForward = async (options) => {
    const response = await goForward(options);
    await appReady(page);
    return response;
  };
}

/** A page in its own context: axe needs one, and contexts keep tests from sharing storage. */
export async function newPage(browser: Browser, options: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  waitForAppAfterNavigation(page);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

export async function axeViolations(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Each browser test's own time limit, so a stuck test fails on its own
 * instead of taking the rest of its file down with it (on Node 20,
 * --test-timeout bounds a whole file). Measured on the shared two-core
 * machine, most tests take under 17 s; SLOW_TEST_TIMEOUT_MS is for the few
 * that audit a whole long page with axe (up to 36 s there).
 */
export const TEST_TIMEOUT_MS = 60_000;
export const SLOW_TEST_TIMEOUT_MS = 120_000;
/** Starting a server and Chromium, or closing them. */
export const HOOK_TIMEOUT_MS = 60_000;

type TestFn = (t: nodeTest.TestContext) => void | Promise<void>;
type HookFn = (t: nodeTest.TestContext | nodeTest.SuiteContext) => void | Promise<void>;
export interface BrowserTestOptions {
  /** Milliseconds; TEST_TIMEOUT_MS unless given. */
  timeout?: number;
  skip?: boolean | string;
  todo?: boolean | string;
}

/**
 * node:test's `test`, with a time limit of its own for every test. Call it
 * inside a describe block (servedBrowser needs one anyway): the runner
 * credits a test to the file of its top-level suite.
 */
export function test(name: string, fn: TestFn): Promise<void>;
export function test(name: string, options: BrowserTestOptions, fn: TestFn): Promise<void>;
export function test(name: string, optionsOrFn: BrowserTestOptions | TestFn, maybeFn?: TestFn): Promise<void> {
  const [options, fn] = typeof optionsOrFn === 'function' ? [{}, optionsOrFn] : [optionsOrFn, maybeFn];
  if (!fn) throw new Error(`test "${name}" has no body`);
  return nodeTest.test(name, { ...options, timeout: options.timeout ?? TEST_TIMEOUT_MS }, fn);
}

/** node:test's hooks, each with a time limit. */
export const before = (fn: HookFn, timeout = HOOK_TIMEOUT_MS): void => nodeTest.before(fn, { timeout });
export const after = (fn: HookFn, timeout = HOOK_TIMEOUT_MS): void => nodeTest.after(fn, { timeout });
export const beforeEach = (fn: HookFn, timeout = HOOK_TIMEOUT_MS): void => nodeTest.beforeEach(fn, { timeout });
export const afterEach = (fn: HookFn, timeout = HOOK_TIMEOUT_MS): void => nodeTest.afterEach(fn, { timeout });

export interface Suite {
  server: Served;
  browser: Browser;
}

/**
 * Registers before/after hooks for a describe block: a served build and a
 * browser, stopped afterwards. Read them from the returned object inside tests.
 */
export function servedBrowser(options: { outDir?: string; base?: string } = {}): Suite {
  const suite = {} as Suite;
  before(async () => {
    suite.server = await serve(options);
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
