/**
 * "Find your area": every place, street or village the documents name for a
 * sub-area, taken from their own wordings of what each covers ("Covers
 * Wymeswold, Hoton, … and Seagrave" gives six places), so a reader who knows
 * where they live, not the police's numbering, reaches the right page. Pure.
 */
import type { DatasetFile } from '../../data/schema';

export interface Place {
  /** As the documents spell it (the first spelling met, where letter case differs). */
  name: string;
  /** Every sub-area a wording names it for, in first-met order. */
  beats: string[];
}

// Words that introduce a list or qualify a place rather than name one.
const LEADING = /^(?:covers|parts of|specifically|the)\s+/i;

/** The places in one wording: split at commas, "and", "&", "/" and dashes; asides in brackets dropped. */
export function placesInWording(wording: string): string[] {
  const out: string[] = [];
  const withoutAsides = wording.replace(/\([^)]*\)?/g, ' ');
  for (const part of withoutAsides.split(/\s*(?:,|&|\/|\s+and\s+|\s+[–-]\s+)\s*/i)) {
    let name = part.trim();
    for (let before = ''; before !== name;) {
      before = name;
      name = name.replace(LEADING, '').trim();
    }
    if (/^covers$/i.test(name) || name === '') continue;
    out.push(name);
  }
  return out;
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Every place named for a sub-area, once each, in the order the wordings name
 * them, then each sub-area's own name ("Beat 57"), so its number finds it too.
 */
export function placeIndex(places: DatasetFile<'places'>, subareas: readonly { code: string; name: string }[]): Place[] {
  const byKey = new Map<string, Place>();
  const wordings = [...places.beats, ...subareas.map((a) => ({ beat: a.code, wordings: [{ printed: a.name }] }))];
  for (const b of wordings) {
    for (const w of b.wordings) {
      for (const name of placesInWording(w.printed)) {
        const k = key(name);
        const found = byKey.get(k);
        if (!found) byKey.set(k, { name, beats: [b.beat] });
        else if (!found.beats.includes(b.beat)) found.beats.push(b.beat);
      }
    }
  }
  return [...byKey.values()];
}

/** Places whose name holds every word of the query (case, punctuation and word order aside), those starting with it first. */
export function findPlaces(index: readonly Place[], query: string): Place[] {
  const words = key(query)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const q = words.join(' ');
  const hits = index.filter((p) => {
    const k = key(p.name);
    return words.every((w) => k.split(' ').some((part) => part.startsWith(w)) || k.includes(w));
  });
  return [...hits.filter((p) => key(p.name).startsWith(q)), ...hits.filter((p) => !key(p.name).startsWith(q))];
}
