/**
 * Finds facts about one partnership written into code: its name, short name
 * or id, a seed document's file name, its family-group unit, or a list or
 * pattern of its sub-area codes. Everything about a partnership belongs in
 * its profile (data/partnership), so the dashboard serves any partnership by
 * a change of data. The facts looked for are read from the profile itself,
 * so the check works for whichever partnership the repository holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Partnership } from '../../src/data/partnership.ts';

export interface Literal {
  file: string;
  line: number;
  what: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Same-shaped neighbours of the codes that are not codes: "55" and "66" around 56…65, "w0" and "w4" around w1…w3. */
function neighbours(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    const last = code.charCodeAt(code.length - 1);
    for (const next of [last - 1, last + 1]) {
      const c = String.fromCharCode(next);
      const sameClass = /\d/.test(code.slice(-1)) ? /\d/.test(c) : /[a-z]/i.test(c);
      if (sameClass) out.add(code.slice(0, -1) + c);
    }
  }
  return [...out].filter((n) => !codes.includes(n));
}

/**
 * A pattern lists the codes when it accepts two or more of them but turns
 * away a same-shaped neighbour: `^(5[6-9]|6[0-5])$` does, `^[1-9]\d*$`
 * (any line number) does not.
 */
function listsCodes(body: string, codes: readonly string[], near: readonly string[]): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^${body}`);
  } catch {
    return false;
  }
  return codes.filter((c) => re.test(c)).length >= 2 && near.some((n) => !re.test(n));
}

export function findLiterals(file: string, text: string, p: Partnership): Literal[] {
  const words = [...new Set([p.partnership.name, p.partnership.shortName, p.partnership.id])];
  const named = new RegExp(`(?<![\\w-])(?:${words.map(escape).join('|')})(?![\\w-])`, 'i');
  const seed = /\d{3}_[0-9a-f]{16}\.txt/;
  const unit = new RegExp(`(?<![\\w-])${escape(p.familyGroup.unit)}(?![\\w-])`);
  const codes = p.areas.filter((a) => a.type === p.subareas.type).map((a) => a.code);
  const code = `(?:${codes.map(escape).join('|')})`;
  // Two or more codes in a row, quoted or not: a list of the sub-areas.
  const list = new RegExp(`(?<![\\w-])(['"\`]?)${code}\\1\\s*,\\s*(['"\`]?)${code}\\2(?![\\w-])`);
  const first = codes[0];
  const last = codes[codes.length - 1];
  const span =
    first !== undefined && last !== undefined && first !== last
      ? new RegExp(`(?<![\\w-])${escape(first)}\\s*(?:to|–|-|and)\\s*${escape(last)}(?![\\w-])`)
      : null;
  const near = neighbours(codes);

  const found: Literal[] = [];
  text.split('\n').forEach((line, i) => {
    const at = (what: string) => found.push({ file, line: i + 1, what });
    const name = named.exec(line);
    if (name) at(`names the partnership ("${name[0]}")`);
    const doc = seed.exec(line);
    if (doc) at(`names a seed document (${doc[0]})`);
    if (unit.test(line)) at(`writes the family-group unit ${p.familyGroup.unit}`);
    if (list.test(line) || span?.test(line)) at(`lists the ${p.subareas.plural}' codes`);
    for (const m of line.matchAll(/\/\^((?:\\.|[^/\\\n])+)\/[a-z]*/g)) {
      if (m[1] !== undefined && listsCodes(m[1], codes, near)) at(`matches the ${p.subareas.plural}' codes with a pattern (${m[0]})`);
    }
  });
  return found;
}

/** Every non-test `.ts`/`.tsx` file under `dirs`, relative to `root`. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(relative(root, path));
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out.sort();
}

export function findLiteralsIn(root: string, files: readonly string[], p: Partnership): Literal[] {
  return files.flatMap((file) => findLiterals(file, readFileSync(join(root, file), 'utf8'), p));
}
