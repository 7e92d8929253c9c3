/**
 * Text as a CSS string literal, for generated style rules (the meeting pack's
 * page margins name the partnership). Quotes and backslashes are escaped and
 * every control character written as a hex escape, so no text can end the
 * string or the rule it stands in.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

/** A named page's rule putting `text` in one of its margin boxes: `@page pack { @top-left { content: "…"; } }`. */
export function pageMarginRule(page: string, box: string, text: string): string {
  return `@page ${page} { @${box} { content: ${cssString(text)}; } }`;
}
