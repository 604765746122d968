import { test, expect, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { waitForEngine } from './helpers'

// 鄂尔多斯 职普比 ≥ 40:60 by 2025 (表1: 35:65 in 2021, 中职 14,258 students; 普高 is inferred).
// +500 中职 students a year → 38.1 % (missed); +1000 → 40.9 % (achieved), from 表1's printed 1.4万 (no mean).
const TARGET = 'd003_ordos_vocational_share_secondary_2025'
const URL = `/scenarios?asof=2026-11-22&target=${TARGET}`

async function open(page: Page, url = URL) {
  await page.goto(url)
  await waitForEngine(page, 'dashboard-ready')
}
const slider = (page: Page, indicator: string) => page.locator(`[data-testid="assumption-${indicator}"] [data-testid="assumption-slider"]`)
const projection = (page: Page) => page.getByTestId('projection-scenario').first()
const items = (page: Page) => page.getByTestId('scenario-item')
// Each test loads the app once or twice on a busy machine: give them room.
test.beforeEach(() => test.slow())

/** What the list shows: names (input values) and the rest of each item's text. */
const listState = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid="scenario-item"]')].map((li) => `${(li.querySelector('input') as HTMLInputElement).value}|${li.textContent}`))

async function saved(page: Page) {
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
}

test('create a scenario, move a slider, see the projected status change; undo/redo; it survives a reload', async ({ page }) => {
  await open(page)
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
  await expect(page.getByTestId('projection-baseline')).toHaveAttribute('data-status', 'no_new_data') // one point, no trend, past the deadline
  await page.getByTestId('scenario-new').click()
  const banner = page.getByTestId('scenario-banner')
  await expect(banner).toContainText('情景推演 — 非实际数据')

  await slider(page, 'enrolment_secondary').fill('500')
  await expect(projection(page)).toHaveAttribute('data-status', 'missed')
  // Starts from 表1's printed 1.4万 (2021), not the 14,258 mean of 1.4万 and 14,516 nobody printed (issue 10).
  await expect(projection(page).getByTestId('projection-value')).toContainText('38.1:61.9')
  await slider(page, 'enrolment_secondary').fill('1000')
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await expect(projection(page).getByTestId('projection-value')).toContainText('40.9:59.1')
  await expect(page.locator('[data-testid="assumption-enrolment_secondary"] [data-testid="assumption-number"]')).toHaveValue('1000')
  // the narrative says what changes, and that it is not actual data
  await expect(page.getByTestId('narrative')).toContainText('中职在校生数自2022年起每年+1,000人')
  await expect(page.getByTestId('narrative')).toContainText('非实际数据')
  // the required effort, in the part's unit
  await expect(page.getByTestId('effort-passed')).toBeVisible()
  await expect(page.getByTestId('effort-part-enrolment_secondary')).toContainText('每年需新增中职在校生数约')

  // one slider drag is one undo step; the number input is another
  await page.waitForTimeout(1100)
  await page.locator('[data-testid="assumption-enrolment_secondary"] [data-testid="assumption-number"]').fill('300')
  await expect(projection(page)).toHaveAttribute('data-status', 'missed')
  await page.getByTestId('scenario-undo').click()
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await page.getByTestId('scenario-redo').click()
  await expect(projection(page)).toHaveAttribute('data-status', 'missed')
  await page.getByTestId('scenario-undo').click()
  await saved(page)

  // reload without the link: the saved scenario comes back from IndexedDB
  await open(page)
  await expect(items(page)).toHaveCount(1)
  await expect(items(page).getByTestId('scenario-name')).toHaveValue('情景 1')
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
  await items(page).getByTestId('scenario-edit').click()
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await expect(page.getByTestId('scenario-banner')).toBeVisible()
})

