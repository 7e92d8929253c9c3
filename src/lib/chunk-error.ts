/**
 * A view's code that failed to load. After a redeploy the old page asks for
 * chunk files that no longer exist; the remedy is a reload, not a bug report,
 * so the error boundary tells the two kinds apart.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('A part of the dashboard could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

// What browsers say when a dynamic import fails (Chromium, Firefox, Safari), for errors raised outside our loader.
const BROWSER_MESSAGES = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof ChunkLoadError) return true;
  return error instanceof Error && BROWSER_MESSAGES.test(error.message);
}
