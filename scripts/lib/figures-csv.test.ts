// @vitest-environment node
/**
 * The published figures.csv as a reader gets it: strict RFC 4180 in the
 * project's one CSV dialect, holding exactly the printings of the snapshot's
 * JSON datasets, and written by the same writer as every table download.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_DATASETS, type DatasetFile, type DatasetId } from '../../src/data/schema.ts';
import { parseJson, validateDataset, validateManifest } from '../../src/data/validate.ts';
import { BOM, unneutralise } from '../../src/lib/csv.ts';
import { tableCsv } from '../../src/components/data-table/table-csv.ts';
import type { TableColumn } from '../../src/components/data-table/columns.ts';
import { FIGURES_CSV_COLUMNS, buildPublicData } from './build.ts';
import { repoRoot } from './cli.ts';
import { loadSources } from './sources.ts';

const ROOT = repoRoot();
const PUBLIC = join(ROOT, 'public', 'data');

/** A strict RFC 4180 reader: BOM, CRLF records, no stray quotes, every record as wide as the header. */
function strictParse(csv: string): string[][] {
  return parse(csv, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

function read<D extends DatasetId>(snapshot: string, dataset: D): DatasetFile<D> {
  const path = `${snapshot}/${dataset}.json`;
  const json = parseJson(path, readFileSync(join(PUBLIC, path), 'utf8'));
  if (!json.ok) throw new Error(json.errors.join('\n'));
  const checked = validateDataset(path, dataset, json.data);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.data;
}

const manifestJson = parseJson('manifest.json', readFileSync(join(PUBLIC, 'manifest.json'), 'utf8'));
const manifest = manifestJson.ok ? validateManifest('manifest.json', manifestJson.data) : manifestJson;
if (!manifest.ok) throw new Error(manifest.errors.join('\n'));
const snapshots = manifest.data.snapshots;

/** A printed number in the documents' style, with its sign: the writer must leave it exactly as printed. */
const SIGNED_PRINTED_NUMBER = /^[+-] ?(\d{1,3}(,\d{3})+|\d+)(\.\d+)? ?%?$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Every printing of every figure in the snapshot's JSON, as the row figures.csv should hold for it. */
function expectedRows(snapshot: string): string[] {
  const periods = new Map(read(snapshot, 'periods').periods.map((p) => [p.id, p]));
  const areas = new Map(read(snapshot, 'vocab').areas.map((a) => [`${a.type}|${a.code}`, a.name]));
  const notes = new Map(read(snapshot, 'notes').notes.map((n) => [n.id, n.text]));
  const rows: string[] = [];
  for (const dataset of FIGURE_DATASETS) {
    for (const f of read(snapshot, dataset).figures) {
      const p = periods.get(f.period);
      const c = f.comparison === null ? undefined : periods.get(f.comparison);
      const note = [f.remark, ...f.noteIds.map((id) => notes.get(id))].filter((t): t is string => !!t).join(' | ');
      for (const printing of f.printings) {
        rows.push(
          JSON.stringify([
            snapshot,
            dataset,
            f.areaType,
            f.areaCode,
            areas.get(`${f.areaType}|${f.areaCode}`) ?? f.areaCode,
            f.measure,
            f.statistic,
            p?.label,
            // A date the document does not state is left empty; the label gives its bound.
            p?.startStated ? p.start : '',
            p?.endStated ? p.end : '',
            c?.startStated ? c.start : '',
            c?.endStated ? c.end : '',
            f.value,
            printing.printed,
            f.unit,
            printing.source.document,
            printing.source.ref,
            printing.source.line,
            note,
          ]),
        );
      }
    }
  }
  return rows;
}

/** What is in `a` and not in `b`, counting repeats. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    left.set(x, n - 1);
    return n <= 0;
  });
}

describe.each(snapshots.map((s) => [s.id, s] as const))('the published %s/figures.csv', (id, snapshot) => {
  const bytes = readFileSync(join(PUBLIC, id, 'figures.csv'));
  const text = bytes.toString('utf8');

  it('is UTF-8 with a byte-order mark and CRLF records, and parses under strict RFC 4180', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(`${BOM}snapshot_id,`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...records] = strictParse(text);
    expect(header).toEqual([...FIGURES_CSV_COLUMNS]);
    expect(records.length).toBeGreaterThan(0);
  });

  it('holds exactly one row for each printing of each figure in the JSON datasets, equal in every column', () => {
    const [, ...records] = strictParse(text);
    const value = FIGURES_CSV_COLUMNS.indexOf('value');
    const line = FIGURES_CSV_COLUMNS.indexOf('source_line');
    const actual = records.map((r) => {
      // Numbers are written plainly; every text cell reads back once the documented apostrophe is removed.
      expect(r[value]).toMatch(PLAIN_NUMBER);
      expect(r[line]).toMatch(/^[1-9]\d*$/);
      return JSON.stringify(r.map((cell, i) => (i === value || i === line ? Number(cell) : unneutralise(cell))));
    });
    const expected = expectedRows(id);
    expect(missingFrom(expected, actual), 'printings with no row in figures.csv').toEqual([]);
    expect(missingFrom(actual, expected), 'rows of figures.csv that are no printing in the JSON').toEqual([]);
    expect(records.length).toBe(snapshot.figureCount);
  });

  it('leaves every signed printed number exactly as printed', () => {
    const [, ...records] = strictParse(text);
    const printed = FIGURES_CSV_COLUMNS.indexOf('value_as_printed');
    const signed = records.map((r) => r[printed] ?? '').filter((p) => /^[+-]/.test(p));
    if (id !== '2017-12') expect(signed.length).toBeGreaterThan(50); // the 2017 board report prints only a few
    expect(signed.filter((p) => !SIGNED_PRINTED_NUMBER.test(p))).toEqual([]);
  });
});

describe('figures.csv and a table download', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('come from the same writer: same BOM, same CRLF, the same neutralisation of the same text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-csv-'));
    temps.push(dir);
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    // SYNTHETIC publication whose transcribed text is hostile, as a careless or malicious transcription could be.
    const hostile = { printed: '=HYPERLINK("http://example.invalid","3,210")', ref: '@SUM(A1)', note: "-2+3 +cmd|' /C calc'!A0" };
    appendFileSync(
      join(dir, 'data', 'publications.csv'),
      '2099-07,900_synthetic.txt,"SYNTHETIC test publication, July 2099",agenda,2099-07-20,20th July 2099,4,,not stated,,\n',
    );
    mkdirSync(join(dir, 'data', 'sources', '2099-07'));
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    writeFileSync(
      join(dir, 'data', 'sources', '2099-07', 'figures.csv'),
      'dataset,area_type,area_code,measure,statistic,period,comparison,value,value_as_printed,unit,source_ref,source_line,note\n' +
        `csp-crime,csp,charnwood,all-crime,count,fy2099-00-q1,,3210,${quote(hostile.printed)},crimes,${quote(hostile.ref)},3,${quote(hostile.note)}\n`,
    );
    writeFileSync(
      join(dir, 'data', 'sources', '2099-07', 'periods.csv'),
      'period,as_printed,source_line\nfy2099-00-q1,1st April 2099 to 30th June 2099,2\n',
    );
    const figuresCsv = buildPublicData(loadSources(dir)).get('2099-07/figures.csv') ?? '';
    const [header = [], ...records] = strictParse(figuresCsv);
    const row = records.find((r) => r[header.indexOf('source_document')] === '900_synthetic.txt');
    expect(row).toBeDefined();
    const fromFigures = ['value_as_printed', 'source_ref', 'note'].map((c) => row?.[header.indexOf(c)]);

    type Row = typeof hostile;
    const columns: TableColumn<Row>[] = [
      { id: 'printed', header: 'Printed', value: (r) => r.printed },
      { id: 'ref', header: 'Table', value: (r) => r.ref },
      { id: 'note', header: 'Note', value: (r) => r.note },
    ];
    const download = tableCsv(columns, [hostile], []);
    const [, fromTable] = strictParse(download);

    expect(fromFigures).toEqual(fromTable);
    expect(fromTable).toEqual([`'${hostile.printed}`, `'${hostile.ref}`, `'${hostile.note}`]);
    for (const csv of [figuresCsv, download]) {
      expect(csv.startsWith(BOM)).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.split('\r\n')[0]).not.toMatch(/[\r\n]/);
    }
  }, 60_000); // It builds every snapshot, which takes seconds on a busy machine.
});
