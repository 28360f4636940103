import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './scripts/lint/noCycle.mjs';
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

const CORE = './shared/src/core';
const MODEL = './shared/src/model';
const AREAS = ['agenda', 'queue', 'draft', 'consensus', 'meeting', 'followup'].map((area) => `./shared/src/${area}`);
const ROOM = './shared/src/room';
const COUNCIL = './shared/src/council';
const MATTER = './shared/src/matter';
const PROTOCOL = './shared/src/protocol';
const TESTING = './shared/src/testing';
const LAYERS =
  'shared/ is layered core → model → areas → room → protocol; import only from below (testing/ only in tests).';

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
      // Test builders (@dr/shared/testing, server/src/testing) are for tests, never for production code.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@dr/shared/testing', message: 'Test builders are for *.test.ts files only.' }],
          patterns: [{ group: ['**/testing/*'], message: 'Test builders are for *.test.ts files only.' }],
        },
      ],
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
    // No import circles in any package's source, type-only imports included: a module that needs
    // something from a module that needs it back hides an order of evaluation and usually a second
    // job; a type-only circle still ties two files into one (docs/development.md). import-x/no-cycle
    // skips type imports by design, so the check is our own (scripts/lint/noCycle.mjs).
    files: ['{shared,server,client}/src/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/no-cycle': 'error' },
  },
  {
    // Small files (issue 23): no source file over 300 lines, blank lines and comments counted (as
    // `wc -l` counts them). A file that grows past it holds a second job: split it along that seam,
    // never by cutting at line 300. Tests are left out: a test file is one capability's cases in
    // order, and its length is how many cases there are, not how many jobs it does.
    files: ['{shared,server,client}/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    // The layers of shared/ (docs/development.md, "The map"): each may import only the layers below
    // it, type imports included. core/ is the base vocabulary; model/ the shapes of state, events
    // and commands; the areas their rules, folds and presenters; room/ the dispatch; protocol/ the
    // wire envelope above all of it. testing/ is for tests only, never for production code.
    files: ['shared/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'shared/src/testing/**'],
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
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: CORE, from: [MODEL, ...AREAS, ROOM, COUNCIL, MATTER, PROTOCOL, TESTING], message: LAYERS },
            { target: MODEL, from: [...AREAS, ROOM, COUNCIL, MATTER, PROTOCOL, TESTING], message: LAYERS },
            { target: AREAS, from: [ROOM, COUNCIL, MATTER, PROTOCOL, TESTING], message: LAYERS },
            { target: ROOM, from: [COUNCIL, MATTER, PROTOCOL, TESTING], message: LAYERS },
            // A council (its rules, fold and presenters) sits above the room: it reads rooms' states.
            { target: COUNCIL, from: [MATTER, PROTOCOL, TESTING], message: LAYERS },
            // A matter sits above the councils: its steps are held by councils' meetings.
            { target: MATTER, from: [PROTOCOL, TESTING], message: LAYERS },
            { target: PROTOCOL, from: [TESTING], message: LAYERS },
          ],
        },
      ],
    },
  },
  {
    // The web app's imports run one way (docs/development.md, "client/src/"): the app, then the pages,
    // then the parts of a meeting, then live/, ui/ and i18n/. A piece two pages share moves down.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: (() => {
            const at = (folder) => `./client/src/${folder}`;
            const PAGES = ['room', 'board', 'notice', 'start', 'standing'];
            const message = 'The web app imports one way: app → pages → parts of a meeting → live/ui/i18n.';
            return [
              { target: ['live', 'ui', 'i18n'].map(at), from: ['app', ...PAGES, 'followup'].map(at), message },
              { target: at('followup'), from: ['app', ...PAGES].map(at), message },
              ...PAGES.map((page) => ({
                target: at(page),
                // A page may use the parts of a meeting in room/<area>/ (the board does), not another
                // page; the start page opens the council and office forms (a lazy chunk of standing/).
                from: [
                  'app',
                  ...PAGES.filter((o) => o !== page && o !== 'room' && !(page === 'start' && o === 'standing')),
                ].map(at),
                message,
              })),
            ];
          })(),
        },
      ],
    },
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
