// @vitest-environment node
/**
 * A quarter from an analyst's extract, as data/README.md walks through it:
 * scaffold the snapshot, put the extract and its description in place,
 * import its figures, build and check. Everything happens in a temporary
 * copy of data/; the extracts, figures and partnership rows here are
 * SYNTHETIC and never reach the repository's public/data.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError, buildPublicData } from './build.ts';
import { repoRoot, unexpectedErrorMessage, UsageError } from './cli.ts';
import { importExtract, type ImportOptions } from './import-extract.ts';
import { newSnapshot } from './new-snapshot.ts';
import { checkProvenance } from './provenance.ts';
import { checkPublished } from './published.ts';
import { runDataBuild } from './publish.ts';
import { requireSeedsDir } from './seeds.ts';
import { loadSources, SourceErrors } from './sources.ts';
import { decodePublished } from '../../test/unit/fixtures.ts';

const ROOT = repoRoot();
const temps: string[] = [];
function tempCopy(withPublic = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-extract-'));
  temps.push(dir);
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  if (withPublic) cpSync(join(ROOT, 'public', 'data'), join(dir, 'public', 'data'), { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof SourceErrors || e instanceof BuildError || e instanceof UsageError) {
      return e instanceof UsageError ? e.message.split('\n') : e.problems;
    }
    throw e;
  }
  return [];
}

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const f of walk(dir).sort()) hash.update(relative(dir, f)).update(readFileSync(f));
  return hash.digest('hex');
}

const ID = '2099-07';
const SRC = `data/sources/${ID}`;
/** A SYNTHETIC extract as a records system might write it: a title line, a blank line, then the table. */
const EXTRACT = [
  'SYNTHETIC recorded crime by beat',
  '',
  'Beat,Crime type,Q1 2099/00,Q1 2098/99,Change',
  '56,All crime,"1,234",1200,+2.8%',
  'Beat 57,all-crime,98,*,',
  '',
].join('\n');
const EXTRACTS_CSV =
  'file,title,produced_by,system,run_date,header_row,encoding\n' +
  'crime-by-beat.csv,"SYNTHETIC recorded crime by beat, Q1 2099/00",Synthetic analyst,Synthetic records system,2099-07-05,3,\n';

const IMPORT: ImportOptions = {
  snapshot: ID,
  file: 'crime-by-beat.csv',
  dataset: 'beat-crime',
  areaType: 'beat',
  area: { column: 'Beat' },
  measure: { column: 'Crime type' },
  statistic: 'count',
  unit: 'crimes',
  values: [
    { column: 'Q1 2099/00', period: 'fy2099-00-q1' },
    { column: 'Q1 2098/99', period: 'fy2098-99-q1' },
  ],
  comparison: '',
  rows: null,
  replace: false,
};

/** The README's routine in a copy: new-snapshot, extract + description, import. */
function quarterFromExtract(root: string): void {
  newSnapshot(root, { id: ID, date: '2099-07-15', title: 'SYNTHETIC quarterly release, Q1 2099/00' });
  writeFileSync(join(root, SRC, 'extracts', 'crime-by-beat.csv'), EXTRACT);
  writeFileSync(join(root, SRC, 'extracts.csv'), EXTRACTS_CSV);
  importExtract(root, IMPORT);
}

interface Manifest {
  defaultSnapshot: string;
  snapshots: {
    id: string;
    kind: string;
    meeting: unknown;
    published: unknown;
    figuresTo: string | null;
    mainPeriod: unknown;
    sources: { kind: string; document: string; title: string; producedBy?: string; system?: string; runDate?: string }[];
  }[];
}

