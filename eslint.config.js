import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Records keyed by ids or names that may come from a client: the room state's, tallies built from
 * it, and dictionaries looked up by a name people typed (a group, a form of meeting).
 */
const KEYED = '/^(members|items|rounds|decisions|actions|ballots|cards|byMember|byGroup|groups|meetingKinds)$/';
const KEYED_RECORD_SELECTORS = [
  `MemberExpression[computed=true][property.type!='Literal'][object.property.name=${KEYED}]`,
  `MemberExpression[computed=true][property.type!='Literal'][object.name=${KEYED}]`,
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Ids in commands come from clients: `state.items['constructor']` would find a built-in and a fold
    // would throw on it. Keyed records are read with `own(record, id)` from @dr/shared (own entries only).
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...KEYED_RECORD_SELECTORS.map((selector) => ({
          selector,
          message:
            'Read keyed state with own(record, key) from @dr/shared: a key from a client such as "constructor" must not find a built-in.',
        })),
      ],
    },
  },
  {
    // No import circles in any package's source: a module that needs something from a module that
    // needs it back hides an order of evaluation and usually a second job (docs/development.md).
    // The check follows value imports; type-only imports are erased at run time and are held to
    // the layering below instead.
    files: ['{shared,server,client}/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Which files the rule reads, and with which parser, to follow their imports.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          // Node-style ESM imports name the emitted `.js`; the source is `.ts`.
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
