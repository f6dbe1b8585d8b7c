// ESLint (flat config), run by `npm run lint` and so by `npm test`. Rules that catch bugs, not style:
// formatting is Prettier's job (`npm run format`), never the linter's.
//
// - Office.js: the official eslint-plugin-office-addins rules (load before read, sync after load,
//   no sync in a loop…) where Office.js is used, src/excel/.
// - The pure core: src/core imports nothing but its own modules — no library (exceljs, papaparse…),
//   no Node built-in, nothing from the pipeline or the add-in. tsc with src/core/tsconfig.json proves
//   no Node or DOM *types* are used; this rule proves no *module* is.
// - Type-aware checks worth their cost: promises never left floating or passed where a callback's
//   result is ignored, `await` only on promises.

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const CORE_PURITY = 'src/core is pure: it imports only its own modules (relative paths inside src/core). Do I/O in pipeline/ or src/excel/ and pass the data in.';

/** Imports that leave src/core: any bare specifier (a library or node:…), or a relative path above it. */
const corePurity = (parentDepth) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^(?!\\.)', message: CORE_PURITY },
        { regex: `^(\\.\\./){${parentDepth},}`, message: CORE_PURITY },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression', message: CORE_PURITY },
    { selector: "CallExpression[callee.name='require']", message: CORE_PURITY },
  ],
});

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'out/**', 'node_modules/**', 'test-artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { file: _file, ...rest } = issue` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  { files: ['src/core/*.ts'], rules: corePurity(1) },
  { files: ['src/core/*/**/*.ts'], rules: corePurity(2) },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
