// @vitest-environment node
/**
 * The synthetic snapshot `npm run check:extra-snapshot` adds: it passes the
 * data check as the pipeline stands, becomes the default, and leaves every
 * real snapshot as it was. Kept here, fast, so the slow check cannot rot
 * unnoticed when the pipeline changes.
 */
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPublicData } from './build.ts';
import { repoRoot } from './cli.ts';
import { addExtraSnapshot, type ExtraSnapshot } from './extra-snapshot.ts';
import { checkProvenance } from './provenance.ts';
import { requireSeedsDir } from './seeds.ts';
import { loadSources } from './sources.ts';

const ROOT = repoRoot();
/**
 * Later than the one the check adds, and with a document of its own, so this
 * test also passes inside the check's copy, where that one is already there.
 */
const EXTRA: ExtraSnapshot = { id: '2098-10', document: '902_synthetic_extra_snapshot_unit_test.txt' };
const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the synthetic extra snapshot', () => {
  it('passes the data check, becomes the default, and changes no real snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-extra-'));
    temps.push(dir);
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    const seeds = join(dir, 'seeds');
    cpSync(requireSeedsDir(), seeds, { recursive: true });
    chmodSync(seeds, 0o755); // the seeds may be laid out read-only

    const real = loadSources(ROOT);
    const figures = addExtraSnapshot(dir, seeds, real, EXTRA);
    expect(figures.length).toBeGreaterThan(real.profile.partnership.crimeTypes.length);

    const sources = loadSources(dir);
    expect(checkProvenance(sources, seeds).problems).toEqual([]);
    const before = buildPublicData(real);
    const after = buildPublicData(sources);
    const manifest = JSON.parse(after.get('manifest.json') ?? '{}') as { defaultSnapshot: string; snapshots: { id: string }[] };
    expect(manifest.defaultSnapshot).toBe(EXTRA.id);
    expect(manifest.snapshots.map((s) => s.id)).toEqual([EXTRA.id, ...real.documents.map((d) => d.snapshotId).reverse()]);
    // Every file of every snapshot there was is the same, byte for byte.
    const realFiles = [...before.keys()].filter((path) => real.documents.some((d) => path.startsWith(`${d.snapshotId}/`)));
    expect(realFiles.length).toBeGreaterThan(0);
    for (const path of realFiles) expect(after.get(path), path).toBe(before.get(path));
  }, 60_000);
});
