import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './schema';
import { parseJson, validateDataset, validateManifest } from './validate';
import { figure } from '../../test/unit/fixtures';

// SYNTHETIC test fixture: not Charnwood data.
function syntheticBeatCrime() {
  return { schemaVersion: SCHEMA_VERSION, snapshotId: '2099-01', dataset: 'beat-crime', figures: [figure({ value: 100 })], notPublished: [] };
}

describe('validating a dataset file', () => {
  it('accepts a well-formed file', () => {
    expect(validateDataset('2099-01/beat-crime.json', 'beat-crime', syntheticBeatCrime()).ok).toBe(true);
  });

  it.each([
    ['a number edited into text', (d: ReturnType<typeof syntheticBeatCrime>) => Object.assign(d.figures[0]!, { value: '100' }), 'figures[0].value', /expected number/],
    ['an invalid period', (d: ReturnType<typeof syntheticBeatCrime>) => Object.assign(d.figures[0]!, { period: '2098/99' }), 'figures[0].period', /not a recognised period id/],
    ['a figure without its source', (d: ReturnType<typeof syntheticBeatCrime>) => Object.assign(d.figures[0]!, { printings: [] }), 'figures[0].printings', /too small|at least/i],
    ['an unknown field', (d: ReturnType<typeof syntheticBeatCrime>) => Object.assign(d, { extra: true }), '(top level)', /unrecognized key/i],
    ['a newer schema version', (d: ReturnType<typeof syntheticBeatCrime>) => Object.assign(d, { schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion', /expected 2|invalid input/i],
    ['a wrong statistic', (d: ReturnType<typeof syntheticBeatCrime>) => Object.assign(d.figures[0]!, { statistic: 'guess' }), 'figures[0].statistic', /invalid option/i],
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
