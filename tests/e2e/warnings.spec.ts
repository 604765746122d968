// Warnings (issue 12): the fictitious sample goes through the importer, every expected warning
// shows with its consequence, a changed figure clears a warning (and undo brings it back), the
// key-chain share of one city equals the share counted by hand from the sample file, and
// "reset to bundled data" removes the sample.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BUDGET_MS, waitForEngine } from './helpers'

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'sample')
// Several cold starts of the engine per test (reloads): twice the one-start budget.
test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

async function loadSample(page: Page) {
  // From the import panel (on every view) to the Warnings view's offer.
  await page.goto('/?asof=2025-06-30')
  await waitForEngine(page, 'imports-replayed')
  await page.getByTestId('import-sample-link').click()
  await expect(page.getByTestId('warnings-empty')).toBeVisible()
  await page.getByTestId('load-sample').click()
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  await expect(page.getByTestId('warnings-table')).toBeVisible()
}

const row = (page: Page, id: string) => page.locator(`[data-testid="warnings-table"] tr[data-warning="${id}"]`)

/** The sample's majors of one city's schools in one year, counted by hand: [majors, serving a key chain]. */
function handCount(city: string, year: number): [number, number] {
  const schools = readFileSync(join(SAMPLE, 'sample-fictitious-schools.csv'), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split(',')).filter((c) => c[4] === city).map((c) => c[0])
  const majors = readFileSync(join(SAMPLE, 'sample-fictitious-majors.csv'), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split(',')).filter((c) => schools.includes(c[0]) && Number(c[1]) === year)
  return [majors.length, majors.filter((c) => c[5] !== '' && c[5] !== '无').length]
}

test('the sample shows every rule: triggered, watch, cannot tell, and the 60/50/90 boundaries', async ({ page }) => {
  await loadSample(page)
  await expect(page.getByTestId('sample-banner')).toContainText('示例数据（虚构）')

  const card = (rule: string, state: string) => page.locator(`[data-testid="rule-card"][data-rule="${rule}"] [data-state="${state}"]`)
  const expected = { major_alert: [2, 1, 1], plan_completion: [1, 1, 1], facility_standard: [2, 0, 0] }
  for (const [rule, [triggered, watch, cannot]] of Object.entries(expected)) {
    await expect(card(rule, 'triggered')).toHaveAttribute('data-count', String(triggered))
    await expect(card(rule, 'watch')).toHaveAttribute('data-count', String(watch))
    await expect(card(rule, 'cannot_tell')).toHaveAttribute('data-count', String(cannot))
  }

  // 专业预警: two years below → triggered; 60.0 the year before → watch; 2023 missing → cannot tell; 59.9/49.9 → triggered.
  await expect(row(page, 'major_alert:demo_ordos_college:460104')).toHaveAttribute('data-state', 'triggered')
  await expect(row(page, 'major_alert:demo_ordos_college:460104').getByTestId('consequence')).toHaveText('调减招生计划或停招：2024年计划 120 人 → 少于 120 人或 0')
  await expect(row(page, 'major_alert:demo_ordos_college:530302')).toHaveAttribute('data-state', 'watch')
  await expect(row(page, 'major_alert:demo_ordos_college:530302').getByTestId('consequence')).toContainText('若下一年重复本年：')
  await expect(row(page, 'major_alert:demo_ordos_college:420101')).toHaveAttribute('data-state', 'cannot_tell')
  await expect(row(page, 'major_alert:demo_ordos_college:420101')).toContainText('2023年无数据')
  await expect(row(page, 'major_alert:demo_baotou_college:510201')).toHaveAttribute('data-state', 'triggered')
  await expect(row(page, 'major_alert:demo_baotou_college:510201')).toContainText('就业率 59.9%，对口就业率 49.9%')
  await expect(row(page, 'major_alert:demo_baotou_college:440301')).toHaveCount(0) // 就业率 exactly 60
  await expect(row(page, 'major_alert:demo_baotou_college:500201')).toHaveCount(0) // 对口 exactly 50

  // 招生计划完成率: 84.8% then 83.3% → 1,200 → 960–1,080; 92% then 89% → watch; 90% exactly → nothing; no plan → cannot tell.
  await expect(row(page, 'plan_completion:demo_ordos_college').getByTestId('consequence')).toHaveText('下一年度招生计划调减10%–20%：1,200 → 960–1,080（按2024年计划）')
  await expect(row(page, 'plan_completion:demo_baotou_college')).toHaveAttribute('data-state', 'watch')
  await expect(row(page, 'plan_completion:demo_baotou_college').getByTestId('consequence')).toHaveText('若下一年重复本年：下一年度招生计划调减10%–20%：500 → 400–450（按2024年计划）')
  await expect(row(page, 'plan_completion:demo_baotou_college2')).toHaveCount(0)
  await expect(row(page, 'plan_completion:demo_hohhot_college')).toHaveAttribute('data-state', 'cannot_tell')
  await expect(row(page, 'plan_completion:demo_hohhot_college')).toContainText('完成率无法计算')

  // 办学条件: 中职 under （六）, 高职 under （五）.
  await expect(row(page, 'facility_standard:demo_ordos_school').getByTestId('consequence')).toHaveText('限期整改，直至停招或撤并（2024年计划 330 人）')
  await expect(row(page, 'facility_standard:demo_ordos_school')).toContainText('生均占地面积、生师比')
  await expect(row(page, 'facility_standard:demo_hohhot_college').getByTestId('consequence')).toContainText('吊销办学许可证或责令停止办学')

  // Sorted by consequence: triggered first, most places at stake first.
  const order = await page.locator('[data-testid="warnings-table"] tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning')))
  expect(order.slice(0, 3)).toEqual(['facility_standard:demo_ordos_school', 'facility_standard:demo_hohhot_college', 'plan_completion:demo_ordos_college'])

  // Exports: every warning of the level, as CSV (Excel's UTF-8 with BOM) and as a workbook.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('warnings-csv').click()])
  const csvText = readFileSync((await csv.path())!, 'utf8')
  expect(csvText.trim().split('\r\n')).toHaveLength(1 + 9)
  expect(csvText).toContain('下一年度招生计划调减10%–20%：1,200 → 960–1,080（按2024年计划）')
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('warnings-xlsx').click()])
  expect(xlsx.suggestedFilename()).toBe('warnings.xlsx')
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK')

  // Drill down: region → Ordos → College A → its majors.
  await page.locator('[data-testid="place-counts"] tr[data-place="ordos"] button').click()
  await expect(page.getByTestId('warnings-count')).toHaveText('共 5 条')
  await page.locator('[data-testid="place-counts"] tr[data-place="demo_ordos_college"] button').click()
  await expect(page.getByTestId('warnings-count')).toHaveText('共 4 条')
  await expect(page).toHaveURL(/school=demo_ordos_college/)

  // The banner is on every screen while the sample is loaded.
  await page.locator('nav a[href*="/tracker"]').first().click()
  await expect(page.getByTestId('sample-banner')).toBeVisible()
})

