import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cssString } from './css-string';

/** Reads a CSS string literal back as CSS Syntax Level 3 tokenises it; null where it would end early or not at all. */
function readBack(literal: string): string | null {
  if (!literal.startsWith('"')) return null;
  let out = '';
  let i = 1;
  while (i < literal.length) {
    const ch = literal[i] ?? '';
    if (ch === '"') return i === literal.length - 1 ? out : null;
    if (ch === '\n' || ch === '\r' || ch === '\f') return null;
    if (ch === '\\') {
      const hex = /^[0-9a-fA-F]{1,6} ?/.exec(literal.slice(i + 1));
      if (hex) {
        out += String.fromCodePoint(parseInt(hex[0].trim(), 16));
        i += 1 + hex[0].length;
      } else {
        out += literal[i + 1] ?? '';
        i += 2;
      }
      continue;
    }
    out += ch;
    i += 1;
  }
  return null;
}

describe('cssString', () => {
  it('escapes quotes, backslashes and line breaks', () => {
    expect(cssString('Charnwood Community Safety Partnership')).toBe('"Charnwood Community Safety Partnership"');
    expect(cssString('A "B" \\ C\nD')).toBe('"A \\"B\\" \\\\ C\\a D"');
  });

  it('reads back as the same text, whatever the text, and never ends early', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(readBack(cssString(text))).toBe(text);
      }),
    );
  });
});
