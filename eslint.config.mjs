// ESLint flat config: type-aware typescript-eslint over src/.
// test/, bench/, scripts/ and bin/ are not linted yet.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/schema/generated/**',
      // Committed output of scripts/crd-to-schema.mjs ("Do not edit").
      'src/module/generated/**',
      'fixtures/**',
      'test/**',
      'bench/**',
      'scripts/**',
      'bin/**',
      'eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
  },
);
