import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Figure } from './schema';
import { parseJson, validateDataset, validateManifest } from './validate';
import { MAX_PRINTINGS, encodeFigures } from './wire-figures';
import { figure } from '../../test/unit/fixtures';

// SYNTHETIC test fixture: not Charnwood data.
function syntheticBeatCrime(figures: Figure[] = [figure({ value: 100 })]) {
  return { schemaVersion: SCHEMA_VERSION, snapshotId: '2099-01', dataset: 'beat-crime', figures: encodeFigures(figures), notPublished: [] };
}
type File = ReturnType<typeof syntheticBeatCrime>;

describe('validating a dataset file', () => {
  it('accepts a well-formed file and decodes exactly the figures that were encoded', () => {
    const figures = [
      figure({ value: 100 }),
      figure({ value: 1495, statistic: 'count', printings: [{ printed: '1,495', source: { kind: 'extract', document: 'x.csv', ref: 'Count', line: 2 } }] }),
      figure({ value: -6.2, statistic: 'percent-change', unit: 'percent', comparison: 'fy2097-98', preferred: false, noteIds: ['n1', 'n2'], remark: 'SYNTHETIC' }),
    ];
    const result = validateDataset('2099-01/beat-crime.json', 'beat-crime', JSON.parse(JSON.stringify(syntheticBeatCrime(figures))));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.figures).toEqual(figures);
  });

  it.each([
    ['a number edited into text', (d: File) => Object.assign(d.figures.columns.value, { 0: '100' }), 'figures.columns.value[0]', /expected number/],
    ['an invalid period', (d: File) => Object.assign(d.figures.tables.periods, { 0: '2098/99' }), 'figures.tables.periods[0]', /not a recognised period id/],
    ['a figure without its source', (d: File) => Object.assign(d.figures.columns, { printings: { runs: [0, 1] } }), 'figures.columns.printings.runs[0]', /out of range/],
    ['an index out of range', (d: File) => Object.assign(d.figures.columns, { area: { runs: [5, 1] } }), 'figures.columns.area.runs[0]', /out of range \(0 to 0\)/],
    ['columns of different lengths', (d: File) => d.figures.columns.value.push(3), 'figures.columns.value', /has 2 entries, expected 1/],
    ['an unknown field', (d: File) => Object.assign(d, { extra: true }), '(top level)', /unrecognized key/i],
    ['a newer schema version', (d: File) => Object.assign(d, { schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion', /expected 4|invalid input/i],
    ['a wrong statistic', (d: File) => Object.assign(d.figures.tables.statistics, { 0: 'guess' }), 'figures.tables.statistics[0]', /invalid option/i],
  ])('rejects %s, naming the file, the path and the reason', (_name, corrupt, path, reason) => {
    const data = syntheticBeatCrime();
    corrupt(data);
    const result = validateDataset('2099-01/beat-crime.json', 'beat-crime', data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = result.errors.find((e) => e.startsWith(`2099-01/beat-crime.json: ${path}: `));
    expect(message, result.errors.join('\n')).toBeDefined();
    expect(message).toMatch(reason);
  });

  it('rejects two figures with the same id', () => {
    const result = validateDataset('2099-01/beat-crime.json', 'beat-crime', syntheticBeatCrime([figure({ value: 1, id: 'f-1' }), figure({ value: 2, id: 'f-1' })]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('2099-01/beat-crime.json: figures.columns.id[1]: f-1 is the id of an earlier figure');
  });

  it('refuses a file that claims more figures than it holds values, before making room for them', () => {
    const data = syntheticBeatCrime();
    Object.assign(data.figures, { count: 1e9 });
    Object.assign(data.figures.columns, { area: { runs: [0, 1e9] } });
    const result = validateDataset('2099-01/beat-crime.json', 'beat-crime', data);
    expect(result).toEqual({ ok: false, errors: ['2099-01/beat-crime.json: figures.columns.value: has 1 entries, expected 1000000000'] });
  });

  it(`refuses a figure printed in more than ${MAX_PRINTINGS} places (printings are counted, not listed)`, () => {
    const data = syntheticBeatCrime();
    Object.assign(data.figures.columns, { printings: { runs: [1e12, 1] } });
    Object.assign(data.figures.printings, { source: { runs: [0, 1e12] }, line: { runs: [1, 1e12] } });
    const result = validateDataset('2099-01/beat-crime.json', 'beat-crime', data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^2099-01\/beat-crime\.json: figures\.columns\.printings\.runs\[0\]: gives 1000000000000, out of range \(1 to 1000\)/);
  });

  it('names the first bad entry of a long column, and only that one', () => {
    const data = syntheticBeatCrime(Array.from({ length: 3000 }, (_, i) => figure({ id: `f-${String(i).padStart(4, '0')}`, value: i })));
    Object.assign(data.figures.columns.value, { 1234: 'n/a', 2000: null });
    const result = validateDataset('2099-01/beat-crime.json', 'beat-crime', data);
    expect(result).toEqual({
      ok: false,
      errors: ['2099-01/beat-crime.json: figures.columns.value[1234]: Invalid input: expected number, received string'],
    });
  });

  it('reports broken JSON against the file name', () => {
    const result = parseJson('2099-01/asb.json', '{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^2099-01\/asb\.json: not valid JSON: /);
  });

  it('rejects a manifest without snapshots', () => {
    const result = validateManifest('manifest.json', {
      schemaVersion: SCHEMA_VERSION,
      generatedFrom: 'x',
      partnership: { path: 'partnership.json', bytes: 1, sha256: 'a'.repeat(64) },
      snapshots: [],
      defaultSnapshot: '2099-01',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^manifest\.json: snapshots: /);
  });
});
