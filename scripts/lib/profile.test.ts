import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './cli.ts';
import { loadProfile, PROFILE_DIR } from './profile.ts';

/** Every scratch root a test made, removed after it, however many it made. */
const scratches: string[] = [];

function newScratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-profile-'));
  scratches.push(dir);
  return dir;
}

/** A copy of the repository's profile in a scratch root, edited by `edit`. */
function scratchRoot(edit: (dir: string) => void): string {
  const scratch = newScratch();
  cpSync(join(repoRoot(), PROFILE_DIR), join(scratch, PROFILE_DIR), { recursive: true });
  edit(join(scratch, PROFILE_DIR));
  return scratch;
}

afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the partnership profile', () => {
  it('loads the bundled profile with its own area first among its areas', () => {
    const problems: string[] = [];
    const profile = loadProfile(repoRoot(), problems);
    expect(problems).toEqual([]);
    const p = profile!.partnership;
    expect(p.areas.some((a) => a.type === p.partnership.area.type && a.code === p.partnership.area.code)).toBe(true);
    expect(p.areas.filter((a) => a.type === p.subareas.type).length).toBeGreaterThan(0);
    expect(p.crimeTypes.length).toBeGreaterThan(0);
  });

  it('reports every mistake at once, each with its file, row and column', () => {
    const root = scratchRoot((dir) => {
      const fields = readFileSync(join(dir, 'partnership.csv'), 'utf8').replace(/^synthetic,no$/m, 'synthetic,maybe');
      writeFileSync(join(dir, 'partnership.csv'), fields);
      writeFileSync(join(dir, 'crime-types.csv'), 'measure\nall-crime\nAll Crime\nall-crime\n');
    });
    const problems: string[] = [];
    expect(loadProfile(root, problems)).toBeNull();
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/partnership\/crime-types\.csv.*3.*measure.*lower-case words/),
        expect.stringMatching(/^data\/partnership\/crime-types\.csv:4: crime type "all-crime" is already listed on row 2/),
        expect.stringMatching(/^data\/partnership\/partnership\.csv:\d+:value: field "synthetic" must be yes or no/),
      ]),
    );
  });

  it("publishes the documents' own ASB wordings and view summaries, and keeps the fallback section's id for the code", () => {
    const root = scratchRoot((dir) => {
      writeFileSync(
        join(dir, 'asb-sections.csv'),
        'section,title,measure,chart_title,share_header\nyouth,Youth,youth-asb-records,Youth records,\nother,Other,hotspots,,\n',
      );
      writeFileSync(join(dir, 'view-summaries.csv'), 'view,summary\nyouth-asb,Synthetic summary\nyouth-asb,Again\n');
    });
    const problems: string[] = [];
    expect(loadProfile(root, problems)).toBeNull();
    expect(problems).toEqual([
      expect.stringMatching(/^data\/partnership\/asb-sections\.csv.*3.*section.*"other" is kept for the measures no section lists/),
      expect.stringMatching(/^data\/partnership\/view-summaries\.csv:3: view "youth-asb" is already listed on row 2/),
    ]);

    const fine = scratchRoot((dir) => {
      writeFileSync(
        join(dir, 'asb-sections.csv'),
        'section,title,measure,chart_title,share_header\nyouth,Youth,youth-asb-records,Youth records,\n',
      );
      writeFileSync(join(dir, 'view-summaries.csv'), 'view,summary\nyouth-asb,Synthetic summary\n');
    });
    const loaded = loadProfile(fine, problems.splice(0))!.partnership;
    expect(loaded.asbLabels).toEqual({ chartTitles: { 'youth-asb-records': 'Youth records' }, shareHeaders: {} });
    expect(loaded.viewSummaries).toEqual({ 'youth-asb': 'Synthetic summary' });
  });

  it('says plainly when the profile folder is missing', () => {
    const scratch = newScratch();
    const problems: string[] = [];
    expect(loadProfile(scratch, problems)).toBeNull();
    expect(problems).toEqual([expect.stringContaining('data/partnership/ is missing')]);
  });
});
