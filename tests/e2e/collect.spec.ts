// The data-request loop, as a person runs it: download the Bayannur request from the tracker,
// fill two figures in the workbook (a Node script with ExcelJS, typing where a person types),
// import it through the file input, see the two figures in the preview, apply: both verdicts
// change; undo: both are back. Bad workbooks name the sheet and cell and change nothing.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TEST_BUDGET_MS, waitForEngine } from './helpers'
import { fillRequest } from './fillRequest'

const AS_OF = '2026-06-30'
test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

async function statuses(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('[data-testid="tracker-table"] tr[data-target-id]')
  await expect(rows.first()).toBeVisible()
  return rows.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-target-id'), e.getAttribute('data-status')])))
}

test('Bayannur data request: download, fill two figures, import, apply changes two verdicts, undo restores', async ({ page }) => {
  await page.goto(`/tracker?asof=${AS_OF}&entity=bayannur`)
  await waitForEngine(page, 'imports-replayed')
  const before = await statuses(page)

  const download = page.waitForEvent('download')
  await page.getByTestId('data-request-download').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/巴彦淖尔.*\.xlsx$/)
  const dir = mkdtempSync(join(tmpdir(), 'collect-'))
  const blank = join(dir, 'blank.xlsx')
  await file.saveAs(blank)
  const filledPath = join(dir, '巴彦淖尔_回填.xlsx')
  const filled = await fillRequest(blank, filledPath, 2)
  expect(filled).toHaveLength(2)

  await page.getByTestId('import-file').setInputFiles(filledPath)
  const preview = page.getByTestId('import-preview')
  await expect(preview).toBeVisible()
  const card = preview.locator('[data-testid="import-file-preview"]')
  await expect(card).toHaveAttribute('data-table', 'observations')
  await expect(card.getByTestId('import-count-new')).toHaveAttribute('data-count', '2')
  await expect(card.getByTestId('import-new-row')).toHaveCount(2)
  // The rows left empty are skipped with a note, not rejected.
  await expect(card.locator('[data-code="xlsx_unanswered"]')).toBeVisible()
  const changes = preview.getByTestId('import-status-change')
  expect(await changes.count()).toBeGreaterThanOrEqual(2)

  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  const after = await statuses(page)
  const changed = Object.keys(before).filter((id) => before[id] !== after[id])
  expect(changed.length).toBeGreaterThanOrEqual(2)
  for (const id of changed) expect(after[id]).toBe('achieved')

  await page.getByTestId('import-undo').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'undone')
  expect(await statuses(page)).toEqual(before)
})
