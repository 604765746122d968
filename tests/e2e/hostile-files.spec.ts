// Parquet files that used to hurt the tab (issue 16, defects 9, 11, 12): a zero-row file that broke
// Parquet import for the rest of the tab, a 38 KB file whose quotes decompress to 350 MB, a file of
// the wrong shape decoded in full before its columns were checked, a quote of 10,000 characters.
// Fixtures: tests/fixtures/hostileParquet.ts.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BUDGET_MS, waitForEngine } from './helpers'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const BAD = join(FIXTURES, 'bad')
const GOOD = join(FIXTURES, 'good')
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { asOf: string; rows: number }
const HOME = `/?asof=${expected.asOf}`

test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

async function open(page: Page) {
  await page.goto(HOME)
  await waitForEngine(page, 'imports-replayed')
}

async function choose(page: Page, path: string) {
  await page.getByTestId('import-file').setInputFiles(path)
  await expect(page.getByTestId('import-preview')).toBeVisible()
}

const fileMessage = (page: Page, file: string, code: string) =>
  page.locator(`[data-testid="import-file-preview"][data-file="${file}"] [data-testid="import-message"][data-code="${code}"]`).first()

/** The page's JS heap, in MB (Chromium's performance.memory). */
const heapMb = (page: Page) => page.evaluate(() => Math.round((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e6))

test('a zero-row Parquet file imports nothing and says so, and Parquet import keeps working after it', async ({ page }) => {
  await open(page)
  for (const file of ['observations_zero_rows_one_group.parquet', 'empty.parquet']) {
    await choose(page, join(BAD, file))
    await expect(fileMessage(page, file, 'parquet_no_rows')).toContainText('indicator_id')
    await page.getByTestId('import-cancel').click()
  }
  // No decoder state left behind: the next Parquet file reads as usual.
  await choose(page, join(GOOD, 'observations_duckdb_zstd.parquet'))
  const card = page.locator('[data-testid="import-file-preview"][data-file="observations_duckdb_zstd.parquet"]')
  await expect(card.locator('[data-testid="import-message"][data-severity="error"]')).toHaveCount(0)
  await expect(page.getByTestId('import-apply')).toBeEnabled()
})

test('a decompression bomb is refused from its footer, before decoding, and the page stays small', async ({ page }) => {
  await open(page)
  const started = Date.now()
  await choose(page, join(BAD, 'observations_quote_bomb.parquet'))
  await expect(fileMessage(page, 'observations_quote_bomb.parquet', 'parquet_too_large')).toContainText('256 MB')
  expect(Date.now() - started).toBeLessThan(30_000)
  expect(await heapMb(page)).toBeLessThan(400)
  await page.getByTestId('import-cancel').click()

  // Wrong shape: told from the footer, never decoded.
  await choose(page, join(BAD, 'wrong_shape_bomb.parquet'))
  await expect(fileMessage(page, 'wrong_shape_bomb.parquet', 'unknown_table')).toBeVisible()
  expect(await heapMb(page)).toBeLessThan(400)
})

test('a very long text value is cut to the limit and the preview says what was cut', async ({ page }) => {
  await open(page)
  await choose(page, join(BAD, 'observations_long_quote.parquet'))
  const cut = fileMessage(page, 'observations_long_quote.parquet', 'text_cut')
  await expect(cut).toContainText('quote')
  await expect(cut).toContainText('4000')
  await expect(cut).toContainText('10000')
})
