import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results'] },
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
    // Features never import each other; only src/app combines them (bulletproof-react).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message: 'A feature must not import another feature; move shared code to src/components or src/lib.',
            },
            { regex: '/app/', message: 'Features must not import from src/app.' },
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
          patterns: [{ regex: '/(features|components|app)/', message: 'src/data and src/lib must not depend on UI code.' }],
        },
      ],
    },
  },
);
