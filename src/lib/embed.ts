/**
 * Embedding: the snippet a council pastes into its page, and the message an
 * embedded view sends so the host can size its iframe. The protocol is one
 * message type carrying a height; the host script accepts it only from the
 * dashboard's origin and only for the iframe that sent it.
 */
export const RESIZE_MESSAGE = 'csp-dashboard:resize';

/** Height used when a content system strips the resizing script. */
export const FALLBACK_HEIGHT = 900;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE, height: Math.ceil(height) };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The host-page script, kept small and dependency-free. It finds the iframe
 * by the window that sent the message, so several embeds on one page never
 * resize each other, and it never touches the host's URL.
 */
export function resizeScript(origin: string): string {
  return `<script>${resizeScriptText(origin)}</script>`;
}

/** The script's exact text between its tags: what a host's Content-Security-Policy hashes. */
export function resizeScriptText(origin: string): string {
  return [
    '',
    '(function () {',
    `  var origin = ${JSON.stringify(origin)};`,
    "  window.addEventListener('message', function (event) {",
    `    if (event.origin !== origin || !event.data || event.data.type !== ${JSON.stringify(RESIZE_MESSAGE)}) return;`,
    '    var height = Number(event.data.height);',
    '    if (!(height > 0 && height < 100000)) return;',
    "    var frames = document.getElementsByTagName('iframe');",
    '    for (var i = 0; i < frames.length; i++) {',
    "      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';",
    '    }',
    '  });',
    '})();',
    '',
  ].join('\n');
}

/** The iframe and its resizing script, for the view at `url` (which must carry embed=1). */
export function embedSnippet(url: string, title: string): string {
  const origin = new URL(url).origin;
  // Attributes only, no style attribute: a host whose policy forbids inline styles would block one (the script's later
  // height change is made through the DOM, which a policy allows). frameborder is old, but it is the one border switch that is not a style.
  const iframe = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${FALLBACK_HEIGHT}" frameborder="0"></iframe>`;
  return `${iframe}\n${resizeScript(origin)}`;
}

/**
 * The CSP source expression that allows exactly `text` as an inline script:
 * 'sha256-<base64 of its SHA-256>', computed with Web Crypto (available in
 * secure contexts, which a published dashboard on https is).
 */
export async function scriptHashSource(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** What a host page with a Content-Security-Policy must add for the snippet: the iframe's origin and the script's hash. */
export function hostPolicy(origin: string, scriptHash: string): string {
  return `frame-src ${origin}; script-src ${scriptHash}`;
}
