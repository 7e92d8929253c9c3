// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './schema';
import { loadDataset } from './load';
import { encodeFigures } from './wire-figures';
import { figure } from '../../test/unit/fixtures';

// SYNTHETIC file: made-up figures, not Charnwood's.
const TEXT = JSON.stringify({
  schemaVersion: SCHEMA_VERSION,
  snapshotId: '2099-01',
  dataset: 'beat-crime',
  figures: encodeFigures([figure({ value: 1234 })]),
  notPublished: [],
});
const SHA = createHash('sha256').update(TEXT).digest('hex');
const serve = (body: BodyInit) => (async () => new Response(body)) as unknown as typeof fetch;

describe('loading a dataset file', () => {
  it('decodes a file that matches the manifest', async () => {
    const result = await loadDataset('2099-01', 'beat-crime', serve(TEXT), SHA);
    expect(result.ok && result.data.figures.map((f) => f.value)).toEqual([1234]);
  });

  it('refuses a file that differs from the manifest, saying the dashboard was updated', async () => {
    const stale = TEXT.replace('1234', '1235');
    expect(await loadDataset('2099-01', 'beat-crime', serve(stale), SHA)).toEqual({
      ok: false,
      errors: ['2099-01/beat-crime.json does not match the manifest: the dashboard has been updated since this page loaded — reload the page'],
    });
  });

  it('waits for the manifest before checking, so the file can download meanwhile', async () => {
    const result = await loadDataset('2099-01', 'beat-crime', serve(TEXT), Promise.resolve(SHA));
    expect(result.ok).toBe(true);
  });

  it('names the file when its bytes are not UTF-8', async () => {
    const result = await loadDataset('2099-01', 'beat-crime', serve(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(result).toEqual({ ok: false, errors: ['2099-01/beat-crime.json: not valid UTF-8 text'] });
  });

  it('names the file when it belongs to another snapshot', async () => {
    const result = await loadDataset('2099-02', 'beat-crime', serve(TEXT));
    expect(result).toEqual({ ok: false, errors: ['2099-02/beat-crime.json: snapshotId: is 2099-01, expected 2099-02'] });
  });
});
