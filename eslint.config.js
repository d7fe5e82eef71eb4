import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // *.tmp.* are scratch scripts, never committed (.gitignore).
  { ignores: ['dist', 'dist-base', '.vite', 'node_modules', 'test-results', 'playwright-report', 'public/ideas-index.json', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Pure layers: no React, no browser-only or Node-only code crossing over.
    files: ['src/search/**', 'src/model/**', 'src/shortlist/**', 'src/insights/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@tanstack/*', 'node:*'] }] },
  },
  {
    files: ['src/ingest/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', '@tanstack/*', '../components/*', '../routes/*', '../search/*', '../shortlist/*'] },
      ],
    },
  },
);
