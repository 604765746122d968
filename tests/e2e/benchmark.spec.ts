import { test, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { HOSTILE, HOSTILE_SCHOOL, serveModifiedDataset } from './modifiedDataset'
import { waitForEngine } from './helpers'

// Each page starts DuckDB-WASM: every wait on it goes through waitForEngine (one budget).

const ASOF = 'asof=2026-11-22'
const REGION_DUAL = 'd004_nmg_dual_qualified_teacher_share_2025'
const ORDOS_ENROLMENT = 'd003_ordos_enrolment_secondary_2025'

/** The benchmark view once the gap list has answered. */
async function benchmarkReady(page: Page) {
  await waitForEngine(page)
  await expect(page.getByTestId('benchmark-table')).toBeVisible()
  await expect(page.getByTestId('benchmark-chart').locator('canvas')).toBeVisible()
}
const row = (page: Page, entity: string, indicator = 'dual_qualified_teacher_share_secondary') =>
  page.locator(`[data-testid="benchmark-table"] tbody tr[data-entity-id="${entity}"][data-indicator-id="${indicator}"]`)

test('the region’s 双师型 ≥70% against each Bayannur school: shares, gaps, verdicts, chart', async ({ page }) => {
  await page.goto(`/benchmark?target=${REGION_DUAL}&${ASOF}`)
  await benchmarkReady(page)
  await expect(page.getByTestId('benchmark-target')).toHaveValue(REGION_DUAL)
  await expect(page.getByTestId('benchmark-standard')).toContainText('内蒙古自治区不低于 70%（2025年）')

  const schools: [string, string, string, string][] = [
    ['bayannur_vocational_technical_school', '巴彦淖尔职业技术学校', '85.5%', '超出 15.5个百分点'],
    ['bayannur_hanghou_vocational_center', '杭锦后旗职业教育中心', '75.9%', '超出 5.9个百分点'],
    ['bayannur_urad_front_vocational_school', '乌拉特前旗职业中等专业学校', '61.8%', '差 8.2个百分点'],
    ['bayannur_no1_vocational_school', '临河区第一职业中等专业学校', '60.5%', '差 9.5个百分点'],
    ['bayannur_art_school', '巴彦淖尔市艺术学校', '45%', '差 25个百分点'],
    ['bayannur_wuyuan_vocational_high_school', '五原县高级职业中学', '43.2%', '差 26.9个百分点'],
    ['bayannur_sports_school', '巴彦淖尔市体育学校', '30%', '差 40个百分点'],
  ]
  for (const [id, name, value, gap] of schools) {
    const r = row(page, id)
    await expect(r.getByRole('rowheader')).toContainText(name)
    await expect(r.locator('[data-col="value"]')).toHaveText(value)
    await expect(r.locator('[data-col="gap"]')).toHaveText(gap)
    await expect(r).toContainText('2024')
    await expect(r).toContainText('表6-1')
  }
  await expect(row(page, 'bayannur_vocational_technical_school').locator('[data-col="meets"]')).toHaveText('✔ 达到')
  await expect(row(page, 'bayannur_sports_school').locator('[data-col="meets"]')).toHaveText('✖ 未达到')
  // Sorted by value, highest first (the rows carry the same order as the bars).
  const values = await page.locator('[data-testid="benchmark-table"] tbody tr [data-col="value"]').allInnerTexts()
  const numbers = values.map((v) => parseFloat(v)).filter((v) => !Number.isNaN(v))
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  // The city's own 65% target is shown alongside (planned vs actual).
  await expect(row(page, 'bayannur')).toContainText('不低于 65%（2025年）')

  const chart = page.getByTestId('benchmark-chart').getByRole('img')
  await expect(chart).toHaveAttribute('aria-label', /条形图/)
  const box = await chart.boundingBox()
  expect(box!.height).toBeGreaterThan(400) // ten bars
  await expect(page.getByTestId('narrative')).toContainText('巴彦淖尔市中职双师型教师占专业课教师比例2024年为57.4%，距内蒙古自治区70%目标差 12.6个百分点。')
})

test('no target in the URL: the region’s 双师型 target is chosen and written to the URL', async ({ page }) => {
  await page.goto(`/benchmark?${ASOF}`)
  await expect(page).toHaveURL(new RegExp(`target=${REGION_DUAL}`))
  await expect(page).toHaveURL(/asof=2026-11-22/)
  await benchmarkReady(page)
})

test('Ordos 表2: the city’s 1.9万 total is not applied per school; each school’s 2025 plan against its actual', async ({ page }) => {
  await page.goto(`/benchmark?target=${REGION_DUAL}&${ASOF}`)
  await benchmarkReady(page)
  await page.getByTestId('benchmark-target').selectOption(ORDOS_ENROLMENT)
  await expect(page).toHaveURL(new RegExp(`target=${ORDOS_ENROLMENT}`))
  await expect(page.getByTestId('benchmark-total-note')).toContainText('总量目标')
  await expect(page.getByTestId('benchmark-total-note')).toContainText('19,013人')
  const ligong = row(page, 'ordos_ligong_school', 'enrolment_secondary')
  await expect(ligong.locator('[data-col="value"]')).toHaveText('2,049人')
  await expect(ligong).toContainText('不低于 3,549人（2025年）')
  await expect(ligong.locator('[data-col="own-gap"]')).toHaveText('✖ 差 1,500人')
  // The yardstick columns would only say "n/a" for a total: they are left out.
  await expect(page.getByTestId('benchmark-table').locator('[data-col="meets"]')).toHaveCount(0)
  // A new school: a plan, no actual yet.
  const kangbashi = row(page, 'ordos_kangbashi_vocational_school', 'enrolment_secondary')
  await expect(kangbashi.locator('[data-col="value"]')).toHaveText('暂无数据')
  await expect(kangbashi).toContainText('不低于 1,500人（2025年）')
  await expect(page.getByTestId('narrative')).toContainText('各主体规划值合计19,013人')
  await page.goBack()
  await expect(page.getByTestId('benchmark-target')).toHaveValue(REGION_DUAL)
})

test('English renders and a copied link reproduces the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/benchmark?target=${REGION_DUAL}&${ASOF}&lang=en`)
  await benchmarkReady(page)
  await expect(page.getByRole('heading', { level: 2, name: 'Benchmark: a target applied to the entities below' })).toBeVisible()
  await expect(row(page, 'bayannur_sports_school').locator('[data-col="gap"]')).toHaveText('40 pp short')
  await expect(row(page, 'bayannur_sports_school').locator('[data-col="meets"]')).toHaveText('✖ misses')
  await expect(page.getByTestId('narrative')).toContainText('Bayannur: “Share of dual-qualified teachers among specialty teachers (secondary)” was 57.4% in 2024, 12.6 pp short')
  await page.getByTestId('narrative-copy').click()
  await expect(page.getByTestId('narrative-copy')).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('12.6 pp short')

  const fresh = await context.newPage()
  await fresh.goto(page.url())
  await benchmarkReady(fresh)
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en')
  await expect(fresh.getByTestId('benchmark-target')).toHaveValue(REGION_DUAL)
  await expect(row(fresh, 'bayannur_sports_school').locator('[data-col="gap"]')).toHaveText('40 pp short')
})