test('a changed figure clears a warning and undo brings it back; the computed share of Ordos matches a hand count; reset removes the sample', async ({ page }) => {
  await loadSample(page)
  const [n, k] = handCount('ordos', 2024)
  expect([n, k]).toEqual([7, 5])
  const share = page.locator('[data-testid="key-chain-shares"] tr[data-entity="ordos"][data-year="2024"] [data-testid="share-computed"]')
  await expect(share).toContainText(`${(Math.round((1000 * k) / n) / 10).toFixed(1)}%`)
  await expect(share).toContainText(`由 ${n} 个专业布点计算`)
  // The region's printed 77.7% stays beside the share computed from the sample.
  const region = page.locator('[data-testid="key-chain-shares"] tr[data-entity="nmg"][data-year="2024"]')
  await expect(region.getByTestId('share-printed')).toHaveText('77.7%')
  await expect(region.getByTestId('share-computed')).toContainText('64.3%')

  const dir = mkdtempSync(join(tmpdir(), 'warnings-'))
  const file = join(dir, 'majors-2024-correction.csv')
  writeFileSync(file, [
    'entity_id,year,major_code,major_name,level,key_chain,planned_enrolment,actual_enrolment,report_rate,employment_rate,matched_employment_rate,source_doc,source_ref',
    'demo_ordos_college,2024,460104,机械制造及自动化,higher,现代装备制造,120,100,88,65,42,更正,2024 复核',
  ].join('\n'))
  await page.getByTestId('import-file').setInputFiles(file)
  await expect(page.getByTestId('import-preview')).toContainText('专业（v1.1）')
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  await expect(row(page, 'major_alert:demo_ordos_college:460104')).toHaveCount(0)
  await page.getByTestId('import-undo').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'undone')
  await expect(row(page, 'major_alert:demo_ordos_college:460104')).toHaveAttribute('data-state', 'triggered')

  await page.getByTestId('sample-reset').click()
  await expect(page.getByTestId('sample-banner')).toHaveCount(0)
  await expect(page.getByTestId('warnings-empty')).toBeVisible()
})

test('the sample survives a reload; the benchmark ranks the schools by the computed share; the deck has a warnings slide', async ({ page }) => {
  await loadSample(page)
  await page.reload()
  await waitForEngine(page, 'imports-replayed')
  await expect(page.getByTestId('sample-banner')).toBeVisible()
  await expect(row(page, 'plan_completion:demo_ordos_college')).toHaveAttribute('data-state', 'triggered')

  await page.goto('/benchmark?asof=2025-06-30&target=d004_nmg_industry_aligned_major_share_2025')
  await waitForEngine(page, 'imports-replayed')
  const rows = page.locator('[data-testid="benchmark-table"] tbody tr[data-entity-id^="demo_"]')
  await expect(rows).toHaveCount(6)
  // 2024 shares: 戊 1/1, 甲 3/4, 乙 2/3, 丙 2/3, 丁 1/2, 己 0/1 — highest first.
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')))).toEqual([
    'demo_baotou_college2', 'demo_ordos_college', 'demo_baotou_college', 'demo_ordos_school', 'demo_baotou_school', 'demo_hohhot_college',
  ])
  await expect(page.getByTestId('sample-banner')).toBeVisible()

  await page.goto('/present?asof=2025-06-30&deck=warnings')
  const slide = page.locator('[data-slide-kind="warnings"]')
  await expect(slide.locator('[data-rule="plan_completion"] [data-state="triggered"] b')).toHaveText('1')
  await expect(slide).toContainText('1,200 → 960–1,080')
  await expect(slide.getByTestId('slide-sample-mark')).toContainText('示例数据（虚构）')
})
