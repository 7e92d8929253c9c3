/**
 * Which figures repeat an earlier figure's id. At force scale a file holds
 * tens of thousands of ids, and a Set of strings was half the decoding time;
 * ids of one width written end to end (the build's) are compared where they
 * stand instead, in a table of their positions, without making a string of
 * each.
 */

/** The indices of ids equal to an earlier one, ascending; `n` ids of `width` must make up `joined`. */
export function repeatedIds(column: readonly string[] | { width: number; joined: string }, n: number): number[] {
  if (!('joined' in column)) return repeatedInList(column);
  const { width, joined } = column;
  return repeatedInJoined(joined, width, n) ?? repeatedInList(Array.from({ length: n }, (_, i) => joined.slice(i * width, (i + 1) * width)));
}

function repeatedInList(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  ids.forEach((id, i) => {
    const before = seen.size;
    seen.add(id);
    if (seen.size === before) repeats.push(i);
  });
  return repeats;
}

function sameAt(text: string, a: number, b: number, width: number): boolean {
  for (let k = 0; k < width; k += 1) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * Open addressing over the ids' positions in `joined`; null where the ids
 * collide far more than chance allows (a file made to), and a Set, whose
 * hashing is seeded, must do it instead.
 */
function repeatedInJoined(joined: string, width: number, n: number): number[] | null {
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const repeats: number[] = [];
  let probes = 0;
  for (let i = 0; i < n; i += 1) {
    const start = i * width;
    // FNV-1a over the id's characters.
    let h = 0x811c9dc5;
    for (let k = 0; k < width; k += 1) h = Math.imul(h ^ joined.charCodeAt(start + k), 0x01000193);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const j = slots[s] ?? -1;
      if (j === -1) {
        slots[s] = i;
        break;
      }
      if (sameAt(joined, j * width, start, width)) {
        repeats.push(i);
        break;
      }
      probes += 1;
      if (probes > 8 * n + 64) return null;
    }
  }
  return repeats;
}
