// @vitest-environment node
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './cli.ts';
import { requireSeedsDir, resolveSeedsDir, SeedsMissing } from './seeds.ts';

const ROOT = repoRoot();

describe('where the seed documents are', () => {
  it('is ../shared/seeds beside the repository unless told otherwise', () => {
    expect(resolveSeedsDir([], {})).toBe(resolve(ROOT, '..', 'shared', 'seeds'));
  });

  it('is $CSP_SEEDS_DIR when set, taken from the repository root when relative', () => {
    expect(resolveSeedsDir([], { CSP_SEEDS_DIR: '/docs/seeds' })).toBe('/docs/seeds');
    expect(resolveSeedsDir([], { CSP_SEEDS_DIR: 'elsewhere' })).toBe(join(ROOT, 'elsewhere'));
  });

  it('is --seeds DIR above all', () => {
    expect(resolveSeedsDir(['--seeds', '/a'], { CSP_SEEDS_DIR: '/b' })).toBe('/a');
    expect(resolveSeedsDir(['--seeds=/a'], { CSP_SEEDS_DIR: '/b' })).toBe('/a');
  });

  it('says plainly when --seeds has no folder', () => {
    expect(() => resolveSeedsDir(['--seeds'], {})).toThrow('--seeds needs a folder: --seeds DIR');
  });

  it('says plainly where it looked and how to change it when the folder is missing', () => {
    expect(() => requireSeedsDir([], { CSP_SEEDS_DIR: '/nowhere/seeds' })).toThrow(SeedsMissing);
    expect(() => requireSeedsDir([], { CSP_SEEDS_DIR: '/nowhere/seeds' })).toThrow(
      /Cannot find the seed documents: \/nowhere\/seeds does not exist[\s\S]*--seeds DIR[\s\S]*CSP_SEEDS_DIR=DIR/,
    );
  });
});
