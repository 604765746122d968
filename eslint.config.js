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
  // Dependency boundaries (issue 16): dependencies point one way, enforced here rather than in review.
  ...boundaries(),
)

function boundaries() {
  const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
  // One module owns the engine: only src/db imports DuckDB-WASM and Arrow.
  const engine = [
    { group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'], message: 'Only src/db/ may import DuckDB-WASM.' },
    { group: ['apache-arrow', 'apache-arrow/*'], message: 'Only src/db/ may import apache-arrow.' },
  ]
  // The app never reaches into the data scripts (they may use the app's pure modules, not the reverse).
  const dataLib = { group: ['**/data/lib', '**/data/lib/*'], message: 'src/ must not import data/lib: move what both need into src/ (e.g. src/vocab).' }
  // The engine layer knows nothing of verdicts, start-up flags, stores or UI.
  const belowDb = [
    { group: ['**/tracking', '**/tracking/*'], message: 'src/db must not import tracking: pass what it needs in.' },
    { group: ['**/bootConfig'], message: 'src/db must not import bootConfig: take the setting as a parameter.' },
    { group: ['**/stores/*', '**/components/*', '**/views/*', '**/composables/*'], message: 'src/db must not import stores, composables or UI.' },
  ]
  // Logic modules do not depend on components: pure logic lives outside components/.
  const noUi = { group: ['**/components/*', '**/views/*', '*.vue', '**/*.vue'], message: 'Logic modules must not import components; move the shared logic out of components/.' }
  const logic = ['tracking', 'scenarios', 'queries', 'narrative', 'overview', 'export', 'stores', 'composables', 'benchmark', 'warnings', 'present', 'vocab', 'storage', 'i18n', 'types']
  // No exceptions: every file obeys.
  return [
    { files: ['src/**/*.{ts,vue}'], ignores: ['src/db/**'], rules: restrict([...engine, dataLib]) },
    { files: logic.map((d) => `src/${d}/**/*.ts`), rules: restrict([...engine, dataLib, noUi]) },
    { files: ['src/db/**/*.ts'], rules: restrict([dataLib, ...belowDb]) },
  ]
}
