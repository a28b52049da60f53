import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

// Side notes show text from other sites inside other people's pages: no HTML may be built from strings.
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      // Preact's dangerouslySetInnerHTML is the same hole as innerHTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, never HTML.' },
      ],
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One door into the engine: product code imports utils/engine/index.ts only, so the engine's files can be
    // split, renamed or merged without touching the rest. scripts/ (eval, train, bench read tunables and
    // internals) and tests/ (unit tests of the engine's parts) may import its files directly.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    ignores: ['utils/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)utils/engine/(?!index(\\.ts)?$)|^(\\.\\.?/)+engine/(?!index(\\.ts)?$)',
              message: "Import the engine through its index ('@/utils/engine'); export what you need from there.",
            },
            {
              // Anchoring has two doors: the pure matcher and, beside it, its DOM adapter.
              regex:
                '(^|/)utils/anchoring/(?!index(\\.ts)?$|dom(/index(\\.ts)?)?$)|^(\\.\\.?/)+anchoring/(?!index(\\.ts)?$|dom(/index(\\.ts)?)?$)',
              message:
                "Import anchoring through '@/utils/anchoring' (pure) or '@/utils/anchoring/dom' (its DOM adapter).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
