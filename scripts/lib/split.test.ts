// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/data/schema.ts';
import { listedParts } from '../../src/data/parts.ts';
import { SYNTHETIC_SNAPSHOT, publishSyntheticForce } from './synthetic-force.ts';

// SYNTHETIC: a small made-up force (4 sectors × 3 crime types × 6 months), split at a low threshold so it has parts.
const PROFILE = { subareas: 4, crimeTypes: 3, months: 6, actions: 3 };
const SPLIT = publishSyntheticForce(PROFILE, 2_000);
const WHOLE = publishSyntheticForce(PROFILE);
const manifestOf = (files: Map<string, string>) => manifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));

describe('splitting a large figure dataset', () => {
  it('keeps a dataset below the threshold as one file, with no parts', () => {
    expect(WHOLE.has(`${SYNTHETIC_SNAPSHOT}/beat-crime.json`)).toBe(true);
    expect(listedParts(manifestOf(WHOLE), SYNTHETIC_SNAPSHOT, 'beat-crime')).toEqual([]);
  });

  it('writes one part per measure and a part of the newest periods, each listed with its bytes and sha256', () => {
    expect(SPLIT.has(`${SYNTHETIC_SNAPSHOT}/beat-crime.json`)).toBe(false);
    const manifest = manifestOf(SPLIT);
    const files = manifest.snapshots[0]?.files.filter((f) => f.dataset === 'beat-crime') ?? [];
    expect(files.map((f) => [f.path, f.part])).toEqual([
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-all-crime.json`, { kind: 'measure', measure: 'all-crime' }],
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-synthetic-crime-1.json`, { kind: 'measure', measure: 'synthetic-crime-1' }],
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-synthetic-crime-2.json`, { kind: 'measure', measure: 'synthetic-crime-2' }],
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/newest.json`, { kind: 'newest' }],
    ]);
    for (const f of files) {
      const text = SPLIT.get(f.path) ?? '';
      expect(f.bytes).toBe(Buffer.byteLength(text));
      expect(f.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});
