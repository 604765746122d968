import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**', 'tests/output/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      // Data is escaped by Vue's text interpolation; v-html would bypass that.
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One module owns the engine: only src/db imports DuckDB-WASM and Arrow.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'], message: 'Only src/db/ may import DuckDB-WASM.' },
          { group: ['apache-arrow', 'apache-arrow/*'], message: 'Only src/db/ may import apache-arrow.' },
        ],
      }],
    },
  },
)
