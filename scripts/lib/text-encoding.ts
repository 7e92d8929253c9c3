/**
 * Decoding a file's bytes as text, strictly: a byte that is not valid in the
 * file's encoding is reported with its line, never replaced by "�" and
 * carried silently into the published figures.
 */

export type Decoded =
  | { ok: true; text: string }
  | {
      ok: false;
      line: number;
      message: string;
      /** The file's text before the bad byte, to say which column it is in. */ textBefore: string;
    };

/** The index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    const next = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next > 0x9f) || (b === 0xf0 && next < 0x90) || (b === 0xf4 && next > 0x8f)) {
      return i;
    }
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes `bytes` in `encoding` (a WHATWG label such as `utf-8` or
 * `windows-1252`); a byte-order mark is dropped. For UTF-8, the first invalid
 * byte is reported with its line.
 */
export function decodeText(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const index = at < 0 ? 0 : at;
    const before = bytes.subarray(0, index);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const byte = bytes[index] ?? 0;
    return {
      ok: false,
      line,
      textBefore: new TextDecoder('utf-8').decode(before),
      message: `not ${encoding === 'utf-8' ? 'UTF-8' : encoding} text: byte ${hex(byte)} is not a valid character here`,
    };
  }
}
