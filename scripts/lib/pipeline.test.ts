// @vitest-environment node
/**
 * The pipeline on the real sources and on temporary copies of them: the
 * build is deterministic, snapshots are vintages, problems name their place,
 * and the README's steps for adding a quarter work.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPublicData } from './build.ts';
import { checkProvenance } from './provenance.ts';
import { checkPublished } from './published.ts';
import { loadSources, SourceErrors } from './sources.ts';
import { repoRoot } from './cli.ts';
import { requireSeedsDir, SeedsMissing } from './seeds.ts';

const ROOT = repoRoot();
const temps: string[] = [];
function tempCopyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-data-'));
  temps.push(dir);
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('building the bundled data', () => {
  it('is deterministic', () => {
    const a = buildPublicData(loadSources(ROOT));
    const b = buildPublicData(loadSources(ROOT));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });

  it('makes one snapshot per publication, each holding only what was published by then', () => {
    const files = buildPublicData(loadSources(ROOT));
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as {
      defaultSnapshot: string;
      snapshots: { id: string; sourceDocuments: string[] }[];
    };
    expect(manifest.snapshots.map((s) => s.id)).toEqual(['2024-04', '2022-10', '2021-05', '2020-03', '2017-12']);
    expect(manifest.defaultSnapshot).toBe('2024-04');
    expect(manifest.snapshots.map((s) => s.sourceDocuments.length)).toEqual([5, 4, 3, 2, 1]);
    const oldest = files.get('2017-12/figures.csv') ?? '';
    expect(oldest).not.toContain('001_ae200f18469ddf2a.txt');
    const newest = files.get('2024-04/figures.csv') ?? '';
    expect(newest).toContain('004_193abad06089926a.txt');
  });

  it('keeps the inconsistent Beat 57 figure as printed and notes why', () => {
    const files = buildPublicData(loadSources(ROOT));
    const beat = JSON.parse(files.get('2024-04/beat-crime.json') ?? '{}') as {
      figures: { areaCode: string; measure: string; statistic: string; value: number; noteIds: string[] }[];
    };
    const notes = JSON.parse(files.get('2024-04/notes.json') ?? '{}') as { notes: { id: string; kind: string; text: string }[] };
    const pct = beat.figures.find(
      (f) => f.areaCode === '57' && f.measure === 'burglary-residential' && f.statistic === 'percent-change' && f.value === 177.8,
    );
    expect(pct).toBeDefined();
    const texts = notes.notes.filter((n) => pct?.noteIds.includes(n.id));
    expect(texts.some((n) => n.kind === 'inconsistency' && /127\.3/.test(n.text))).toBe(true);
  });

  it('writes figures.csv with exactly the published columns', () => {
    const files = buildPublicData(loadSources(ROOT));
    const header = (files.get('2024-04/figures.csv') ?? '').split('\r\n')[0];
    // The byte-order mark first: the project's CSV dialect (README, "The CSV dialect").
    expect(header).toBe(
      '\uFEFFsnapshot_id,dataset,area_type,area_code,area_name,measure,statistic,period_label,period_start,period_end,comparison_start,comparison_end,value,value_as_printed,unit,source_document,source_ref,source_line,note',
    );
  });
});

describe('problems name the file, the row and the column', () => {
  it('for a mistyped source row', () => {
    const dir = tempCopyOfData();
    const file = join(dir, 'data', 'sources', '2024-04', 'figures.broken.csv');
    writeFileSync(
      file,
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note\n' +
        'beat-crime,beat,62,all-crime,count,2023/24,,1 963,"1,963",crimes,PSA,516,\n',
    );
    try {
      loadSources(dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SourceErrors);
      const problems = (e as SourceErrors).problems;
      expect(problems).toContain(
        'data/sources/2024-04/figures.broken.csv row 2, column period: period "2023/24": not a recognised period id (see data/README.md, "Period ids")',
      );
      expect(
        problems.some((p) => p.startsWith('data/sources/2024-04/figures.broken.csv row 2, column value: must be a plain number')),
      ).toBe(true);
    }
  });

  it('for a value that does not stand on its cited line', () => {
    const dir = tempCopyOfData();
    const file = join(dir, 'data', 'sources', '2024-04', 'figures.edited.csv');
    writeFileSync(
      file,
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note\n' +
        'beat-crime,beat,62,all-crime,count,fy2023-24-ytd-2023-12-05,,1964,"1,964",crimes,PSA,516,\n',
    );
    const result = checkProvenance(loadSources(dir), requireSeedsDir());
    expect(result.problems).toEqual([
      'data/sources/2024-04/figures.edited.csv row 2: value "1,964" does not stand on line 516 of 001_ae200f18469ddf2a.txt',
    ]);
  });

  it('says plainly when the seed documents cannot be found', () => {
    expect(() => checkProvenance(loadSources(ROOT), '/nowhere/seeds')).toThrow(SeedsMissing);
    expect(() => checkProvenance(loadSources(ROOT), '/nowhere/seeds')).toThrow(
      /Cannot find the seed documents: \/nowhere\/seeds does not exist/,
    );
  });
});

describe('a published snapshot that was edited by hand', () => {
  function publishTo(dir: string): string {
    const out = join(dir, 'public-data');
    for (const [path, text] of buildPublicData(loadSources(ROOT))) {
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), text);
    }
    return out;
  }

  it('passes when untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-pub-'));
    temps.push(dir);
    expect(checkPublished(publishTo(dir))).toEqual([]);
  });

  it('fails with the file, the path in it and the reason when corrupted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-pub-'));
    temps.push(dir);
    const out = publishTo(dir);
    const path = join(out, '2024-04', 'beat-crime.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as { figures: { value: unknown }[] };
    const first = data.figures[0];
    if (first) first.value = 'lots';
    writeFileSync(path, JSON.stringify(data));
    const problems = checkPublished(out);
    expect(problems).toContain('2024-04/beat-crime.json: figures[0].value: Invalid input: expected number, received string');
    expect(
      problems.some((p) => p.startsWith('2024-04/beat-crime.json: sha256 ') && p.includes('the file was changed after it was built')),
    ).toBe(true);
  });

  it('fails on a plausible hand edit that keeps the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-pub-'));
    temps.push(dir);
    const out = publishTo(dir);
    const path = join(out, '2024-04', 'csp-crime.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as { figures: { value: number }[] };
    const first = data.figures[0];
    if (first) first.value += 1;
    writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
    const problems = checkPublished(out);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('2024-04/csp-crime.json: '))).toBe(true);
    expect(problems.some((p) => p.includes('the file was changed after it was built'))).toBe(true);
  });
});

describe("the README's steps for adding a quarter", () => {
  it('add a publication, its seed and its figures, and the new snapshot becomes the default', () => {
    const dir = tempCopyOfData();
    // SYNTHETIC seed and figures: a made-up future document, never shown as Charnwood's.
    const seeds = join(dir, 'seeds');
    cpSync(requireSeedsDir(), seeds, { recursive: true });
    writeFileSync(
      join(seeds, '900_synthetic.txt'),
      'SYNTHETIC TEST DOCUMENT\nTable 1: All crime, 1st April 2099 to 30th June 2099\nAll Crime\t3,210\n',
    );
    // Step 1: one row in data/publications.csv.
    appendFileSync(
      join(dir, 'data', 'publications.csv'),
      '2099-07,900_synthetic.txt,"SYNTHETIC test publication, July 2099",2099-07-20,2099-07-20\n',
    );
    // Step 2: a folder for it, with the figures and how it words the period.
    mkdirSync(join(dir, 'data', 'sources', '2099-07'));
    writeFileSync(
      join(dir, 'data', 'sources', '2099-07', 'figures.csv'),
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note\n' +
        'csp-crime,csp,charnwood,all-crime,count,fy2099-00-q1,,3210,"3,210",crimes,Table 1,3,SYNTHETIC\n',
    );
    writeFileSync(
      join(dir, 'data', 'sources', '2099-07', 'periods.csv'),
      'period,as_printed,source_line\nfy2099-00-q1,1st April 2099 to 30th June 2099,2\n',
    );
    // Step 3: data:check (provenance) and data:build.
    const sources = loadSources(dir);
    const provenance = checkProvenance(sources, seeds);
    expect(provenance.problems).toEqual([]);
    const files = buildPublicData(sources);
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as { defaultSnapshot: string; snapshots: { id: string }[] };
    expect(manifest.defaultSnapshot).toBe('2099-07');
    expect(manifest.snapshots).toHaveLength(6);
    expect(files.get('2099-07/figures.csv')).toContain('Q1 2099/00 (1 Apr to 30 Jun 2099)');
    expect(files.get('2099-07/figures.csv')).toContain('001_ae200f18469ddf2a.txt'); // earlier publications carried forward
  });
});
