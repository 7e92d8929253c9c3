// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_PARTNERSHIP } from '../../test/unit/fixtures.ts';
import type { Partnership } from '../../src/data/partnership.ts';
import { repoRoot } from './cli.ts';
import { findLiterals, findLiteralsIn, sourceFiles } from './literals.ts';
import { loadProfile } from './profile.ts';

// SYNTHETIC: a partnership with numbered beats, so the checks for codes have something to find.
const NUMBERED: Partnership = {
  ...SYNTHETIC_PARTNERSHIP,
  subareas: { type: 'beat', singular: 'beat', plural: 'beats' },
  areas: [
    SYNTHETIC_PARTNERSHIP.areas[0]!,
    ...['31', '32', '33', '34'].map((code) => ({ type: 'beat', code, name: `Beat ${code}`, shortName: null })),
  ],
};

const what = (file: string, text: string, p: Partnership = NUMBERED) => findLiterals(file, text, p).map((l) => `${l.line}: ${l.what}`);

describe('finding partnership facts written into code', () => {
  it('finds names, seed file names, the family-group unit and lists or patterns of sub-area codes, with their lines', () => {
    const text = [
      "const title = 'Synthetic Vale Community Safety Partnership';",
      '// the synthetic-vale download',
      "const quote = { document: '001_0123456789abcdef.txt', line: 675 };",
      "if (f.unit === 'rank-of-12') keep(f);",
      "const BEATS = ['31', '32', '33', '34'];",
      'const BEAT = /^3[1-4]$/;',
      "const text = 'beats 31 to 34';",
    ].join('\n');
    expect(what('x.ts', text)).toEqual([
      '1: names the partnership ("Synthetic Vale Community Safety Partnership")',
      '2: names the partnership ("synthetic-vale")',
      '3: names a seed document (001_0123456789abcdef.txt)',
      '4: writes the family-group unit rank-of-12',
      "5: lists the beats' codes",
      "6: matches the beats' codes with a pattern (/^3[1-4]$/)",
      "7: lists the beats' codes",
    ]);
  });

  it('leaves generic code alone', () => {
    const text = [
      'const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;',
      'const LINE = /^[1-9]\\d*$/;',
      'const CODE = /^[A-Za-z0-9-]{1,40}$/;',
      'const title = `${p.partnership.name} dashboard`;',
      "const unit = 'rank-of-120';",
      'const sizes = [31, 310];',
      'const page = 31;',
    ].join('\n');
    expect(what('x.ts', text)).toEqual([]);
  });

  it('works for wards named by letters and digits', () => {
    expect(what('x.ts', "const WARDS = ['w1', 'w2', 'w3'];\nconst W = /^w[1-3]$/;\nconst K = /^w\\d+$/;", SYNTHETIC_PARTNERSHIP)).toEqual([
      "1: lists the wards' codes",
      "2: matches the wards' codes with a pattern (/^w[1-3]$/)",
    ]);
  });
});

describe('the code holds no facts about the partnership in data/partnership', () => {
  const problems: string[] = [];
  const profile = loadProfile(repoRoot(), problems);

  it('has a profile to check against', () => {
    expect(problems).toEqual([]);
    expect(profile).not.toBeNull();
  });

  it('finds none in src/ or scripts/ (tests aside)', () => {
    if (!profile) return;
    const files = sourceFiles(repoRoot(), ['src', 'scripts']);
    expect(files.length).toBeGreaterThan(50);
    const found = findLiteralsIn(repoRoot(), files, profile.partnership).map((l) => `${l.file}:${l.line}: ${l.what}`);
    expect(found, 'move these facts to data/partnership (see data/README.md)').toEqual([]);
  });
});
