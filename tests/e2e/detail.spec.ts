import { test, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { CONFLICT, serveModifiedDataset } from './modifiedDataset'
import { waitForEngine } from './helpers'

// Each page starts DuckDB-WASM: every wait on it goes through waitForEngine (one budget).

const ASOF = 'asof=2026-11-22'
const ORDOS_DUAL = 'd003_ordos_dual_qualified_teacher_share_secondary_2025'
const BAYANNUR_DUAL = 'd001_bayannur_dual_qualified_teacher_share_secondary_2025'

/** The detail view once the target's figures table has answered. */
async function detailReady(page: Page) {
  await waitForEngine(page)
  await expect(page.getByTestId('detail-status')).toBeVisible()
  await expect(page.getByTestId('figures-table')).toBeVisible()
}

test('the value axis has nice ends that hold the target line (it ended at 56.5)', async ({ page }) => {
  // Bayannur 中职 双师型: 57.4% in 2024 against ≥ 65%.
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  await detailReady(page)
  const chart = page.getByTestId('detail-chart')
  await expect(chart.locator('canvas')).toBeVisible()
  const [min, max, step] = await Promise.all(['data-y-min', 'data-y-max', 'data-y-interval'].map(async (a) => Number(await chart.getAttribute(a))))
  expect([min, max, step]).toEqual([55, 70, 5])
  expect(min).toBeLessThanOrEqual(57.4)
  expect(max).toBeGreaterThanOrEqual(65)
  await chart.screenshot({ path: 'tests/output/screens/detail-chart-axis.png' })
})

test('target detail: status, target 60%, baseline 58% (2021) from 表1, the chart and the figures', async ({ page }) => {
  await page.goto(`/target/${ORDOS_DUAL}?${ASOF}`)
  await detailReady(page)
  await expect(page.getByRole('heading', { level: 2, name: /鄂尔多斯市.*中职双师型/ })).toBeVisible()
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'no_new_data')
  await expect(page.getByTestId('detail-status')).toContainText('基期后无新数据')
  await expect(page.getByTestId('detail-target')).toHaveText('不低于 60%（2025年）')
  await expect(page.getByTestId('detail-baseline')).toContainText('58%（2021年）')
  await expect(page.getByTestId('detail-baseline')).toContainText('表1')
  await expect(page.getByTestId('detail-gap')).toHaveText('差 2个百分点')
  await expect(page.getByTestId('detail-deadline')).toContainText('待2025年最终数据')
  await expect(page.getByTestId('detail-projection')).toContainText('预计值无法计算')
  // No figure since the baseline: said plainly, with a way to load data.
  const noActuals = page.getByTestId('detail-no-actuals')
  await expect(noActuals).toContainText('自基期（2021年）以来暂无新的实际数据')
  await expect(noActuals.getByRole('link', { name: '导入新数据' })).toHaveAttribute('href', /\/data\?asof=2026-11-22/)

  const chart = page.getByTestId('detail-chart').getByRole('img')
  await expect(chart).toHaveAttribute('aria-label', /鄂尔多斯市.*中职双师型/)
  await expect(chart.locator('canvas')).toBeVisible()
  const box = await chart.locator('canvas').boundingBox()
  expect(box!.width).toBeGreaterThan(600)
  expect(box!.height).toBeGreaterThan(250)

  const row = page.getByTestId('figures-table').locator('tbody tr[data-year="2021"]')
  await expect(row).toContainText('58%')
  await expect(row).toContainText('表1')
  await expect(row).toContainText('双师型教师占专业教师比例 中职 58% 中职 60% 预期性')
  await expect(page.getByTestId('target-source')).toContainText('鄂尔多斯市职业教育改革发展实施方案')
  await expect(page.getByTestId('target-source')).toContainText('表1')
  await expect(page.getByTestId('narrative')).toContainText('鄂尔多斯市中职双师型教师占专业课教师比例基期（2021年）为58%')
})

test('narrative copies to the clipboard and the button says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  await detailReady(page)
  const narrative = page.getByTestId('narrative')
  await expect(narrative).toContainText('截至2024年，巴彦淖尔市中职双师型教师占专业课教师比例为57.4%')
  await narrative.getByTestId('narrative-copy').click()
  await expect(narrative.getByTestId('narrative-copy')).toHaveText('已复制')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await narrative.locator('p').innerText())
})

