// ESLint flat config. Prettier owns formatting (npm run format); ESLint finds likely bugs and keeps lines within
// Prettier's width, which Prettier itself cannot guarantee (it never breaks a string, template literal or comment).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', '.qingju/', '**/*.generated.ts', '**/generated/**'],
  },
  js.configs.recommended,
  // The syntactic set only: the type-checked sets build a TypeScript program per run, which costs minutes on the
  // two-core CI machine; `npm run typecheck` already runs the compiler.
  tseslint.configs.recommended,
  {
    plugins: { '@stylistic': stylistic },
    rules: {
      // Core max-len is deprecated (removed in ESLint 11); ESLint Stylistic maintains it. No exemption for strings,
      // template literals or comments: the rule is "no line longer than the width", and those are exactly the lines
      // Prettier leaves long. URLs cannot be broken, nor can a module path, and Prettier keeps an import of one name on
      // one line however long: those are the exemptions.
      '@stylistic/max-len': [
        'error',
        { code: 120, tabWidth: 2, ignoreUrls: true, ignorePattern: String.raw`^import\s.+\sfrom\s'[^']+';$` },
      ],
      // Resolvers are typed by generated types and tests by typed documents: an `any` would let a contract drift.
      '@typescript-eslint/no-explicit-any': 'error',
      // A leading underscore marks a parameter or binding that is deliberately unused (resolvers' `_parent`, a
      // destructured field left out of a spread).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The one CommonJS file (Jest reads it with require).
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
