// @vitest-environment node
/**
 * The layering rules in eslint.config.js, exercised through ESLint's own API
 * on scratch source. Each scratch file is linted as if it stood at a path
 * inside src/ (nothing is written to disk); its imports point at real
 * modules, because the rules resolve an import before judging it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });

/** The ids of the rules that fire on `code` linted as if it were the file at `path`. */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `(no rule) ${m.message}`);
}

// Loading the config and the TypeScript resolver takes seconds on a busy machine; do it once, with room.
beforeAll(async () => {
  await rulesFired('src/lib/scratch.ts', 'export const x = 1;\n');
}, 60_000);
// Each lint then takes milliseconds; the bound is generous because the machine is shared, not a timed assertion.
const LINT = { timeout: 30_000 };

describe('the layering rules fire', LINT, () => {
  it.each([
    ['a feature imports another feature by its sibling folder', 'src/features/beats/scratch.ts', '../youth-asb/selectors'],
    ['a feature imports another feature through src/features', 'src/features/beats/scratch.ts', '../../features/actions/selectors'],
    ['a feature sub-folder imports another feature', 'src/features/beats/charts/scratch.ts', '../../actions/selectors'],
    ['a feature imports the app', 'src/features/beats/scratch.ts', '../../app/params'],
    ['a shared component imports a feature', 'src/components/layout/scratch.tsx', '../../features/beats/selectors'],
    ['a shared component imports the app', 'src/components/layout/scratch.tsx', '../../app/params'],
    ['a helper imports a feature', 'src/lib/scratch.ts', '../features/beats/selectors'],
    ['the data layer imports the app', 'src/data/scratch.ts', '../app/params'],
    ['a helper imports a UI component', 'src/lib/scratch.ts', '../components/charts/palette'],
  ])('%s (%s imports %s)', async (_name, path, target) => {
    expect(await rulesFired(path, `import * as m from '${target}';\nexport const x = m;\n`)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['src/lib/scratch.ts', 'react'],
    ['src/lib/scratch.ts', 'zustand'],
    ['src/data/scratch.ts', 'react-dom/client'],
  ])('%s may not import %s: data and helpers stay framework-free', async (path, target) => {
    expect(await rulesFired(path, `import * as m from '${target}';\nexport const x = m;\n`)).toEqual(['no-restricted-imports']);
  });

  it('an import cycle', async () => {
    // The premise: figure-format.ts imports format.ts, so format.ts importing it back closes a loop.
    expect(readFileSync(join(ROOT, 'src/lib/figure-format.ts'), 'utf8')).toMatch(/from '\.\/format'/);
    const code = `import { formatFigure } from './figure-format';\nexport const x = formatFigure;\n`;
    expect(await rulesFired('src/lib/format.ts', code)).toEqual(['import-x/no-cycle']);
  });

  it('a browser test takes test from node:test instead of the harness, which gives it a time limit', async () => {
    expect(await rulesFired('test/browser/scratch.test.ts', `import { test } from 'node:test';\ntest('x', () => {});\n`)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('an import that cannot be resolved, which the zones could not judge', async () => {
    expect(await rulesFired('src/features/beats/scratch.ts', `import * as m from '../nowhere/x';\nexport const x = m;\n`)).toEqual([
      'import-x/no-unresolved',
    ]);
  });
});

describe('legal imports pass', LINT, () => {
  it.each([
    ['a feature imports its own module', 'src/features/beats/scratch.ts', './selectors'],
    ['a feature sub-folder imports its own feature with ../', 'src/features/beats/charts/scratch.ts', '../selectors'],
    ['a feature sub-folder imports its own feature by name', 'src/features/beats/charts/scratch.ts', '../../beats/params'],
    ['a feature imports a shared component', 'src/features/beats/scratch.ts', '../../components/data-table/columns'],
    ['a feature imports a helper', 'src/features/beats/scratch.ts', '../../lib/periods'],
    ['a feature imports the data layer', 'src/features/beats/scratch.ts', '../../data/schema'],
    ['the app imports features', 'src/app/scratch.ts', '../features/beats/selectors'],
    ['a shared component imports a helper', 'src/components/layout/scratch.tsx', '../../lib/format'],
    ['the data layer imports a helper', 'src/data/scratch.ts', '../lib/periods'],
    ['a helper imports zod', 'src/lib/scratch.ts', 'zod'],
  ])('%s (%s imports %s)', async (_name, path, target) => {
    expect(await rulesFired(path, `import * as m from '${target}';\nexport const x = m;\n`)).toEqual([]);
  });
});
