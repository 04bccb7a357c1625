// Lint rules. The one that matters most architecturally: the pure core (src/core) must run in a
// browser, so it may not import Node built-ins or the Node-only layers around it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'out/', 'coverage/'] },
  js.configs.recommended,
  // The launcher is plain JavaScript run by Node: it may use Node's globals.
  { files: ['bin/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/core runs in the browser: no Node built-ins.' },
            { group: ['fs', 'path', 'os', 'stream', 'child_process', 'worker_threads', 'crypto'], message: 'src/core runs in the browser: no Node built-ins.' },
            { group: ['**/cli/**', '**/store/**', '**/server/**'], message: 'src/core may not depend on the Node-only layers.' },
          ],
        },
      ],
    },
  },
  // Rules run for every child of a return, mostly before V8 has optimised them (a validation is over in
  // well under a second). There, for…of over an array builds an iterator and a result per step: index
  // loops made a cold validation about a fifth faster. Maps and Sets (finish-time only) say so inline.
  {
    files: ['src/core/validation/rules/**/*.ts', 'src/core/validation/engine.ts', 'src/core/validation/intervals.ts', 'src/core/validation/duplicates.ts'],
    ignores: ['**/*.test.ts', '**/test-helpers.ts', '**/rule-sets.ts', '**/rules-metadata.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ForOfStatement', message: 'Rules run per child before V8 optimises them: loop over arrays with an index, not for…of.' }],
    },
  },
  // Access is enforced in one place: the server reaches data only through src/access (forActor), never the store.
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/store/**'], message: 'src/server reaches data only through src/access (forActor).' }] }],
    },
  },
);
