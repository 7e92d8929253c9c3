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
  return [
    '<script>',
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
    '</script>',
  ].join('\n');
}

/** The iframe and its resizing script, for the view at `url` (which must carry embed=1). */
export function embedSnippet(url: string, title: string): string {
  const origin = new URL(url).origin;
  const iframe = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${FALLBACK_HEIGHT}" style="width: 100%; height: ${FALLBACK_HEIGHT}px; border: 0;"></iframe>`;
  return `${iframe}\n${resizeScript(origin)}`;
}
