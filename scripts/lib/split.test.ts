// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, manifestSchema } from '../../src/data/schema.ts';
import { decodeDatasetText } from '../../src/data/validate.ts';
import { listedParts, partPath } from '../../src/data/parts.ts';
import { SYNTHETIC_SNAPSHOT, publishSyntheticForce } from './synthetic-force.ts';
import { writeDataset } from './split.ts';
import { checkPublished } from './published.ts';

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

  it('writes one part per measure, a part of the newest periods and one part per area, each listed with its bytes and sha256', () => {
    expect(SPLIT.has(`${SYNTHETIC_SNAPSHOT}/beat-crime.json`)).toBe(false);
    const manifest = manifestOf(SPLIT);
    const files = manifest.snapshots[0]?.files.filter((f) => f.dataset === 'beat-crime') ?? [];
    expect(files.map((f) => [f.path, f.part])).toEqual([
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-all-crime.json`, { kind: 'measure', measure: 'all-crime' }],
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-synthetic-crime-1.json`, { kind: 'measure', measure: 'synthetic-crime-1' }],
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/measure-synthetic-crime-2.json`, { kind: 'measure', measure: 'synthetic-crime-2' }],
      [`${SYNTHETIC_SNAPSHOT}/beat-crime/newest.json`, { kind: 'newest' }],
      ...[1, 2, 3, 4].map((n) => [
        `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s${n}.json`,
        { kind: 'area', areaType: 'sector', areaCode: `s${n}` },
      ]),
    ]);
    for (const f of files) {
      const text = SPLIT.get(f.path) ?? '';
      expect(f.bytes).toBe(Buffer.byteLength(text));
      expect(f.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it("holds in an area's part every figure of that area and no other", () => {
    const whole = decodeDatasetText(
      'beat-crime.json',
      'beat-crime',
      SYNTHETIC_SNAPSHOT,
      WHOLE.get(`${SYNTHETIC_SNAPSHOT}/beat-crime.json`) ?? '',
    );
    if (!whole.ok) throw new Error(whole.errors.join('\n'));
    for (const code of ['s1', 's4']) {
      const path = `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--${code}.json`;
      const part = decodeDatasetText(path, 'beat-crime', SYNTHETIC_SNAPSHOT, SPLIT.get(path) ?? '');
      if (!part.ok) throw new Error(part.errors.join('\n'));
      expect(part.data.figures).toEqual(whole.data.figures.filter((f) => f.areaCode === code));
      expect(part.data.figures).toHaveLength(3 * 6);
    }
  });

  it('refuses two areas whose codes would share a file name, naming both', () => {
    const figure = (areaCode: string) => ({
      id: `f-${areaCode}`,
      areaType: 'beat',
      areaCode,
      measure: 'all-crime',
      statistic: 'count' as const,
      period: 'm2090-01',
      comparison: null,
      value: 1,
      unit: 'crimes',
      printings: [{ printed: '1', source: { kind: 'document' as const, document: 'SYNTHETIC.txt', ref: 'synthetic', line: 1 } }],
      preferred: true,
      noteIds: [],
      remark: null,
    });
    const body = { schemaVersion: SCHEMA_VERSION, snapshotId: SYNTHETIC_SNAPSHOT, dataset: 'beat-crime' as const, notPublished: [] };
    const problems: string[] = [];
    // `A 1` is written `a-1-<hash>`; a code spelt exactly like that name is the one way left to meet it.
    const hashed = partPath(SYNTHETIC_SNAPSHOT, 'beat-crime', { kind: 'area', areaType: 'beat', areaCode: 'A 1' });
    const clash = /area-beat--(.+)\.json$/.exec(hashed)?.[1] ?? '';
    writeDataset(SYNTHETIC_SNAPSHOT, 'beat-crime', { ...body, figures: [figure('A 1'), figure(clash)] }, problems, { splitAbove: 0 });
    expect(problems).toEqual([`${hashed}: areas beat A 1 and beat ${clash} would share this file: give one of them another code`]);
  });

  it('gives codes that differ only in case, spacing or script files of their own', () => {
    const path = (areaCode: string) => partPath(SYNTHETIC_SNAPSHOT, 'beat-crime', { kind: 'area', areaType: 'beat', areaCode });
    const codes = ['A 1', 'a-1', 'a 1', 'Ærø', 'Øre', 'Llanfair-Pwll', 'ベータ', 'アルファ', '--'];
    const paths = codes.map(path);
    expect(new Set(paths).size).toBe(codes.length);
    for (const p of paths) expect(p).toMatch(new RegExp(`^${SYNTHETIC_SNAPSHOT}/beat-crime/area-beat--[a-z0-9]+(-[a-z0-9]+)*\\.json$`));
    expect(path('a-1')).toBe(`${SYNTHETIC_SNAPSHOT}/beat-crime/area-beat--a-1.json`);
  });

  it("is checked on publishing: an area's part must hold that area's figures, where its listing says", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-split-'));
    try {
      for (const [path, text] of SPLIT) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      expect(checkPublished(dir)).toEqual([]);
      // The listing of s1's file now claims s2's figures.
      const manifest = JSON.parse(SPLIT.get('manifest.json') ?? '') as { snapshots: { files: { path: string; part?: object }[] }[] };
      const listing = manifest.snapshots[0]?.files.find((f) => f.path.endsWith('/area-sector--s1.json'));
      if (!listing) throw new Error('no part of s1');
      listing.part = { kind: 'area', areaType: 'sector', areaCode: 's2' };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      const path = `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s1.json`;
      expect(checkPublished(dir)).toEqual([
        `${path}: not where a part {"kind":"area","areaType":"sector","areaCode":"s2"} stands`,
        `${path}: figures[0]: is sector s1, but the part holds sector s2`,
        `${SYNTHETIC_SNAPSHOT}/beat-crime/area-sector--s2.json: the manifest lists this part of beat-crime twice`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is checked on publishing: no file is listed twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-split-'));
    try {
      for (const [path, text] of SPLIT) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const manifest = JSON.parse(SPLIT.get('manifest.json') ?? '') as { snapshots: { files: { path: string }[] }[] };
      const files = manifest.snapshots[0]?.files;
      const listing = files?.find((f) => f.path.endsWith('/area-sector--s1.json'));
      if (!files || !listing) throw new Error('no part of s1');
      files.push({ ...listing });
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      expect(checkPublished(dir)).toContain(`${listing.path}: the manifest lists this file twice`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is checked on publishing: every figure of the measure parts is in an area part', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-split-'));
    try {
      for (const [path, text] of SPLIT) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      // s3's part left out of the manifest: its page would read as having no figures.
      const manifest = JSON.parse(SPLIT.get('manifest.json') ?? '') as { snapshots: { files: { path: string }[] }[] };
      const snapshot = manifest.snapshots[0];
      if (!snapshot) throw new Error('no snapshot');
      snapshot.files = snapshot.files.filter((f) => !f.path.endsWith('/area-sector--s3.json'));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      const problems = checkPublished(dir);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(
          `^${SYNTHETIC_SNAPSHOT}/beat-crime: 18 figure\\(s\\) of its measure parts are in no area part \\(first: f-[0-9a-f]{12}\\)$`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