describe('data:new-snapshot', () => {
  it('scaffolds a release that data:build publishes, empty but valid, as the new default', () => {
    const root = tempCopy();
    const written = newSnapshot(root, { id: ID, date: '2099-07-15', title: 'SYNTHETIC quarterly release, Q1 2099/00' });
    expect(written).toEqual([`${SRC}/extracts/`, `${SRC}/extracts.csv`, `${SRC}/figures.csv`, 'data/publications.csv (one row added)']);
    expect(readFileSync(join(root, 'data', 'publications.csv'), 'utf8')).toMatch(
      /\n2099-07,,"SYNTHETIC quarterly release, Q1 2099\/00",release,,,,,2099-07-15,,\n$/,
    );
    const files = buildPublicData(loadSources(root));
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as Manifest;
    expect(manifest.defaultSnapshot).toBe(ID);
    expect(manifest.snapshots[0]).toMatchObject({
      id: ID,
      kind: 'release',
      meeting: null,
      published: { date: '2099-07-15', asPrinted: null, line: null },
      figuresTo: null,
      mainPeriod: null,
    });
    // It holds every earlier publication and adds no source of its own yet.
    expect(manifest.snapshots[0]?.sources).toEqual(manifest.snapshots[1]?.sources);
    const out = join(root, 'public', 'data');
    runDataBuild(root);
    expect(checkPublished(out)).toEqual([]);
  }, 60_000);

  it("refuses a bad id, a bad date, an id that is not the date's month and an id that exists, changing nothing", () => {
    const root = tempCopy();
    const before = treeHash(join(root, 'data'));
    const refuse = (id: string, date: string) => problemsOf(() => newSnapshot(root, { id, date, title: 'SYNTHETIC' }))[0];
    expect(refuse('2099-13', '2099-07-15')).toBe('--id "2099-13" is not a snapshot id: use the year and month of its date, like 2024-07.');
    expect(refuse('2099-07', '2099-02-30')).toBe('--date "2099-02-30" is not a date: use YYYY-MM-DD, like 2024-07-15.');
    expect(refuse('2099-08', '2099-07-15')).toBe(
      "--id 2099-08 is not the year and month of --date 2099-07-15: a snapshot's id is 2099-07.",
    );
    // Any snapshot the repository has: the first one listed.
    const rows = readFileSync(join(root, 'data', 'publications.csv'), 'utf8').split('\n');
    const existing = rows[1]?.split(',')[0] ?? '';
    expect(refuse(existing, `${existing}-01`)).toBe(
      `Snapshot ${existing} already exists (data/publications.csv row 2); choose another id or edit that one.`,
    );
    expect(treeHash(join(root, 'data'))).toBe(before);
  });

  it('prints a plain message and no stack trace when run with bad options', () => {
    // Refused before anything is written, so it runs safely on the repository itself.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-new-snapshot.ts', '--id', 'soon'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Missing --date, --title.');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('says an unforeseen failure in one line with a hint, not a stack', () => {
    const message = unexpectedErrorMessage(new TypeError("Cannot read properties of undefined (reading 'x')\n    at f (file.ts:1:1)"));
    expect(message.split('\n')).toHaveLength(2);
    expect(message).toMatch(
      /^Unexpected error: TypeError: Cannot read properties of undefined \(reading 'x'\)\nThis is a fault in the scripts/,
    );
  });
});