test('English renders, the link reproduces the view and leads to the benchmark with asof and lang kept', async ({ page, context }) => {
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}&lang=en`)
  await detailReady(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 2, name: /Bayannur/ })).toBeVisible()
  await expect(page.getByTestId('detail-target')).toHaveText('at least 65% by 2025')
  await expect(page.getByTestId('detail-gap')).toHaveText('7.6 pp short')
  await expect(page.getByTestId('narrative')).toContainText('As of 2024, “Share of dual-qualified teachers among specialty teachers (secondary)” for Bayannur stood at 57.4%')
  await expect(page.getByTestId('figures-table')).toContainText('Bayannur quality report (2024)')

  const fresh = await context.newPage()
  await fresh.goto(page.url())
  await detailReady(fresh)
  await expect(fresh.getByTestId('detail-gap')).toHaveText('7.6 pp short')
  await expect(fresh.getByTestId('asof')).toHaveText('2026-11-22')

  await page.getByTestId('benchmark-link').click()
  await expect(page).toHaveURL(/\/benchmark\?/)
  await expect(page).toHaveURL(new RegExp(`target=${BAYANNUR_DUAL}`))
  await expect(page).toHaveURL(/asof=2026-11-22/)
  await expect(page).toHaveURL(/lang=en/)
  await waitForEngine(page)
  await expect(page.getByTestId('benchmark-table')).toBeVisible()
})

test('overdue, awaiting the final figure, shown with its projection', async ({ page }) => {
  await page.goto(`/target/d004_nmg_industry_aligned_major_share_2025?${ASOF}`)
  await detailReady(page)
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'met_at_last_figure')
  await expect(page.getByTestId('detail-deadline')).toContainText('已过截止日期 326 天，待2025年最终数据')
  await expect(page.getByTestId('detail-projection')).toHaveText('按当前趋势，2025年预计为77.8%（可达到目标）')
  await expect(page.getByTestId('detail-pace')).toHaveText('+0.1个百分点/年')
  await expect(page.getByTestId('figures-table').locator('tbody tr')).toHaveCount(2)
})

test('unknown target id: a clear message in both languages, not a blank page', async ({ page }) => {
  await page.goto(`/target/no_such_target?${ASOF}`)
  await waitForEngine(page)
  await expect(page.getByTestId('detail-unknown')).toContainText('找不到目标“no_such_target”')
  await expect(page.getByTestId('detail-unknown').getByRole('link')).toHaveAttribute('href', /\/tracker/)
  await page.getByTestId('lang-switch').click()
  await expect(page.getByTestId('detail-unknown')).toContainText('Target “no_such_target” was not found')
})

test('bundled conflict: Ordos 2021 中职 enrolment, 表1 1.4万 vs 表2 14,516, side by side', async ({ page }) => {
  await page.goto(`/target/d003_ordos_enrolment_secondary_2025?${ASOF}`)
  await detailReady(page)
  const block = page.getByTestId('conflict-block')
  await expect(block).toContainText('⚠ 来源不一致：2021年有2个不同数值')
  await expect(block.locator('li')).toHaveCount(2)
  await expect(block.locator('li').nth(0)).toContainText('1.4万人')
  await expect(block.locator('li').nth(0)).toContainText('表1')
  await expect(block.locator('li').nth(1)).toContainText('14,516人')
  await expect(block.locator('li').nth(1)).toContainText('表2')
  await expect(page.getByTestId('figures-table').locator('tbody tr[data-year="2021"]')).toHaveCount(2)
})

test('conflicting sources are shown side by side with a ⚠ in words; text from data stays text', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await serveModifiedDataset(page)
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  await detailReady(page)
  // Never the mean (57.8%): each source's figure, side by side.
  await expect(page.getByTestId('detail-latest')).toContainText('58.1%')
  await expect(page.getByTestId('detail-latest')).toContainText('57.4%')
  await expect(page.getByTestId('detail-latest')).not.toContainText('57.8')
  await expect(page.getByTestId('detail-latest')).toContainText('⚠ 来源数据不一致')
  const block = page.getByTestId('conflict-block')
  await expect(block).toContainText('⚠ 来源不一致：2024年有2个不同数值')
  const sources = block.locator('li')
  await expect(sources).toHaveCount(2)
  await expect(sources.nth(0)).toContainText(`58.1%`)
  await expect(sources.nth(0)).toContainText(CONFLICT.ref)
  await expect(sources.nth(1)).toContainText('57.4%')
  // Side by side: the two sources share a row on a 1280-wide screen.
  const [a, b] = [await sources.nth(0).boundingBox(), await sources.nth(1).boundingBox()]
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(2)
  expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1)
  const rows = page.getByTestId('figures-table').locator('tbody tr[data-year="2024"]')
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('⚠')
  await expect(page.getByTestId('figures-table')).toContainText(CONFLICT.quote)
  await expect(page.getByTestId('narrative')).toContainText('2024年各来源数值不一致：58.1%（表3<b>，最新数据未达标）、57.4%（表6-1，最新数据未达标）；结论相同，不取平均')
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'short_at_last_figure')
  expect(await page.locator('script:text("alert(2)")').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('detail has no serious accessibility violations and reads on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  await detailReady(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(1)
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
