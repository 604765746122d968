// Workbooks from other tools, and what a person gets back when rows are rejected:
// - the committed fixtures written by LibreOffice Calc and by SheetJS (a text-formatted value
//   column, 1.9万 in it) import through the file input, and the preview shows the figures read;
// - a workbook whose rows the pipeline rejects names each one by its sheet cell (Sheet1!A6),
//   and the rejected rows download as .xlsx (read back here with ExcelJS): the sheet row, the
//   cell, and hostile text written as inert text, never a formula.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataCounts, TEST_BUDGET_MS, waitForEngine } from './helpers'

const AS_OF = '2026-06-30'
const XLSX_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'xlsx')
test.describe.configure({ timeout: TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

async function open(page: Page) {
  await page.goto(`/tracker?asof=${AS_OF}&entity=bayannur`)
  await waitForEngine(page, 'imports-replayed')
}

test('workbooks written by LibreOffice and by SheetJS import: text-formatted numbers and 1.9万 are read as figures', async ({ page }) => {
  await open(page)
  const before = await dataCounts(page)
  for (const file of ['observations_libreoffice_text_numbers.xlsx', 'observations_sheetjs_text_numbers.xlsx']) {
    await page.getByTestId('import-file').setInputFiles(join(XLSX_DIR, file))
    const card = page.locator(`[data-testid="import-file-preview"][data-file="${file}"]`)
    await expect(card).toHaveAttribute('data-table', 'observations')
    await expect(card.getByTestId('import-read-as')).toHaveText('实际值')
    await expect(card).toContainText('Excel (.xlsx)')
    await expect(card.getByTestId('import-count-new')).toHaveAttribute('data-count', '2')
    await expect(card.getByTestId('import-count-rejected')).toHaveAttribute('data-count', '0')
    await card.locator('summary').filter({ hasText: /新增/ }).click()
    const rows = card.getByTestId('import-new-row')
    await expect(rows).toHaveCount(2)
    // 1.9万 (persons) → 19000; 66.5 typed as text in a percent indicator → 66.5.
    await expect(rows.filter({ hasText: 'enrolment_secondary' })).toContainText(/19000(\.0)?\b/)
    await expect(rows.filter({ hasText: 'dual_qualified_teacher_share_secondary' })).toContainText('66.5')
    await page.getByTestId('import-cancel').click()
    await expect(page.getByTestId('import-preview')).toBeHidden()
  }
  expect(await dataCounts(page)).toEqual(before)
})

const HOSTILE = '=HYPERLINK("http://example.invalid/x","点我")'

/** A sheet a person made: a title row, the header on row 2, an empty row 4; rows 3, 5, 6, 7. */
async function workbookWithRejectedRows(path: string) {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  ws.addRow(['巴彦淖尔市2025年回填（测试）'])
  ws.addRow(['indicator_id', 'entity_id', 'year', 'value', 'source_doc', 'source_ref'])
  ws.addRow(['enrolment_secondary', 'bayannur', 2025, '1.9万', '巴彦淖尔市2025年教育统计', '表1'])
  ws.addRow([])
  ws.addRow(['no_such_indicator', 'bayannur', 2025, 5, HOSTILE, '表2'])
  ws.addRow(['dual_qualified_teacher_share_secondary', 'bayannur', 2025, 157.4, '巴彦淖尔市2025年教育统计', '表3'])
  ws.addRow(['enrolment_secondary', 'bayannur', 2024, '约5万', '巴彦淖尔市2024年教育统计', '表1'])
  await wb.xlsx.writeFile(path)
}

test('rejections in a workbook name the sheet cell; the rejected rows download as .xlsx, defused', async ({ page }) => {
  await open(page)
  const dir = mkdtempSync(join(tmpdir(), 'rejected-'))
  const path = join(dir, '回填_有问题.xlsx')
  await workbookWithRejectedRows(path)
  await page.getByTestId('import-file').setInputFiles(path)
  const card = page.locator('[data-testid="import-file-preview"][data-file="回填_有问题.xlsx"]')
  await expect(card.getByTestId('import-count-new')).toHaveAttribute('data-count', '1')
  // Two rows the pipeline rejects, and one (约5万) the workbook reader refused before staging.
  await expect(card.getByTestId('import-count-rejected')).toHaveAttribute('data-count', '3')
  // Data row 2 of the pipeline is sheet row 5; data row 3 is sheet row 6.
  await expect(card.locator('[data-code="unknown_indicator"]')).toContainText('Sheet1!A5')
  await expect(card.locator('[data-code="unknown_indicator"]')).toContainText('第 5 行')
  await expect(card.locator('[data-code="percent_out_of_range"]')).toContainText('Sheet1!D6')
  await expect(card.locator('[data-code="percent_out_of_range"]')).toContainText('第 6 行')

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('import-download-rejected-xlsx').click()])
  expect(download.suggestedFilename()).toBe('回填_有问题.rejected.xlsx')
  const saved = join(dir, 'rejected.xlsx')
  await download.saveAs(saved)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(saved)
  const ws = wb.worksheets[0]
  const header = (ws.getRow(1).values as unknown[]).slice(1)
  expect(header).toEqual(['行号', '问题', 'indicator_id', 'entity_id', 'year', 'value', 'source_doc', 'source_ref'])
  expect(ws.rowCount).toBe(4)
  expect(ws.getCell('A2').value).toBe(5)
  expect(String(ws.getCell('B2').value)).toContain('Sheet1!A5 indicator_id')
  expect(ws.getCell('A3').value).toBe(6)
  expect(String(ws.getCell('B3').value)).toContain('Sheet1!D6 value')
  expect(ws.getCell('A4').value).toBe(7)
  expect(String(ws.getCell('B4').value)).toContain('Sheet1!D7 value: 估计数')
  expect(ws.getCell('F4').value).toBe('约5万') // the row as the person typed it
  // The hostile source is a string cell with the CSV writer's apostrophe, never a formula.
  const hostile = ws.getCell('G2')
  expect(hostile.type).toBe(ExcelJS.ValueType.String)
  expect(hostile.value).toBe(`'${HOSTILE}`)
  ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula, cell.address).toBeUndefined()))

  // The CSV beside it says the same rows.
  const [csv] = await Promise.all([page.waitForEvent('download'), card.getByTestId('import-download-rejected').click()])
  expect(csv.suggestedFilename()).toBe('回填_有问题.rejected.csv')
  await page.getByTestId('import-cancel').click()
})
