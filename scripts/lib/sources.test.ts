// @vitest-environment node
/**
 * Checks that depend on the partnership's profile: a place is in one of its
 * sub-areas, and a chart published only as an image names a known measure.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPublicData, BuildError } from './build.ts';
import { repoRoot } from './cli.ts';
import { loadSources, SourceErrors } from './sources.ts';

const temps: string[] = [];
function tempCopyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-sources-'));
  temps.push(dir);
  cpSync(join(repoRoot(), 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof SourceErrors || e instanceof BuildError) return e.problems;
    throw e;
  }
  return [];
}

describe("checks against the partnership's profile", () => {
  it('reports a place or subgroup outside the sub-areas the profile lists, with file, row and column', () => {
    const root = tempCopyOfData();
    // SYNTHETIC rows: a beat no profile lists.
    writeFileSync(
      join(root, 'data/sources/2024-04/places.synthetic.csv'),
      'beat,wording,source_ref,source_line\n999,Nowhere,Synthetic,1\n',
    );
    writeFileSync(
      join(root, 'data/sources/2024-04/subgroups.synthetic.csv'),
      'code,name,beat,source_ref,source_line\nSYN,Synthetic group,998,Synthetic,1\n',
    );
    const problems = problemsOf(() => loadSources(root));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/sources\/2024-04\/places\.synthetic\.csv:2:beat: "999" is not one of the partnership's beats \(/),
        expect.stringMatching(/^data\/sources\/2024-04\/subgroups\.synthetic\.csv:2:beat: "998" is not one of the partnership's beats/),
      ]),
    );
  });

  it('accepts a place in a sub-area the profile adds, with no change to the code', () => {
    const root = tempCopyOfData();
    appendFileSync(join(root, 'data/partnership/areas.csv'), 'beat,999,Beat 999,,,\n');
    writeFileSync(
      join(root, 'data/sources/2024-04/places.synthetic.csv'),
      'beat,wording,source_ref,source_line\n999,Nowhere,Synthetic,1\n',
    );
    expect(problemsOf(() => loadSources(root))).toEqual([]);
  });

  it('reports an image-only chart that names an unknown measure', () => {
    const root = tempCopyOfData();
    writeFileSync(
      join(root, 'data/sources/2024-04/not-published.synthetic.csv'),
      'dataset,title,measure,source_ref,source_line,note\nasb,Synthetic chart,no-such-measure,Synthetic,1,\nasb,Another,,Synthetic,2,\n',
    );
    const problems = problemsOf(() => buildPublicData(loadSources(root)));
    expect(problems).toEqual([
      'data/sources/2024-04/not-published.synthetic.csv:2:measure: unknown measure no-such-measure (add it to a measures*.csv)',
    ]);
  });
});
