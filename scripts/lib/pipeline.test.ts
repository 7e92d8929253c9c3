// @vitest-environment node
/**
 * The pipeline on the real sources and on temporary copies of them: the
 * build is deterministic, snapshots are vintages, problems name their place,
 * and the README's steps for adding a quarter work.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPublicData } from './build.ts';
import { checkProvenance } from './provenance.ts';
import { checkPublished } from './published.ts';
import { loadSources, SourceErrors } from './sources.ts';
import { repoRoot } from './cli.ts';
import { requireSeedsDir, SeedsMissing } from './seeds.ts';
import { decodePublished } from '../../test/unit/fixtures.ts';

const ROOT = repoRoot();
/** The snapshot ids data/publications.csv lists, newest first, read apart from the pipeline so the test does not grade its own reading. */
function publishedIds(root: string): string[] {
  const rows = parse(readFileSync(join(root, 'data', 'publications.csv'), 'utf8'), { columns: true }) as { snapshot_id: string }[];
  return rows.map((r) => r.snapshot_id).sort((a, b) => b.localeCompare(a));
}
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
  }, 30_000);

  it('makes one snapshot per publication, each holding only what was published by then', () => {
    const files = buildPublicData(loadSources(ROOT));
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as {
      defaultSnapshot: string;
      snapshots: { id: string; sources: { kind: string }[] }[];
    };
    const ids = publishedIds(ROOT);
    // The five publications the seeds hold are snapshots for good; a later quarter adds to them.
    expect(ids).toEqual(expect.arrayContaining(['2024-04', '2022-10', '2021-05', '2020-03', '2017-12']));
    expect(manifest.snapshots.map((s) => s.id)).toEqual(ids);
    expect(manifest.defaultSnapshot).toBe(ids[0]);
    // Each snapshot holds its own publication's sources and every earlier one's.
    const documentCounts = manifest.snapshots.map((s) => s.sources.filter((x) => x.kind === 'document').length);
    const real = ['2024-04', '2022-10', '2021-05', '2020-03', '2017-12'].map((id) => documentCounts[ids.indexOf(id)]);
    expect(real).toEqual([5, 4, 3, 2, 1]);
    manifest.snapshots.forEach((s, i) => {
      const older = manifest.snapshots[i + 1];
      if (older) expect(s.sources.length).toBeGreaterThanOrEqual(older.sources.length);
    });
    const oldest = files.get('2017-12/figures.csv') ?? '';
    expect(oldest).not.toContain('001_ae200f18469ddf2a.txt');
    const newest = files.get('2024-04/figures.csv') ?? '';
    expect(newest).toContain('004_193abad06089926a.txt');
  });

  it('keeps the inconsistent Beat 57 figure as printed and notes why', () => {
    const files = buildPublicData(loadSources(ROOT));
    const beat = decodePublished<{
      figures: { areaCode: string; measure: string; statistic: string; value: number; noteIds: string[] }[];
    }>('2024-04/beat-crime.json', files.get('2024-04/beat-crime.json') ?? '{}');
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

describe('the audit corrections, on the real sources', () => {
  let files = new Map<string, string>();
  // One build for every assertion below; a build takes seconds on a busy machine.
  beforeAll(() => {
    files = buildPublicData(loadSources(ROOT));
  }, 60_000);
  const json = <T>(path: string): T => decodePublished<T>(path, files.get(path) ?? '{}');
  type Fig = { areaType: string; areaCode: string; measure: string; statistic: string; period: string; value: number; noteIds: string[] };
  type Notes = { notes: { id: string; kind: string; text: string }[] };

  it('does not call a truncated percentage inconsistent, and states the document convention once', () => {
    const csp = json<{ figures: Fig[] }>('2024-04/csp-crime.json').figures;
    const notes = json<Notes>('2024-04/notes.json').notes;
    const kindOf = new Map(notes.map((n) => [n.id, n.kind]));
    // -627 on 10,195 is -6.150%, printed -6.1%; -52 on 1,185 is -4.39%, printed -4.3%.
    for (const measure of ['all-crime', 'violence-with-injury']) {
      const pct = csp.find(
        (f) => f.areaType === 'csp' && f.measure === measure && f.statistic === 'percent-change' && f.period === 'fy2023-24-ytd-2023-12-05',
      );
      expect(pct?.noteIds.map((id) => kindOf.get(id))).toEqual(['remark']);
    }
    const conventions = notes.filter((n) => n.id.startsWith('auto-convention-'));
    expect(conventions).toHaveLength(1);
    expect(conventions[0]?.text).toContain('-6.150% is printed -6.1%');
    expect(notes.some((n) => /which rounds to/.test(n.text))).toBe(false);
  });

  it('never repeats a note text on one figure', () => {
    // The -6.1% printed on two lines once collected two notes with the same words.
    for (const [path, text] of files) {
      if (!path.endsWith('figures.csv')) continue;
      for (const row of parse(text, { columns: true }) as Record<string, string>[]) {
        const remarks = (row.note ?? '').split(' | ').filter((t) => t !== '');
        expect(new Set(remarks).size, `${path}: ${row.source_line} ${row.value_as_printed}`).toBe(remarks.length);
      }
    }
    for (const dataset of ['beat-crime', 'csp-crime', 'asb', 'scorecards']) {
      const notes = new Map(json<Notes>('2024-04/notes.json').notes.map((n) => [n.id, n.text]));
      for (const f of json<{ figures: Fig[] }>(`2024-04/${dataset}.json`).figures) {
        const texts = f.noteIds.map((id) => notes.get(id));
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
  });

  it('records beat sums against totals printed four years earlier as revisions', () => {
    const notes = json<Notes>('2024-04/notes.json').notes;
    const revisions = notes.filter((n) => n.kind === 'revision').map((n) => n.text);
    expect(revisions.some((t) => t.includes('9,540') && t.includes('9401'))).toBe(true);
    expect(revisions.some((t) => t.includes('8,960') && t.includes('8,747'))).toBe(true);
  });

  it('labels an assumed end date as not stated, and leaves period_end empty in figures.csv', () => {
    const csv = files.get('2024-04/figures.csv') ?? '';
    const row = csv.split('\r\n').find((r) => r.includes('Total Crime (-6%)'));
    expect(row).toContain('2023/24 year to date (end date not stated; no later than 18 Jan 2024),2023-04-01,,2022-04-01,,-6,-6%');
    expect(csv).not.toContain('1 Apr 2023 to 18 Jan 2024');
    expect(csv).not.toContain('1 Apr to 20 Oct 2022');
    expect(csv).not.toContain('2017 (calendar year)');
  });

  it('keeps the minutes headed 20 October 2022 under their printed date, flagged, with no figures end date', () => {
    const manifest = json<{
      snapshots: { id: string; kind: string; meeting: { date: string; doubt: string | null }; figuresTo: string | null }[];
    }>('manifest.json');
    const minutes = manifest.snapshots.find((s) => s.id === '2022-10');
    expect(minutes?.kind).toBe('minutes');
    expect(minutes?.meeting.date).toBe('2022-10-20');
    expect(minutes?.meeting.doubt).toMatch(/after 20 October 2022 and before 20 April 2023/);
    expect(minutes?.figuresTo).toBeNull();
    const march2020 = manifest.snapshots.find((s) => s.id === '2020-03');
    expect(march2020).toMatchObject({ meeting: { date: '2020-03-10' }, published: { date: '2020-03-02' }, figuresTo: '2020-01-05' });
  });

  it('never presents the Leicestershire Insight Survey results as Charnwood figures', () => {
    const cards = json<{ figures: Fig[] }>('2024-04/scorecards.json').figures;
    const survey = cards.filter((f) => ['feel-safe-after-dark', 'asb-better-or-same', 'insight-survey-interviews'].includes(f.measure));
    expect(survey.length).toBeGreaterThan(0);
    expect(survey.every((f) => f.areaType === 'not-stated')).toBe(true);
  });
});

describe('the dates of a snapshot', () => {
  it('rejects a figures end, publication and meeting in an impossible order', () => {
    const dir = tempCopyOfData();
    const path = join(dir, 'data', 'publications.csv');
    // An agenda issued after its own meeting (10 March 2020): impossible.
    writeFileSync(path, readFileSync(path, 'utf8').replace('2020-03-02,2nd March 2020,23', '2020-03-12,2nd March 2020,23'));
    expect(() => buildPublicData(loadSources(dir))).toThrow(
      'data/publications.csv:3:publication_date: an agenda published 12 Mar 2020, after its meeting on 10 Mar 2020',
    );
  });

  it('rejects a stated date without the words and line it is printed on', () => {
    const dir = tempCopyOfData();
    const path = join(dir, 'data', 'publications.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('2020-03-02,2nd March 2020,23', '2020-03-02,,'));
    try {
      loadSources(dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SourceErrors);
      expect((e as SourceErrors).problems.join('\n')).toMatch(/publications\.csv:3:publication_date: a stated date needs/);
    }
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
        'data/sources/2024-04/figures.broken.csv:2:period: period "2023/24": not a recognised period id (see data/README.md, "Period ids")',
      );
      expect(problems.some((p) => p.startsWith('data/sources/2024-04/figures.broken.csv:2:value: must be a plain number'))).toBe(true);
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
      'data/sources/2024-04/figures.edited.csv:2:value_as_printed: value "1,964" does not stand on line 516 of 001_ae200f18469ddf2a.txt',
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
    const data = JSON.parse(readFileSync(path, 'utf8')) as { figures: { columns: { value: unknown[] } } };
    data.figures.columns.value[0] = 'lots';
    writeFileSync(path, JSON.stringify(data));
    const problems = checkPublished(out);
    expect(problems).toContain('2024-04/beat-crime.json: figures.columns.value[0]: Invalid input: expected number, received string');
    expect(
      problems.some((p) => p.startsWith('2024-04/beat-crime.json: sha256 ') && p.includes('the file was changed after it was built')),
    ).toBe(true);
  });

  it('fails on a plausible hand edit that keeps the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-pub-'));
    temps.push(dir);
    const out = publishTo(dir);
    const path = join(out, '2024-04', 'csp-crime.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as { figures: { columns: { value: number[] } } };
    data.figures.columns.value[0] = (data.figures.columns.value[0] ?? 0) + 1;
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
      'SYNTHETIC TEST DOCUMENT\nTable 1: All crime, 1st April 2099 to 30th June 2099\nAll Crime\t3,210\nMeeting of 20th July 2099\n',
    );
    // Step 1: one row in data/publications.csv.
    appendFileSync(
      join(dir, 'data', 'publications.csv'),
      '2099-07,900_synthetic.txt,"SYNTHETIC test publication, July 2099",agenda,2099-07-20,20th July 2099,4,,not stated,,\n',
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
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as {
      defaultSnapshot: string;
      snapshots: { id: string; meeting: { date: string } | null; published: unknown; figuresTo: string | null }[];
    };
    expect(manifest.defaultSnapshot).toBe('2099-07');
    expect(manifest.snapshots).toHaveLength(publishedIds(ROOT).length + 1);
    expect(manifest.snapshots[0]).toMatchObject({ meeting: { date: '2099-07-20' }, published: null, figuresTo: '2099-06-30' });
    expect(files.get('2099-07/figures.csv')).toContain('Q1 2099/00 (1 Apr to 30 Jun 2099)');
    expect(files.get('2099-07/figures.csv')).toContain('001_ae200f18469ddf2a.txt'); // earlier publications carried forward
  });
});