test('unknown target: a clear message in both languages, the picker stays', async ({ page }) => {
  await page.goto(`/benchmark?target=nope&${ASOF}`)
  await waitForEngine(page)
  await expect(page.getByTestId('benchmark-unknown')).toContainText('找不到目标“nope”')
  await expect(page.getByTestId('benchmark-target')).toBeVisible()
  await page.getByTestId('lang-switch').click()
  await expect(page.getByTestId('benchmark-unknown')).toContainText('Target “nope” was not found')
})

test('a hostile school name stays text in the table, the labels and the chart tooltip', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await serveModifiedDataset(page)
  await page.goto(`/benchmark?target=${REGION_DUAL}&${ASOF}`)
  await benchmarkReady(page)
  await expect(row(page, HOSTILE_SCHOOL).getByRole('rowheader')).toContainText(HOSTILE)
  // Sweep the bars: the tooltip of the hostile school's bar shows the name as text.
  const canvas = page.getByTestId('benchmark-chart').locator('canvas').first()
  const box = (await canvas.boundingBox())!
  let shown = false
  for (let y = box.y + 40; y < box.y + box.height - 40 && !shown; y += 8) {
    await page.mouse.move(box.x + box.width * 0.42, y)
    shown = await page.evaluate((name) => [...document.querySelectorAll('div')].some((d) => d.style.position === 'absolute' && d.textContent?.includes(name) && d.innerHTML.includes('&lt;img')), HOSTILE)
  }
  expect(shown).toBe(true)
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('benchmark reads at 1920×1080 and on a phone, without serious accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(`/benchmark?target=${REGION_DUAL}&${ASOF}`)
  await benchmarkReady(page)
  const wide = await page.getByTestId('benchmark-chart').getByRole('img').boundingBox()
  expect(wide!.width).toBeGreaterThan(1200)
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(async () => {
    const narrow = await page.getByTestId('benchmark-chart').getByRole('img').boundingBox()
    expect(narrow!.width).toBeLessThan(390)
  }).toPass()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(1)
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
