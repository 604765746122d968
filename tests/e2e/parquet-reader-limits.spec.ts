// A Parquet file other readers take but the dashboard's reader cannot (issue 16, defect 15): the
// preview names the column and what could not be read, in Chinese words, with the reader's own
// English only under the folded technical details; Parquet import keeps working afterwards.
import { test, expect as baseExpect } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { TEST_BUDGET_MS, waitForEngine } from './helpers'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const { asOf } = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { asOf: string }

test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

// A valid observations table whose value column says it is LZO-compressed (pyarrow/Spark can write LZO).
const lzo = Buffer.from(
  parquetWriteBuffer({
    columnData: [
      { name: 'indicator_id', data: ['dual_qualified_teacher_share_secondary'], type: 'STRING' },
      { name: 'entity_id', data: ['bayannur'], type: 'STRING' },
      { name: 'year', data: new Int32Array([2025]) },
      { name: 'value', data: [60.5], type: 'DOUBLE', codec: 'LZO' },
      { name: 'source_doc', data: ['report.pdf'], type: 'STRING' },
      { name: 'source_ref', data: ['表1'], type: 'STRING' },
    ],
    compressors: { LZO: (b: Uint8Array) => b },
  }),
)

test('an LZO column is named, not called corrupt, and the next Parquet file reads', async ({ page }) => {
  await page.goto(`/?asof=${asOf}`)
  await waitForEngine(page, 'imports-replayed')
  await page.getByTestId('import-file').setInputFiles({ name: 'observations_lzo.parquet', mimeType: 'application/octet-stream', buffer: lzo })
  const message = page.locator('[data-testid="import-file-preview"][data-file="observations_lzo.parquet"] [data-testid="import-message"]').first()
  await expect(message).toHaveAttribute('data-code', 'parquet_unsupported_codec')
  const sentence = await message.locator('.text').innerText()
  expect(sentence).toContain('列 value 使用了不支持的压缩方式 LZO')
  expect(sentence).not.toMatch(/损坏|codec|unsupported/)
  await page.getByTestId('import-cancel').click()

  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'good', 'observations_duckdb_zstd.parquet'))
  const card = page.locator('[data-testid="import-file-preview"][data-file="observations_duckdb_zstd.parquet"]')
  await expect(card).toBeVisible()
  await expect(card.locator('[data-testid="import-message"][data-severity="error"]')).toHaveCount(0)
})