test('chart, projection table and effort panel cover the same years (to 2027 for a 2025 target as of 2026)', async ({ page }) => {
  await open(page)
  await page.getByTestId('scenario-new').click()
  await slider(page, 'enrolment_secondary').fill('1000')
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  // the deadline has passed: the effort panel plans to next year, 2027
  await expect(page.getByTestId('effort-year')).toHaveValue('2027')
  await expect(page.getByTestId('projection-horizon-head')).toHaveText('2027年预测值')
  await expect(page.getByTestId('scenario-chart')).toHaveAttribute('data-last-year', '2027')
  // the verdict is still the target year's (2025); the table adds the planned year's value
  await expect(projection(page).getByTestId('projection-value')).toContainText('40.9:59.1')
  await expect(projection(page).getByTestId('projection-horizon-value')).toHaveText(/^\d+(\.\d)?:\d+(\.\d)?$/)
  // two more years of +1,000 students: a larger vocational share than 2025's 40.9
  expect(parseFloat(await projection(page).getByTestId('projection-horizon-value').innerText())).toBeGreaterThan(40.9)
  // the planner picks a later year: all three follow
  await page.getByTestId('effort-year').selectOption('2029')
  await expect(page.getByTestId('projection-horizon-head')).toHaveText('2029年预测值')
  await expect(page.getByTestId('scenario-chart')).toHaveAttribute('data-last-year', '2029')
  await expect(page.getByTestId('projection-baseline').getByTestId('projection-horizon-value')).toHaveText('无法预测') // one point, no trend
})

test('export, delete, import: the same scenario comes back', async ({ page }) => {
  await open(page)
  await page.getByTestId('scenario-new').click()
  const name = '<b>加快中职</b> & 试算'
  await items(page).getByTestId('scenario-name').fill(name)
  await items(page).getByTestId('scenario-name').press('Enter')
  await slider(page, 'enrolment_secondary').fill('1000')
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await saved(page)

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-export').click()])
  const path = await download.path()
  const exported = JSON.parse(await readFile(path, 'utf8'))
  expect(exported).toMatchObject({ format: 'nmg-vet-scenarios', version: 1, notice: expect.stringContaining('非实际数据') })
  expect(exported.scenarios).toHaveLength(1)
  expect(exported.scenarios[0]).toMatchObject({
    name,
    assumptions: [{ indicator_id: 'enrolment_secondary', entity_id: 'ordos', change: { mode: 'absolute', amount: 1000, from_year: 2022 } }],
  })

  await items(page).getByTestId('scenario-delete').click()
  await expect(items(page)).toHaveCount(0)
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)

  await page.getByTestId('scenario-import').setInputFiles(path)
  await expect(page.getByTestId('scenario-message')).toHaveAttribute('data-kind', 'ok')
  await expect(items(page)).toHaveCount(1)
  await expect(items(page).getByTestId('scenario-name')).toHaveValue(name) // markup stays text
  await items(page).getByTestId('scenario-edit').click()
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await expect(page.locator('b')).toHaveCount(0)
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-export').click()])
  const reexported = JSON.parse(await readFile(await again.path(), 'utf8'))
  expect(reexported.scenarios).toEqual(exported.scenarios)
})

