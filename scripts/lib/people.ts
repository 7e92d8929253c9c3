/**
 * People, once each: `data/partnership/people.csv` lists every spelling the
 * documents print for a person ("Insp C. Dickens", "Inspector Charlotte
 * Dickens"), each with the line it stands on, and the build resolves an
 * action's owner column to person ids by those spellings only: no guessing
 * from similar names. The printed owner column is kept as printed.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Person } from '../../src/data/partnership.ts';
import { readRows, type Located } from './csv-rows.ts';

const required = z.string().trim().min(1, 'is empty');
const optional = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const personRow = z.strictObject({
  person: kebab,
  name: required,
  title: optional,
  organisation: optional,
  alias: required,
  source_document: required,
  source_line: z
    .string()
    .regex(/^[1-9]\d*$/, 'must be a whole line number')
    .transform(Number),
});
export type PersonRow = z.output<typeof personRow> & Located;

/** Case, spacing and full stops aside, as two printings of one name differ ("G. Harvey", "G Harvey"). */
export function spellingKey(s: string): string {
  return s.toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads `dir`/people.csv (optional: a partnership may list no one); every row's fields must agree with the person's first row. */
export function loadPeople(root: string, dir: string, problems: string[]): { people: Person[]; rows: PersonRow[] } {
  const file = join(dir, 'people.csv');
  if (!existsSync(file)) return { people: [], rows: [] };
  const rows = readRows(root, file, personRow, problems);
  const people = new Map<string, Person>();
  const owner = new Map<string, PersonRow>();
  for (const r of rows) {
    const key = spellingKey(r.alias);
    const taken = owner.get(key);
    if (taken && taken.person !== r.person) {
      problems.push(
        `${r.csvFile}:${r.csvRow}:alias: "${r.alias}" is already a spelling of ${taken.person} (row ${taken.csvRow}); one spelling names one person`,
      );
    }
    owner.set(key, r);
    const p = people.get(r.person);
    if (!p) {
      people.set(r.person, { id: r.person, name: r.name, title: r.title, organisation: r.organisation, aliases: [r.alias] });
      continue;
    }
    if (p.name !== r.name)
      problems.push(`${r.csvFile}:${r.csvRow}:name: "${r.name}" differs from ${r.person}'s name "${p.name}" on an earlier row`);
    if (r.title !== null && p.title !== null && r.title !== p.title)
      problems.push(`${r.csvFile}:${r.csvRow}:title: differs from an earlier row of ${r.person}`);
    if (r.organisation !== null && p.organisation !== null && r.organisation !== p.organisation) {
      problems.push(`${r.csvFile}:${r.csvRow}:organisation: differs from an earlier row of ${r.person}`);
    }
    p.title ??= r.title;
    p.organisation ??= r.organisation;
    if (!p.aliases.includes(r.alias)) p.aliases.push(r.alias);
  }
  return { people: [...people.values()], rows };
}

export interface ResolvedOwners {
  /** Person ids in the order the cell names them, once each. */
  ids: string[];
  /** Parts of the cell no listed spelling accounts for, as printed (a role such as "Clerk", or "TBC"). */
  unresolved: string[];
}

/**
 * Resolves an owner cell: parts are separated by "/"; a part is a listed
 * spelling, a spelling followed by a comma and a job title ("Chris Thomas,
 * Head of Service …"), or several spellings run together with spaces ("A
 * Dales G Samra-Rai P Singleton"), read as the fewest spellings that cover it
 * exactly. Anything else stays unresolved, as printed.
 */
export function resolveOwners(cell: string, people: readonly Person[], notRecorded: string): ResolvedOwners {
  const bySpelling = new Map<string, string>();
  for (const p of people) for (const a of p.aliases) bySpelling.set(spellingKey(a), p.id);
  const ids: string[] = [];
  const unresolved: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  if (cell.trim() === '' || cell === notRecorded) return { ids, unresolved };
  for (const raw of cell.split('/')) {
    const part = raw.replace(/\s+/g, ' ').trim();
    if (part === '') continue;
    const whole = bySpelling.get(spellingKey(part));
    if (whole !== undefined) {
      add(whole);
      continue;
    }
    const beforeComma = part.split(',')[0] ?? '';
    const titled = part.includes(',') ? bySpelling.get(spellingKey(beforeComma)) : undefined;
    if (titled !== undefined) {
      add(titled);
      continue;
    }
    const run = segment(part.split(' '), bySpelling);
    if (run !== null && run.length > 1) run.forEach(add);
    else unresolved.push(part);
  }
  return { ids, unresolved };
}

/** The fewest listed spellings that, joined by spaces, make up `words` exactly; null if none do. */
function segment(words: readonly string[], bySpelling: ReadonlyMap<string, string>): string[] | null {
  const best: (string[] | null)[] = Array.from({ length: words.length + 1 }, () => null);
  best[0] = [];
  for (let end = 1; end <= words.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const id = bySpelling.get(spellingKey(words.slice(start, end).join(' ')));
      if (before == null || id === undefined) continue;
      const current = best[end];
      if (current == null || current.length > before.length + 1) best[end] = [...before, id];
    }
  }
  return best[words.length] ?? null;
}

/**
 * The people an action's text names by a spelling of two or more words
 * ("Insp Charlotte Dickens", "Gareth Harvey"), so a search for a person finds
 * the minutes' actions whose owner is not recorded but whose words name them.
 * One-word spellings are never matched in running text: too easily a common word.
 */
export function mentionedPeople(text: string, people: readonly Person[]): string[] {
  const haystack = ` ${spellingKey(text.replace(/[^\p{L}\p{N}'. -]+/gu, ' '))} `;
  return people
    .filter((p) =>
      p.aliases.some((a) => {
        const k = spellingKey(a);
        return k.includes(' ') && haystack.includes(` ${k} `);
      }),
    )
    .map((p) => p.id);
}
