/**
 * The policy the built app runs under: nothing from any other origin, no
 * inline script or style, no plugins. Shared by the build (as a meta tag) and
 * the static server (as a header, where `frame-ancestors` also works).
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

/** The header form: `frame-ancestors` cannot be set in a meta tag, and it is what stops other sites framing the dashboard. */
export function contentSecurityPolicyHeader(frameAncestors: readonly string[] = []): string {
  return `${CONTENT_SECURITY_POLICY}; frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`;
}