test('a corrupt or foreign file is rejected with a message and nothing changes', async ({ page }) => {
  await open(page)
  await page.getByTestId('scenario-new').click()
  await slider(page, 'enrolment_secondary').fill('1000')
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await saved(page)
  const before = await listState(page)
  const urlBefore = page.url()

  const cases: [string, string, RegExp][] = [
    ['truncated.json', '{"format":"nmg-vet-scenarios","version":1,"scenarios":[{"id":"a', /truncated\.json 不是有效的 JSON/],
    ['tracker.json', JSON.stringify({ indicators: [] }), /tracker\.json 不是本看板导出的情景文件/],
    ['future.json', JSON.stringify({ format: 'nmg-vet-scenarios', version: 9, scenarios: [] }), /future\.json 的格式版本不受支持/],
    [
      'bad_amount.json',
      JSON.stringify({ format: 'nmg-vet-scenarios', version: 1, scenarios: [{ id: 'x1', name: 'x', assumptions: [{ indicator_id: 'enrolment_secondary', entity_id: 'ordos', change: { mode: 'absolute', amount: 'lots', from_year: 2022 } }] }] }),
      /bad_amount\.json 中“scenarios\[0\]\.assumptions\[0\]\.change\.amount”有误/,
    ],
    [
      'unknown_entity.json',
      JSON.stringify({ format: 'nmg-vet-scenarios', version: 1, scenarios: [{ id: 'x2', name: 'x', assumptions: [{ indicator_id: 'enrolment_secondary', entity_id: 'atlantis', change: null }] }] }),
      /unknown_entity\.json 中“scenarios\[0\]\.assumptions\[0\]\.entity_id”引用了当前数据中没有的/,
    ],
  ]
  for (const [file, text, message] of cases) {
    await page.getByTestId('scenario-import').setInputFiles({ name: file, mimeType: 'application/json', buffer: Buffer.from(text) })
    const msg = page.getByTestId('scenario-message')
    await expect(msg).toHaveAttribute('data-kind', 'error')
    await expect(msg).toContainText(message)
    await expect(msg).toContainText('未做任何更改')
    await expect(items(page)).toHaveCount(1)
    await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  }
  await expect(page.getByTestId('scenario-undo')).toBeEnabled()
  expect(await listState(page)).toEqual(before)
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
  expect(page.url()).toBe(urlBefore)
})

test('a copied link opens the same scenario in a fresh browser profile, on every view', async ({ page, browser }) => {
  await open(page)
  await page.getByTestId('scenario-new').click()
  await slider(page, 'enrolment_secondary').fill('1000')
  await expect(projection(page)).toHaveAttribute('data-status', 'achieved')
  await expect.poll(() => new globalThis.URL(page.url()).searchParams.get('scenario')).toBeTruthy()
  await page.waitForTimeout(400) // the URL follows edits after 200 ms
  const link = page.url()
  const value = await projection(page).getByTestId('projection-value').textContent()

  const fresh = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  try {
    const other = await fresh.newPage()
    await open(other, link)
    await expect(other.getByTestId('scenario-banner')).toContainText('情景推演 — 非实际数据')
    await expect(projection(other)).toHaveAttribute('data-status', 'achieved')
    await expect(projection(other).getByTestId('projection-value')).toHaveText(value!)
    await expect(items(other)).toHaveCount(1)
    // the tracker shows the projected status under the scenario beside the actual one
    await other.getByRole('link', { name: '目标追踪' }).click()
    await expect(other.getByTestId('scenario-banner')).toBeVisible()
    await expect(other.getByTestId('scenario-column')).toHaveCount(1)
    const row = other.locator(`[data-testid="tracker-table"] tr[data-target-id="${TARGET}"]`)
    await expect(row).toHaveAttribute('data-status', 'no_new_data')
    await expect(row.locator('[data-testid="scenario-status"] .status-badge')).toHaveAttribute('data-status', 'achieved')
    // the target's own chart carries one projected line per scenario shown
    await row.locator('td:nth-child(2) a').click()
    await expect(other.getByTestId('detail-view')).toBeVisible()
    await expect(other.getByTestId('detail-scenario-chart')).toBeVisible()
    await expect(other.getByTestId('scenario-banner')).toBeVisible()
    await other.goBack()
    // leaving the scenario removes the banner and the column
    await other.getByTestId('scenario-exit').click()
    await expect(other.getByTestId('scenario-banner')).toHaveCount(0)
    await expect(other.getByTestId('scenario-column')).toHaveCount(0)
  } finally {
    await fresh.close()
  }
})

test('a damaged link is reported and ignored', async ({ page }) => {
  await open(page, `${URL}&scenario=not-a-scenario`)
  await expect(page.getByTestId('scenario-link-error')).toBeVisible()
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0)
})