describe("a quarter from an analyst's extract", () => {
  it('imports one figures row per numeric cell, citing file, row and column, and lists the cells left out', () => {
    const root = tempCopy();
    newSnapshot(root, { id: ID, date: '2099-07-15', title: 'SYNTHETIC quarterly release, Q1 2099/00' });
    writeFileSync(join(root, SRC, 'extracts', 'crime-by-beat.csv'), EXTRACT);
    writeFileSync(join(root, SRC, 'extracts.csv'), EXTRACTS_CSV);
    const result = importExtract(root, IMPORT);
    expect(result).toEqual({
      path: `${SRC}/figures.crime-by-beat.csv`,
      figures: 3,
      skipped: [`${SRC}/extracts/crime-by-beat.csv:5:Q1 2098/99 ("*")`],
    });
    expect(readFileSync(join(root, result.path), 'utf8').split('\n').slice(1)).toEqual([
      'beat-crime,beat,56,all-crime,count,fy2099-00-q1,,1234,"1,234",crimes,crime-by-beat.csv,Q1 2099/00,4,',
      'beat-crime,beat,56,all-crime,count,fy2098-99-q1,,1200,1200,crimes,crime-by-beat.csv,Q1 2098/99,4,',
      'beat-crime,beat,57,all-crime,count,fy2099-00-q1,,98,98,crimes,crime-by-beat.csv,Q1 2099/00,5,',
      '',
    ]);
    // Run again, it does not overwrite reviewed rows unless told to.
    expect(problemsOf(() => importExtract(root, IMPORT))[0]).toMatch(/figures\.crime-by-beat\.csv already exists: give --replace/);
  });

  it('reports a cell it cannot place with its file, row and column, and writes nothing', () => {
    const root = tempCopy();
    newSnapshot(root, { id: ID, date: '2099-07-15', title: 'SYNTHETIC' });
    writeFileSync(join(root, SRC, 'extracts', 'crime-by-beat.csv'), `${EXTRACT}Total,Shoplifting,1332,1200,\n`);
    writeFileSync(join(root, SRC, 'extracts.csv'), EXTRACTS_CSV);
    const problems = problemsOf(() => importExtract(root, IMPORT));
    expect(problems[0]).toMatch(
      new RegExp(`^${SRC}/extracts/crime-by-beat\\.csv:6:Beat: "Total" is not an area of type beat \\(expected a code or name: 56, 57,`),
    );
    expect(existsSync(join(root, SRC, 'figures.crime-by-beat.csv'))).toBe(false);
  });

  it("imports an extract's % change column beside its counts, into a file of its own", () => {
    const root = tempCopy();
    quarterFromExtract(root);
    const change = { ...IMPORT, statistic: 'percent-change', unit: 'percent', comparison: 'fy2098-99-q1', rows: { from: 4, to: 4 } };
    const result = importExtract(root, { ...change, values: [{ column: 'Change', period: 'fy2099-00-q1' }] });
    expect(result.path).toBe(`${SRC}/figures.crime-by-beat.percent-change.csv`);
    expect(readFileSync(join(root, result.path), 'utf8').split('\n')[1]).toBe(
      'beat-crime,beat,56,all-crime,percent-change,fy2099-00-q1,fy2098-99-q1,2.8,+2.8%,percent,crime-by-beat.csv,Change,4,',
    );
    expect(existsSync(join(root, SRC, 'figures.crime-by-beat.csv'))).toBe(true);
    expect(loadSources(root).extractFiguresVerified).toBe(4);
  });

  it('imports one extract of several the quarter holds, leaving the others to their own imports', () => {
    const root = tempCopy();
    newSnapshot(root, { id: ID, date: '2099-07-15', title: 'SYNTHETIC' });
    writeFileSync(join(root, SRC, 'extracts', 'crime-by-beat.csv'), EXTRACT);
    writeFileSync(join(root, SRC, 'extracts', 'asb.csv'), 'Measure,Q1 2099/00\nYouth-related ASB records,12\n');
    writeFileSync(
      join(root, SRC, 'extracts.csv'),
      `${EXTRACTS_CSV}asb.csv,"SYNTHETIC youth ASB, Q1 2099/00",Synthetic analyst,Synthetic case system,2099-07-05,,\n`,
    );
    expect(importExtract(root, IMPORT).figures).toBe(3);
  });

  it('builds a snapshot whose figures cite the extract, and data:check finds each value in its cell', () => {
    const root = tempCopy();
    quarterFromExtract(root);
    const sources = loadSources(root);
    expect(sources.extractFiguresVerified).toBe(3);
    const provenance = checkProvenance(sources, requireSeedsDir());
    expect(provenance.problems).toEqual([]);
    expect(provenance.verifiedInExtracts).toBe(3);

    const files = buildPublicData(sources);
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as Manifest;
    expect(manifest.snapshots[0]).toMatchObject({ id: ID, kind: 'release', figuresTo: '2099-06-30' });
    expect(manifest.snapshots[0]?.sources.at(-1)).toEqual({
      kind: 'extract',
      document: `${SRC}/extracts/crime-by-beat.csv`,
      title: 'SYNTHETIC recorded crime by beat, Q1 2099/00',
      producedBy: 'Synthetic analyst',
      system: 'Synthetic records system',
      runDate: '2099-07-05',
    });
    const beats = decodePublished<{
      figures: { areaCode: string; period: string; value: number; printings: { printed: string; source: unknown }[] }[];
    }>(`${ID}/beat-crime.json`, files.get(`${ID}/beat-crime.json`) ?? '{}');
    const q1 = beats.figures.find((f) => f.areaCode === '56' && f.period === 'fy2099-00-q1');
    expect(q1?.printings).toEqual([
      { printed: '1,234', source: { kind: 'extract', document: `${SRC}/extracts/crime-by-beat.csv`, ref: 'Q1 2099/00', line: 4 } },
    ]);
    // figures.csv keeps its 19 columns: source_document names the extract, source_line its row.
    expect(files.get(`${ID}/figures.csv`)).toContain(`,1234,"1,234",crimes,${SRC}/extracts/crime-by-beat.csv,Q1 2099/00,4,`);
    // The real snapshots are untouched by a new quarter.
    for (const [path, text] of buildPublicData(loadSources(ROOT))) {
      if (path !== 'manifest.json') expect(files.get(path), path).toBe(text);
    }
  }, 60_000);

  it('rejects a value that is not in the cell it cites', () => {
    const root = tempCopy();
    quarterFromExtract(root);
    const file = join(root, SRC, 'figures.crime-by-beat.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('1234,"1,234"', '1235,"1,235"'));
    expect(problemsOf(() => loadSources(root))).toEqual([
      `${SRC}/figures.crime-by-beat.csv:2:value_as_printed: "1,235" is not on row 4 of crime-by-beat.csv under "Q1 2099/00": that cell holds "1,234"`,
    ]);
  });

  it('rejects a citation of a column or row the extract does not have, and an extract nobody described', () => {
    const root = tempCopy();
    quarterFromExtract(root);
    const file = join(root, SRC, 'figures.crime-by-beat.csv');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Q1 2099/00,5,', 'Q1 2099/01,5,').replace('Q1 2098/99,4,', 'Q1 2098/99,40,'));
    writeFileSync(join(root, SRC, 'extracts', 'later.csv'), 'a,b\n1,2\n');
    expect(problemsOf(() => loadSources(root))).toEqual([
      `${SRC}/extracts/later.csv: not described in ${SRC}/extracts.csv (add a row: file,title,produced_by,system,run_date)`,
      `${SRC}/figures.crime-by-beat.csv:3:source_line: row 40 is not a row of figures in crime-by-beat.csv (rows 4 to 5, below its header row 3)`,
      `${SRC}/figures.crime-by-beat.csv:4:source_ref: "Q1 2099/01" is not a column of crime-by-beat.csv (its columns: "Beat", "Crime type", "Q1 2099/00", "Q1 2098/99", "Change")`,
    ]);
  });

  it('keeps a Windows-1252 extract as received when extracts.csv says so, and reports it when it does not', () => {
    const root = tempCopy();
    quarterFromExtract(root);
    // "Analyst’s": the apostrophe as Windows-1252 writes it, one byte 0x92, in the title line above the header.
    const extract = join(root, SRC, 'extracts', 'crime-by-beat.csv');
    writeFileSync(
      extract,
      Buffer.concat([Buffer.from('SYNTHETIC Analyst'), Buffer.from([0x92]), Buffer.from(EXTRACT.slice('SYNTHETIC'.length))]),
    );
    expect(problemsOf(() => loadSources(root))).toEqual([
      `${SRC}/extracts/crime-by-beat.csv:1:column 1: not UTF-8 text: byte 0x92 is not a valid character here; keep the extract as received and give its encoding in ${SRC}/extracts.csv (column encoding, e.g. windows-1252)`,
    ]);
    writeFileSync(join(root, SRC, 'extracts.csv'), EXTRACTS_CSV.replace(',3,\n', ',3,windows-1252\n'));
    expect(loadSources(root).extractFiguresVerified).toBe(3);
  });

  it('rejects rows a release cannot hold: a figure with no extract, a row citing a document line, an extract run after the release', () => {
    const root = tempCopy();
    quarterFromExtract(root);
    writeFileSync(
      join(root, SRC, 'figures.csv'),
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source,source_ref,source_line,note\n' +
        'beat-crime,beat,58,all-crime,count,fy2099-00-q1,,5,5,crimes,,Table 1,3,SYNTHETIC\n',
    );
    writeFileSync(join(root, SRC, 'periods.csv'), 'period,as_printed,source_line\nfy2099-00-q1,Q1,2\n');
    expect(problemsOf(() => loadSources(root))).toEqual([
      `${SRC}/periods.csv:2:source_line: snapshot ${ID} is a release, with no document to cite; periods rows cite a document's lines`,
      `${SRC}/figures.csv:2:source: is empty, but snapshot ${ID} is a release, with no document to cite: name the extract the value stands in`,
    ]);
    rmSync(join(root, SRC, 'periods.csv'));
    writeFileSync(
      join(root, SRC, 'figures.csv'),
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note\n',
    );
    writeFileSync(join(root, SRC, 'extracts.csv'), EXTRACTS_CSV.replace('2099-07-05', '2099-07-20'));
    expect(problemsOf(() => buildPublicData(loadSources(root)))).toEqual([
      `${SRC}/extracts.csv:2:run_date: the extract was run 20 Jul 2099, after its publication's date 15 Jul 2099`,
    ]);
  }, 60_000);
});

describe('data:build', () => {
  it('leaves public/data exactly as it was when the build fails', () => {
    const root = tempCopy(true);
    const before = treeHash(join(root, 'public', 'data'));
    writeFileSync(
      join(root, 'data', 'sources', '2024-04', 'figures.synthetic.csv'),
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note\n' +
        'beat-crime,beat,62,no-such-measure,count,fy2023-24-ytd-2023-12-05,,1,1,crimes,SYNTHETIC,516,\n',
    );
    expect(() => runDataBuild(root)).toThrow(SourceErrors);
    expect(treeHash(join(root, 'public', 'data'))).toBe(before);
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
  }, 60_000);

  it('replaces public/data whole when it succeeds, leaving no working folder behind', () => {
    const root = tempCopy(true);
    const before = treeHash(join(root, 'public', 'data'));
    quarterFromExtract(root);
    runDataBuild(root);
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
    expect(treeHash(join(root, 'public', 'data'))).not.toBe(before);
    expect(checkPublished(join(root, 'public', 'data'))).toEqual([]);
    // The real snapshots' files are byte for byte what the repository publishes.
    const real = readdirSync(join(ROOT, 'public', 'data')).filter((n) => /^\d{4}-\d{2}$/.test(n));
    expect(real.length).toBeGreaterThan(0);
    for (const id of real) {
      expect(treeHash(join(root, 'public', 'data', id)), id).toBe(treeHash(join(ROOT, 'public', 'data', id)));
    }
  }, 60_000);
});
