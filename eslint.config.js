// @ts-check
/**
 * npm run lint: typed ESLint over the TypeScript, the scripts, the tests and the Astro
 * components. Rules catch mistakes, not style (Prettier owns layout): the recommended
 * sets of ESLint, typescript-eslint (with type information) and eslint-plugin-astro,
 * with the few changes below, each with its reason.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'node_modules/',
      '.astro/',
      'tests/.fixture-dist/',
      'benchmarks/tmp/',
      'content/',
      'schema/',
      'public/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_` marks a value deliberately left unused (a destructured field dropped from a rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Numbers and booleans in messages and URLs are meant to be stringified.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `list[i]!` marks a read the code knows is in range. The tsconfig does not turn on
      // noUncheckedIndexedAccess, so the type checker calls each `!` unnecessary, but
      // they are written on purpose and keep the code right if that option is turned on.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // After runtime checks have ruled out objects, TypeScript still types the rest of an
      // `unknown` as `{}`, so String(value) on the remaining primitives is flagged although
      // it can never print "[object Object]".
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests read parsed YAML, JSON and HTML as loose data and assert on it: an `any` there
    // fails an assertion rather than hiding a bug, so the no-unsafe-* family only adds noise.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    // Browser code: the search island and client scripts run in the page.
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...astro.configs.recommended,
  {
    // Astro components: the type-aware rules do not see through the .astro virtual
    // files (`astro check` type-checks them instead), so only the syntactic rules run.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Frontmatter runs at build time (Node), <script> in the browser.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Plain JavaScript config files are not in the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
