// @vitest-environment node
/**
 * A publication may record the public address of its document (the optional
 * `public_address` column of data/publications.csv); the manifest carries it
 * to the citations, which link there. The addresses here are SYNTHETIC, set
 * in a temporary copy of data/, and never reach public/data: no real
 * address is known for the seed documents, so none is published.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/data/schema.ts';
import { BuildError, buildPublicData } from './build.ts';
import { repoRoot } from './cli.ts';
import { loadSources, SourceErrors } from './sources.ts';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SYNTHETIC_ADDRESS = 'https://committees.synthetic.example/documents/s12345/pack.pdf';

/** A copy of data/ whose publications.csv has the address column, filled in for the newest document only. */
function copyWithAddress(address: string): { root: string; line: number; document: string } {
  const root = mkdtempSync(join(tmpdir(), 'csp-address-'));
  temps.push(root);
  cpSync(join(repoRoot(), 'data'), join(root, 'data'), { recursive: true });
  const file = join(root, 'data', 'publications.csv');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  // The newest publication with a document of its own: its row gets the address, every other row an empty cell.
  const index = lines.findLastIndex((l, i) => i > 0 && /^\d{4}-\d{2},[^,]+\.txt,/.test(l));
  const document = lines[index]?.split(',')[1] ?? '';
  writeFileSync(file, `${lines.map((l, i) => (i === 0 ? `${l},public_address` : `${l},${i === index ? address : ''}`)).join('\n')}\n`);
  return { root, line: index + 1, document };
}

function problemsOf(root: string): string[] {
  try {
    buildPublicData(loadSources(root));
  } catch (e) {
    if (e instanceof SourceErrors || e instanceof BuildError) return e.problems;
    throw e;
  }
  return [];
}

describe("a publication's public address", () => {
  it('reaches the manifest for that document only; the others stay without one', () => {
    const { root, document } = copyWithAddress(SYNTHETIC_ADDRESS);
    const manifest = manifestSchema.parse(JSON.parse(buildPublicData(loadSources(root)).get('manifest.json') ?? ''));
    const cited = manifest.snapshots.flatMap((s) => s.sources).filter((s) => s.kind === 'document');
    expect(cited.filter((s) => s.document === document).map((s) => s.address)).toContain(SYNTHETIC_ADDRESS);
    expect(cited.filter((s) => s.document !== document).every((s) => s.address === undefined)).toBe(true);
  }, 60_000);

  it.each([
    ['http://committees.synthetic.example/pack.pdf', 'not https'],
    ['javascript:alert(1)', 'a script'],
    ['https://user:secret@committees.synthetic.example/pack.pdf', 'with credentials'],
    ['committees.synthetic.example/pack.pdf', 'not a full address'],
  ])(
    'refuses %s (%s), naming the file, line and column',
    (address) => {
      const { root, line } = copyWithAddress(address);
      expect(problemsOf(root)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^data/publications\\.csv:${line}:public_address: must be a full https:// address`)),
        ]),
      );
    },
    60_000,
  );

  it('is not published for the real documents: none of them prints its own address', () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(repoRoot(), 'public', 'data', 'manifest.json'), 'utf8')));
    expect(manifest.snapshots.flatMap((s) => s.sources).some((s) => s.kind === 'document' && s.address !== undefined)).toBe(false);
  });
});
