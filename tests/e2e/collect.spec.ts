// The data-request loop, as a person runs it: download the Bayannur request from the tracker,
// fill two figures in the workbook (a Node script with ExcelJS, typing where a person types),
// import it through the file input, see the two figures in the preview, apply: both verdicts
// change; undo: both are back. Bad workbooks name the sheet and cell and change nothing.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BUDGET_MS, waitForEngine } from './helpers'
import { fillRequest, writeBigWorkbook } from './fillRequest'

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
  await expect.poll(async () => {
    const now = await statuses(page)
    return Object.keys(before).filter((id) => before[id] !== now[id] && now[id] === 'achieved').length
  }, { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
  const after = await statuses(page)
  const changed = Object.keys(before).filter((id) => before[id] !== after[id])
  // Both filled figures meet their targets: two verdicts become "achieved" (a later target on
  // the same indicator may move too, so the count is at least two).
  expect(changed.filter((id) => after[id] === 'achieved').length).toBeGreaterThanOrEqual(2)

  await page.getByTestId('import-undo').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'undone')
  // The notice comes first; the verdicts are re-evaluated just after (slower on a busy machine).
  await expect.poll(() => statuses(page), { timeout: 30_000 }).toEqual(before)
})

const XLSX_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'xlsx')

test('bad workbooks name the sheet and cell and change nothing; hostile text stays text', async ({ page }) => {
  // Bayannur's rows: the fixtures are about Bayannur, and a short table is read whole at once.
  await page.goto(`/tracker?asof=${AS_OF}&entity=bayannur`)
  await waitForEngine(page, 'imports-replayed')
  const before = await statuses(page)
  const cases: [string, string, string | null][] = [
    ['observations_formula_cell.xlsx', 'xlsx_formula', 'Sheet1!D2'],
    ['observations_merged_header.xlsx', 'xlsx_merged_header', 'Sheet1!A1'],
    ['observations_xls_renamed.xlsx', 'xlsx_legacy_xls', null],
    ['observations_password_protected.xlsx', 'xlsx_encrypted', null],
    ['observations_truncated.xlsx', 'xlsx_unreadable', null],
  ]
  for (const [file, code, cell] of cases) {
    await page.getByTestId('import-file').setInputFiles(join(XLSX_DIR, file))
    const message = page.locator(`[data-testid="import-file-preview"][data-file="${file}"] [data-code="${code}"]`)
    await expect(message).toBeVisible()
    if (cell) await expect(message).toContainText(cell)
    await page.getByTestId('import-cancel').click()
    await expect(page.getByTestId('import-preview')).toBeHidden()
  }
  expect(await statuses(page)).toEqual(before)

  await page.getByTestId('import-file').setInputFiles(join(XLSX_DIR, 'observations_hostile_text.xlsx'))
  const row = page.getByTestId('import-new-row').first()
  await expect(row).toContainText('<img src=x onerror="window.__pwned=1">')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await page.getByTestId('import-cancel').click()
})

test('a 100,000-row workbook stays responsive and shows progress', async ({ page }) => {
  const path = join(mkdtempSync(join(tmpdir(), 'big-')), 'observations_100k.xlsx')
  await writeBigWorkbook(path, 100_000)
  await page.goto(`/tracker?asof=${AS_OF}`)
  await waitForEngine(page, 'imports-replayed')
  // Every text the progress line shows, however briefly (the sheet is read in seconds).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __progress: string[] }).__progress = [])
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent?.trim()
      if (text && seen[seen.length - 1] !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.getByTestId('import-file').setInputFiles(path)
  // The page answers while the worker reads: a timer keeps ticking on the main thread.
  const gap = await page.evaluate(async () => {
    let worst = 0
    let last = performance.now()
    const end = last + 3000
    while (performance.now() < end) {
      await new Promise((r) => setTimeout(r, 50))
      worst = Math.max(worst, performance.now() - last)
      last = performance.now()
    }
    return worst
  })
  expect(gap).toBeLessThan(1000)
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 240_000 })
  await expect(page.locator('[data-code="xlsx_read_sheet"]')).toBeVisible()
  // Progress was shown while it read: the workbook's name, then the rows read so far (every 10,000).
  const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)
  expect(progress.some((t) => t.includes('observations_100k.xlsx'))).toBe(true)
  expect(progress.some((t) => /已读 [\d,]+ 行/.test(t))).toBe(true)
  await page.getByTestId('import-cancel').click()
})

test('a check-in survives a reload, can be undone, and exported gives the same verdict in a fresh profile', async ({ page, browser }) => {
  const target = 'd001_bayannur_quality_schools_secondary_2025'
  await page.goto(`/target/${target}?asof=${AS_OF}`)
  await waitForEngine(page, 'imports-replayed')
  const summary = page.locator('.detail-summary')
  const before = await summary.getAttribute('data-status')
  expect(before).not.toBe('achieved')
  await page.getByTestId('checkin-value').fill('约3所')
  await page.getByTestId('checkin-source').fill('巴彦淖尔市教育局2025年工作总结')
  await page.getByTestId('checkin-ref').fill('第2页')
  await page.getByTestId('checkin-submit').click()
  await expect(page.getByTestId('checkin-errors')).toBeVisible()
  await page.getByTestId('checkin-value').fill('3')
  await page.getByTestId('checkin-note').fill('全市新增2所自治区优质中职学校，累计3所')
  await page.getByTestId('checkin-reporter').fill('张老师')
  await page.getByTestId('checkin-submit').click()
  await expect(page.getByTestId('checkin-saved')).toBeVisible()
  await expect(summary).toHaveAttribute('data-status', 'achieved')

  await page.reload()
  await waitForEngine(page, 'imports-replayed')
  await expect(page.getByTestId('checkin-item')).toHaveCount(1)
  await expect(page.getByTestId('checkin-item')).toContainText('张老师')
  await expect(summary).toHaveAttribute('data-status', 'achieved')

  const download = page.waitForEvent('download')
  await page.getByTestId('checkin-export-csv').click()
  const csvPath = join(mkdtempSync(join(tmpdir(), 'checkin-')), 'observations_checkins.csv')
  await (await download).saveAs(csvPath)

  const { baseURL, locale, timezoneId } = test.info().project.use
  const fresh = await browser.newContext({ baseURL, locale, timezoneId })
  const other = await fresh.newPage()
  await other.goto(`/target/${target}?asof=${AS_OF}`)
  await waitForEngine(other, 'imports-replayed')
  await expect(other.locator('.detail-summary')).toHaveAttribute('data-status', before!)
  await other.getByTestId('import-file').setInputFiles(csvPath)
  await other.getByTestId('import-apply').click()
  await expect(other.locator('.detail-summary')).toHaveAttribute('data-status', 'achieved')
  await fresh.close()

  await page.getByTestId('checkin-undo').click()
  await expect(page.getByTestId('checkin-item')).toHaveCount(0)
  await expect(summary).toHaveAttribute('data-status', before!)
})
