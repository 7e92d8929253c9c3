// @vitest-environment node
/**
 * The loader cannot be fooled: thousands of mutated dataset files (fields
 * deleted, retyped, truncated, duplicated, huge strings and numbers, indices
 * out of range, columns of different lengths, broken JSON text and bytes that
 * are not UTF-8) go through `loadDataset`, the function the app uses. It never
 * throws; every rejection names the file and the place inside it; whatever it
 * accepts is a well-formed dataset. Seeded, so a failure repeats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMAS, SCHEMA_VERSION, type Figure } from './schema';
import { loadDataset } from './load';
import { encodeFigures } from './wire-figures';
import { wireFiguresSchema } from './wire-figures-schema';
import { Problems, isWireFigures } from './wire-check';
import { figure } from '../../test/unit/fixtures';

const FILE = '2099-01/beat-crime.json';
const RUNS = 10_000;

// SYNTHETIC figures, made up for the test: every part of the format in use.
const printing = (printed: string, line: number, kind: 'document' | 'extract' = 'document') => ({
  printed,
  source: { kind, document: kind === 'document' ? 'SYNTHETIC.txt' : 'data/sources/2099-01/extracts/x.csv', ref: 'Table 1', line },
});
const FIGURES: Figure[] = [
  figure({ id: 'f-000000000001', value: 120, period: 'fy2097-98', printings: [printing('120', 10)] }),
  figure({ id: 'f-000000000002', value: 1495, period: 'fy2098-99', printings: [printing('1,495', 11), printing('1495', 4, 'extract')] }),
  figure({
    id: 'f-000000000003',
    areaCode: '57',
    value: -6.2,
    statistic: 'percent-change',
    unit: 'percent',
    comparison: 'fy2097-98',
    printings: [printing('-6.2%', 12)],
    preferred: false,
    noteIds: ['n-1', 'n-2'],
    remark: 'SYNTHETIC remark',
  }),
  figure({ id: 'f-000000000004', areaCode: '57', value: 3, statistic: 'rank', unit: 'rank-of-15', printings: [printing('third', 13)] }),
];
const BASE = {
  schemaVersion: SCHEMA_VERSION,
  snapshotId: '2099-01',
  dataset: 'beat-crime',
  figures: encodeFigures(FIGURES),
  notPublished: [{ dataset: 'beat-crime', title: 'A chart', measure: null, source: printing('x', 5).source, note: null }],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON tree, as the list of keys that leads there. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const HUGE = ['x'.repeat(200_000), 1e308, -1e308, 2 ** 53 + 1, -0, 0.5, -1, 1e9, Number.MAX_SAFE_INTEGER];
const OPS = ['delete', 'retype', 'truncate', 'duplicate', 'huge', 'index', 'grow'] as const;
type Op = (typeof OPS)[number];
interface Mutation {
  pick: number;
  op: Op;
  replacement: Json;
  n: number;
}

function mutate(root: Json, m: Mutation): Json {
  const all = paths(root);
  const path = all[m.pick % all.length] ?? [];
  if (path.length === 0) return m.op === 'retype' ? m.replacement : root;
  const parentPath = path.slice(0, -1);
  let parent: Json = root;
  for (const key of parentPath) parent = (parent as Record<string | number, Json>)[key] ?? null;
  const key = path[path.length - 1] ?? 0;
  const container = parent as Record<string | number, Json> & Json[];
  const current = container[key] ?? null;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(container, key);
      break;
    case 'retype':
      container[key] = m.replacement;
      break;
    case 'truncate':
      if (Array.isArray(current)) current.splice(m.n % (current.length + 1));
      else if (typeof current === 'string') container[key] = current.slice(0, m.n % (current.length + 1));
      else container[key] = null;
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(current));
      else container[key] = [current, structuredClone(current)];
      break;
    case 'huge':
      container[key] = HUGE[m.n % HUGE.length] ?? 0;
      break;
    case 'index':
      // An index or count pushed out of range, or negative.
      container[key] = typeof current === 'number' ? current + (m.n % 2 === 0 ? 1000 : -1000) : m.n;
      break;
    case 'grow':
      if (Array.isArray(current)) current.push(m.n);
      else container[key] = [current];
      break;
  }
  return root;
}

const json: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
const mutation = fc.record({ pick: fc.nat(), op: fc.constantFrom(...OPS), replacement: json, n: fc.nat({ max: 10_000 }) });
/** What happens to the text after the JSON is written: nothing, cut short, a byte changed, or bytes that are not UTF-8. */
const textDamage = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const, at: 0, byte: 0 }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('cut' as const, 'byte' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }) },
);

function bytesOf(value: Json, damage: { kind: "none" | "cut" | "byte"; at: number; byte: number }): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  if (damage.kind === 'cut') return bytes.slice(0, damage.at % (bytes.length + 1));
  if (damage.kind === 'byte' && bytes.length > 0) bytes[damage.at % bytes.length] = damage.byte;
  return bytes;
}

/** A rejection names the file, then the place in it (a path, or the whole text that is not JSON or not UTF-8). */
const NAMED = new RegExp(
  `^${FILE.replace(/[./]/g, '\\$&')}: (not valid JSON: |not valid UTF-8 text$|and \\d+ more problems$|\\(top level\\): |[A-Za-z][\\w.\\[\\]]*: )`,
);

describe('the dataset loader, fuzzed', () => {
  it(`never throws, names the file and the path of every problem, and accepts only well-formed data (${RUNS.toLocaleString('en-GB')} mutated files)`, async () => {
    let rejected = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), textDamage, async (mutations, damage) => {
        let value = structuredClone(BASE) as Json;
        for (const m of mutations) value = mutate(value, m);
        const body = bytesOf(value, damage);
        const result = await loadDataset('2099-01', 'beat-crime', async () => new Response(body));
        if (result.ok) {
          expect(DATASET_SCHEMAS['beat-crime'].safeParse(result.data).success).toBe(true);
        } else {
          rejected += 1;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e).toMatch(NAMED);
        }
      }),
      { numRuns: RUNS, seed: 20_261_130 },
    );
    // Most mutations must be caught, or the test is not exercising the checks.
    expect(rejected).toBeGreaterThan(RUNS / 2);
    console.log(`fuzz: ${RUNS} mutated files, ${rejected} rejected, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 120_000);

  it(`checks the figures' columns by hand exactly as their schema would (${RUNS.toLocaleString('en-GB')} mutated columns)`, () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let value = structuredClone(BASE.figures) as Json;
        for (const m of mutations) value = mutate(value, m);
        const problems = new Problems(FILE, 'figures');
        const accepted = isWireFigures(problems, value);
        expect(accepted, problems.result().join('\n')).toBe(wireFiguresSchema.safeParse(value).success);
        if (!accepted) {
          rejected += 1;
          expect(problems.result().length).toBeGreaterThan(0);
          for (const e of problems.result()) expect(e).toMatch(/^2099-01\/beat-crime\.json: figures(\.|\[|: )/);
        }
      }),
      { numRuns: RUNS, seed: 20_261_130 },
    );
    expect(rejected).toBeGreaterThan(RUNS / 4);
  }, 120_000);
});
