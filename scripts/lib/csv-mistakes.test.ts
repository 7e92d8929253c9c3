// @vitest-environment node
/**
 * Every kind of mistake an analyst can make in the CSV files is reported as
 * `file:row:column: what was expected`, all of them in one run, and the run
 * writes nothing. Each test edits a temporary copy of data/; the rows added
 * are SYNTHETIC and never reach public/data.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError, buildPublicData } from './build.ts';
import { repoRoot } from './cli.ts';
import { loadSources, SourceErrors } from './sources.ts';

const temps: string[] = [];
function tempCopyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-mistakes-'));
  temps.push(dir);
  cpSync(join(repoRoot(), 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function problemsOf(root: string): string[] {
  try {
    buildPublicData(loadSources(root));
  } catch (e) {
    if (e instanceof SourceErrors || e instanceof BuildError) return e.problems;
    throw e;
  }
  return [];
}

const FIGURES_HEADER =
  'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note';
/** A SYNTHETIC figures row that is right in every column, to be spoiled one column at a time. */
const GOOD = 'beat-crime,beat,62,all-crime,count,fy2023-24-ytd-2023-12-05,,1963,"1,963",crimes,SYNTHETIC,516,';
const DIR = 'data/sources/2024-04';

/** Writes one SYNTHETIC source file into the copy; returns its path as messages name it. */
function put(root: string, name: string, text: string | Buffer): string {
  writeFileSync(join(root, DIR, name), text);
  return `${DIR}/${name}`;
}

describe('each kind of mistake, with its file, row and column', () => {
  it('an unknown measure', () => {
    const root = tempCopyOfData();
    const f = put(root, 'figures.synthetic.csv', `${FIGURES_HEADER}\n${GOOD.replace('all-crime', 'no-such-measure')}\n`);
    expect(problemsOf(root)).toEqual([
      `${f}:2:measure: unknown measure no-such-measure (expected a measure of data/vocab/measures.csv or a measures*.csv)`,
    ]);
  });

  it('an unknown area', () => {
    const root = tempCopyOfData();
    const f = put(root, 'figures.synthetic.csv', `${FIGURES_HEADER}\n${GOOD.replace('beat,62', 'beat,99')}\n`);
    expect(problemsOf(root)).toEqual([
      `${f}:2:area_code: unknown area beat,99 (expected an area of data/vocab/areas.csv, data/partnership/areas.csv or an areas*.csv)`,
    ]);
  });

  it('a bad period id', () => {
    const root = tempCopyOfData();
    const f = put(root, 'figures.synthetic.csv', `${FIGURES_HEADER}\n${GOOD.replace('fy2023-24-ytd-2023-12-05', '2023/24')}\n`);
    expect(problemsOf(root)).toEqual([`${f}:2:period: period "2023/24": not a recognised period id (see data/README.md, "Period ids")`]);
  });

  it('a duplicate id', () => {
    const root = tempCopyOfData();
    const f = put(
      root,
      'notes.synthetic.csv',
      'id,kind,source_line,value_as_printed,text\nsyn-1,remark,516,,SYNTHETIC\nsyn-1,remark,517,,SYNTHETIC\n',
    );
    expect(problemsOf(root)).toEqual([`${f}:3:id: note id "syn-1" is already used at ${f}:2`]);
  });

  it('a missing column, once for the file rather than once a row', () => {
    const root = tempCopyOfData();
    const header = FIGURES_HEADER.replace(',unit', '');
    const row = GOOD.replace(',crimes', '');
    const f = put(root, 'figures.synthetic.csv', `${header}\n${row}\n${row}\n`);
    expect(problemsOf(root)).toEqual([
      `${f}:1:unit: missing column (the header must name dataset, area_type, area_code, measure, statistic, period, comparison, value, value_as_printed, unit, source_ref, source_line, note)`,
    ]);
  });

  it('an unknown column', () => {
    const root = tempCopyOfData();
    const f = put(root, 'figures.synthetic.csv', `${FIGURES_HEADER},colour\n${GOOD},red\n`);
    expect(problemsOf(root)).toEqual([
      `${f}:1:colour: unknown column; expected one of dataset, area_type, area_code, measure, statistic, period, comparison, value, value_as_printed, unit, source, source_ref, source_line, note`,
    ]);
  });

  it('a file in the wrong encoding, at the row and column of its first bad byte', () => {
    const root = tempCopyOfData();
    // "Analyst’s" saved by a spreadsheet as Windows-1252: the apostrophe is the single byte 0x92.
    const text = Buffer.concat([
      Buffer.from(`${FIGURES_HEADER}\n${GOOD}\n${GOOD.replace(/,$/, ',Analyst')}`),
      Buffer.from([0x92]),
      Buffer.from('s note\n'),
    ]);
    const f = put(root, 'figures.synthetic.csv', text);
    expect(problemsOf(root)).toEqual([
      `${f}:3:note: not UTF-8 text: byte 0x92 is not a valid character here; the file was probably saved as "CSV" (Windows-1252) rather than "CSV UTF-8": open it and save it again as CSV UTF-8`,
    ]);
  });

  it('a record that runs over several lines, and the right line for a mistake after it', () => {
    const root = tempCopyOfData();
    const multi = GOOD.replace(/,$/, ',"a note\nover two lines"');
    const f = put(root, 'figures.synthetic.csv', `${FIGURES_HEADER}\n${multi}\n${GOOD.replace('all-crime', 'no-such-measure')}\n`);
    expect(problemsOf(root)).toEqual([
      `${f}:2:note: the cell runs over lines 2-3; keep each row on one line (a stray " opens a cell that runs to the next ")`,
      `${f}:4:measure: unknown measure no-such-measure (expected a measure of data/vocab/measures.csv or a measures*.csv)`,
    ]);
  });
});

