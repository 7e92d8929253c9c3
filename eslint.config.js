import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const root = import.meta.dirname;
// Read the feature folders rather than list them, so a new feature is fenced in the day it is added.
const features = readdirSync(join(root, 'src', 'features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The layers (bulletproof-react): src/app combines features; a feature uses
 * components, lib and data but never another feature or the app; components,
 * lib and data never reach up into features or the app. Paths are resolved,
 * so `../other`, `../../features/other` and `../../../src/features/other` are
 * all the same import to these rules.
 */
const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature must not import another feature; move what they share to src/components, src/lib or src/data.',
  })),
  { target: './src/features', from: './src/app', message: 'Features must not import src/app; only src/app combines features.' },
  {
    target: ['./src/components', './src/lib', './src/data'],
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on a feature or on src/app.',
  },
  {
    target: ['./src/lib', './src/data'],
    from: './src/components',
    message: 'src/lib and src/data are framework-free: they must not depend on UI components.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Snapshot content is untrusted text: render it as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // In tests a failed `!` throws at once, which is the failure we want.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The cycle check reads the modules an import leads to, so it must know how to parse TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // An import the resolver cannot follow would slip past the zones above, so it is an error in itself.
      'import-x/no-unresolved': 'error',
    },
  },
  {
    // Every browser test has its own time limit: test and the hooks come from the harness, which sets one.
    files: ['test/browser/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'node:test',
              importNames: ['test', 'it', 'before', 'after', 'beforeEach', 'afterEach'],
              message: 'Import test and the hooks from ./harness.ts, which gives each its own timeout.',
            },
          ],
        },
      ],
    },
  },
  {
    // Data and helpers stay free of React so scripts and tests can use them anywhere.
    files: ['src/data/**/*.ts', 'src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/data and src/lib are framework-free.' },
            { name: 'zustand', message: 'src/data and src/lib are framework-free.' },
          ],
          patterns: [{ group: ['react/*', 'react-dom', 'react-dom/*', 'zustand/*'], message: 'src/data and src/lib are framework-free.' }],
        },
      ],
    },
  },
);
