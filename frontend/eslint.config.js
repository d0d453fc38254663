// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

// Every folder under src/features is a feature; none may import another (src/app composes them).
const features = fs
  .readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const SHARED = [
  './src/components',
  './src/config',
  './src/hooks',
  './src/lib',
  './src/styles',
  './src/testing',
  './src/types',
  './src/utils',
];

/** Small project rules: kebab-case file names and no barrel (index) files. */
const steward = {
  rules: {
    'filename-kebab-case': {
      meta: { type: 'suggestion', schema: [], messages: { name: 'File names are kebab-case: "{{name}}".' } },
      create(context) {
        return {
          Program(node) {
            const base = path.basename(context.filename);
            const stem = base.split('.')[0] ?? base;
            if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) {
              context.report({ node, messageId: 'name', data: { name: base } });
            }
          },
        };
      },
    },
    'no-barrel-files': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: { barrel: 'No barrel files: import from the module that defines the thing.' },
      },
      create(context) {
        return {
          Program(node) {
            const base = path.basename(context.filename);
            const onlyReExports =
              node.body.length > 0 &&
              node.body.every(
                (statement) =>
                  (statement.type === 'ExportNamedDeclaration' && statement.source) ||
                  statement.type === 'ExportAllDeclaration',
              );
            if (/^index\.[cm]?[jt]sx?$/.test(base) || onlyReExports) {
              context.report({ node, messageId: 'barrel' });
            }
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'e2e-output/', 'coverage/'] },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
  },

  // The application (browser code).
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.recommended],
    plugins: { 'import-x': importX, steward },
    languageOptions: { globals: globals.browser },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
      'import-x/internal-regex': '^@/',
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'steward/filename-kebab-case': 'error',
      'steward/no-barrel-files': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.{1,2}/', message: 'Import through the @/ alias (src/).' }] },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'import-x/newline-after-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature never imports another feature; compose them in src/app.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app; the app imports features.',
            },
            {
              target: SHARED,
              from: ['./src/features', './src/app'],
              message: 'Shared code (components, hooks, lib, config, utils, testing) knows no feature and no app.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  // Tests may use non-null assertions and loose typing of mocks.
  {
    files: ['src/**/__tests__/**', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Node-side files: config, end-to-end journeys, scripts.
  {
    files: ['*.{js,mjs,ts}', 'e2e/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