describe('many mistakes at once', () => {
  it('reports every one in one run, and the publication rows too', () => {
    const root = tempCopyOfData();
    const a = put(
      root,
      'figures.synthetic-a.csv',
      `${FIGURES_HEADER}\n${GOOD.replace('all-crime', 'no-such-measure')}\n${GOOD.replace('beat,62', 'beat,99')}\n`,
    );
    const b = put(root, 'figures.synthetic-b.csv', `${FIGURES_HEADER},colour\n${GOOD},red\n`);
    const c = put(
      root,
      'notes.synthetic.csv',
      'id,kind,source_line,value_as_printed,text\nsyn-1,remark,516,,SYNTHETIC\nsyn-1,oops,517,,SYNTHETIC\n',
    );
    const publications = join(root, 'data', 'publications.csv');
    // The appended row's line number follows however many publications there are: a new quarter adds one.
    const appendedLine = readFileSync(publications, 'utf8').trimEnd().split('\n').length + 1;
    appendFileSync(publications, '2099-13,,SYNTHETIC,release,,,,,2099-12-01,,\n');
    const problems = problemsOf(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${a}:2:measure: unknown measure no-such-measure (expected a measure of data/vocab/measures.csv or a measures*.csv)`,
        `${a}:3:area_code: unknown area beat,99 (expected an area of data/vocab/areas.csv, data/partnership/areas.csv or an areas*.csv)`,
        expect.stringMatching(new RegExp(`^${b.replace(/\./g, '\\.')}:1:colour: unknown column`)),
        expect.stringMatching(new RegExp(`^${c.replace(/\./g, '\\.')}:3:kind: `)),
        `data/publications.csv:${appendedLine}:snapshot_id: must look like 2024-04 (the year and month of its date)`,
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(5);
    // Plain sentences, never a stack trace.
    expect(problems.every((p) => !/\n\s+at /.test(p))).toBe(true);
  });

  it('reads the real data without a single problem', () => {
    const root = tempCopyOfData();
    expect(problemsOf(root)).toEqual([]);
    // The copy is byte for byte the repository's data.
    expect(readFileSync(join(root, 'data', 'publications.csv'), 'utf8')).toBe(
      readFileSync(join(repoRoot(), 'data', 'publications.csv'), 'utf8'),
    );
  }, 60_000);
});
