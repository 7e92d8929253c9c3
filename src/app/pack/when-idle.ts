/** Runs `fn` when the browser is next idle (soon after, where it cannot say, or when it stays busy); returns a cancel. */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 16);
  return () => clearTimeout(timer);
}
