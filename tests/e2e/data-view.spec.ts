import { test, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { waitForEngine } from './helpers'

const ORDOS_SECONDARY_DUAL = 'd003_ordos_dual_qualified_teacher_share_secondary_2025'

// Each test starts DuckDB-WASM and loads the data: every wait on it goes through waitForEngine (one budget).

/** The data view's panel once the tab's query has answered. */
async function panelReady(page: Page, tab: string) {
  const panel = page.getByRole('tabpanel')
  await waitForEngine(page)
  await expect(panel).toHaveAttribute('data-tab', tab)
  await expect(panel).toHaveAttribute('data-state', 'ready')
  await expect(panel).toHaveAttribute('aria-busy', 'false')
  return panel
}

test('targets: search 双师 finds the Ordos 中职 58% → 60% target with its source and quote, in both languages', async ({ page }) => {
  await page.goto('/data?tab=targets')
  await expect(page.getByRole('tab', { name: /目标/ })).toHaveAttribute('aria-selected', 'true')
  await panelReady(page, 'targets')
  await expect(page.getByTestId('showing')).toHaveText(/^显示第 1–50 条，共 [\d,]+ 条$/)

  await page.getByLabel('搜索数据').fill('双师')
  await expect(page).toHaveURL(/q=%E5%8F%8C%E5%B8%88/)
  await expect(page).toHaveURL(/tab=targets/)
  const row = page.locator(`tr[data-target-id="${ORDOS_SECONDARY_DUAL}"]`)
  await expect(row).toBeVisible()
  await expect(row.getByRole('cell').first()).toHaveText('鄂尔多斯市')
  await expect(row.getByTestId('baseline')).toContainText('58%')
  await expect(row.getByTestId('baseline')).toContainText('2021年')
  await expect(row.getByTestId('target')).toContainText('不低于 60%')
  await expect(row.getByTestId('target')).toContainText('2025年')
  await expect(row).toContainText('预期性')
  await expect(row.getByTestId('source-ref')).toHaveText('表1')
  await expect(row).toContainText('鄂尔多斯实施方案')
  await expect(row.getByTestId('quote')).toHaveText('双师型教师占专业教师比例 中职 58% 中职 60% 预期性')
  // Every row the search left is about 双师 somewhere (name, quote …); the unrelated ones are gone.
  await expect(page.locator('tr[data-target-id="d003_ordos_enrolment_secondary_2025"]')).toHaveCount(0)

  await page.getByTestId('lang-switch').click()
  await expect(page).toHaveURL(/lang=en/)
  await expect(page).toHaveURL(/q=%E5%8F%8C%E5%B8%88/)
  await expect(page.getByRole('heading', { level: 2, name: 'Data & sources' })).toBeVisible()
  await expect(page.getByRole('tab', { name: /Targets/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('columnheader', { name: 'Entity' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Quote' })).toBeVisible()
  await expect(page.getByLabel('Search the data')).toHaveValue('双师')
  await expect(row.getByRole('cell').first()).toHaveText('Ordos')
  await expect(row.getByTestId('target')).toContainText('at least 60%')
  await expect(row).toContainText('Expected')
  await expect(row).toContainText('Ordos plan (2022)')
  // The reference in English words, the printed form on hover (issue 14).
  await expect(row.getByTestId('source-ref')).toHaveText('Table 1')
  await expect(row.getByTestId('source-ref').locator('span')).toHaveAttribute('title', '表1')
  await expect(page.getByTestId('showing')).toContainText(/in all|of/)
})

test('checks: the Bayannur 2023 students conflict is shown side by side with both sources', async ({ page }) => {
  await page.goto('/data?tab=checks')
  const panel = await panelReady(page, 'checks')
  await expect(panel.getByTestId('checks-summary')).toContainText('来源冲突')
  const conflict = panel.locator('[data-testid="conflict"][data-indicator-id="enrolment_secondary"][data-entity-id="bayannur"][data-year="2023"]')
  await expect(conflict).toBeVisible()
  await expect(conflict.getByTestId('conflict-value')).toHaveText(['10,130人', '10,112人'])
  await expect(conflict.getByTestId('source-ref')).toHaveText(['表1-5', '表6'])
  await expect(conflict.getByTestId('quote').nth(1)).toContainText('10112')
  await expect(conflict).toContainText('巴彦淖尔中职质量报告')
  // Totals that do not add up: printed vs sum of parts.
  await expect(panel.getByTestId('sum-issue').first()).toBeVisible()
  await expect(panel.getByTestId('derived-issue').first()).toBeVisible()

  // The search filters the report too.
  await page.getByLabel('搜索数据').fill('bayannur 2023')
  await expect(page).toHaveURL(/q=bayannur(\+|%20)2023/)
  await expect(conflict).toBeVisible()
  await page.getByLabel('搜索数据').fill('鄂尔多斯 10130')
  await expect(panel.getByTestId('conflict')).toHaveCount(0)
})

test('a link with ?tab=&q= reproduces the view, other query keys kept', async ({ page }) => {
  await page.goto('/data?tab=observations&q=市一职&lang=en&asof=2026-11-22')
  await expect(page.getByRole('tab', { name: /Observations/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByLabel('Search the data')).toHaveValue('市一职')
  const panel = await panelReady(page, 'observations')
  const rows = panel.locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  // 市一职 is an alias: every row found is that school's.
  const entities = await rows.evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-entity-id')))])
  expect(entities).toEqual(['bayannur_no1_vocational_school'])
  await expect(rows.first().getByRole('cell').first()).toHaveText('Linhe No. 1 Secondary Vocational School')

  await page.getByRole('tab', { name: /Entities/ }).click()
  await expect(page).toHaveURL(/tab=entities/)
  await expect(page).toHaveURL(/lang=en/)
  await expect(page).toHaveURL(/asof=2026-11-22/)
  await expect(page).toHaveURL(/q=/)
  await panelReady(page, 'entities')
  await expect(page.locator('tr[data-entity-id="bayannur_no1_vocational_school"]')).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('tab', { name: /Observations/ })).toHaveAttribute('aria-selected', 'true')
})

test('long tables page with "showing N of M"; page is in the URL', async ({ page }) => {
  await page.goto('/data?tab=observations')
  await panelReady(page, 'observations')
  const showing = page.getByTestId('showing')
  await expect(showing).toHaveText(/^显示第 1–50 条，共 [\d,]+ 条$/)
  await expect(page.locator('#catalogue-panel tbody tr')).toHaveCount(50)
  await page.getByRole('button', { name: '下一页' }).first().click()
  await expect(page).toHaveURL(/page=2/)
  await expect(showing).toHaveText(/^显示第 51–100 条/)
  await page.reload()
  await panelReady(page, 'observations')
  await expect(page.getByTestId('showing')).toHaveText(/^显示第 51–100 条/)
  // A new search starts again at page 1.
  await page.getByLabel('搜索数据').fill('巴彦淖尔')
  await expect(page).not.toHaveURL(/page=/)
})

test('sources: the five documents with their titles and counts, linking to their rows', async ({ page }) => {
  await page.goto('/data?tab=sources')
  const panel = await panelReady(page, 'sources')
  const ordos = panel.locator('tr[data-source-doc="003_44a6be25437ffb50.txt"]')
  await expect(ordos.getByRole('rowheader')).toContainText('鄂尔多斯市职业教育改革发展实施方案（鄂府发〔2022〕78号）')
  await expect(panel.locator('tbody tr')).toHaveCount(5)
  const link = ordos.getByRole('link', { name: /查看目标/ })
  const count = (await link.textContent())!.trim()
  expect(Number(count.replace(/,/g, ''))).toBeGreaterThan(50)
  await link.click()
  await expect(page).toHaveURL(/tab=targets/)
  await expect(page).toHaveURL(/q=003_44a6be25437ffb50\.txt/)
  const targets = await panelReady(page, 'targets')
  await expect(page.getByTestId('showing')).toHaveText(`显示第 1–50 条，共 ${count} 条`)
  const docs = await targets.locator('tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-target-id')?.slice(0, 4)))])
  expect(docs).toEqual(['d003'])
})

test('hostile search text is shown as text, never run; tabs work from the keyboard', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const hostile = `<img src=x onerror=alert(1)>' OR 1=1 --`
  await page.goto(`/data?tab=targets&q=${encodeURIComponent(hostile)}`)
  const panel = await panelReady(page, 'targets')
  await expect(panel.locator('.catalogue-empty')).toHaveText(`没有与“${hostile}”匹配的结果。`)
  await expect(page.locator('main img')).toHaveCount(0)
  // A literal % or _ matches itself only (escaped in the ILIKE pattern).
  await page.getByLabel('搜索数据').fill('_')
  await expect(panel.locator('.catalogue-empty')).toBeVisible()
  expect(dialogs).toEqual([])

  await page.getByLabel('搜索数据').fill('')
  await page.getByRole('tab', { name: /目标/ }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: /实际值/ })).toBeFocused()
  await expect(page.getByRole('tab', { name: /实际值/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(/tab=observations/)
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: /数据检查/ })).toHaveAttribute('aria-selected', 'true')
})

test('data view has no serious or critical accessibility violations and fits a phone', async ({ page }) => {
  for (const tab of ['targets', 'checks']) {
    await page.goto(`/data?tab=${tab}`)
    await panelReady(page, tab)
    const results = await new AxeBuilder({ page }).include('main').analyze()
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad.map((v) => `${tab} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  }
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/data?tab=targets&q=鄂尔多斯')
  await panelReady(page, 'targets')
  // The table scrolls inside its own box; the page itself does not scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(1)
  const scroller = page.locator('#catalogue-panel .table-scroll')
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
})

test.describe('user data (a manifest given with ?data=)', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>'
  let targetsParquet: Buffer

  test.beforeAll(async () => {
    // A targets table with hostile text where the data view shows words from data.
    const { DuckDBInstance } = await import('@duckdb/node-api')
    const { mkdtempSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const file = join(mkdtempSync(join(tmpdir(), 'data-view-')), 'targets.parquet')
    const conn = await (await DuckDBInstance.create(':memory:')).connect()
    await conn.run(`COPY (SELECT 'user_t1' AS target_id, 'dual_qualified_teacher_share_secondary' AS indicator_id, 'ordos' AS entity_id,
        2021::SMALLINT AS baseline_year, 58::DOUBLE AS baseline_value, 2025::SMALLINT AS target_year, 61::DOUBLE AS target_value,
        '>=' AS comparator, 'binding' AS binding, '${HOSTILE}.pdf' AS source_doc, '<script>alert(2)</script>' AS source_ref,
        '${HOSTILE} 双师' AS quote) TO '${file}' (FORMAT parquet)`)
    targetsParquet = readFileSync(file)
  })

  test.beforeEach(async ({ page }) => {
    // Match on the path: the page's own URL carries the manifest's address in ?data=.
    await page.route((url) => url.pathname === '/e2e-user/manifest.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          name: '用户数据',
          name_en: 'User data',
          tables: { indicators: '/data/indicators.parquet', entities: '/data/entities.parquet', targets: 'targets.parquet', observations: '/data/observations.parquet' },
        }),
      }),
    )
    await page.route((url) => url.pathname === '/e2e-user/targets.parquet', (route) => route.fulfill({ body: targetsParquet, contentType: 'application/octet-stream' }))
  })

  test('hostile text from data is rendered as text', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto('/data?tab=targets&q=双师&data=/e2e-user/manifest.json')
    await waitForEngine(page)
    // A dataset from a link is previewed and applied only on the user's word (issue 16).
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('dataset-name')).toHaveText('用户数据')
    const panel = await panelReady(page, 'targets')
    const row = panel.locator('tr[data-target-id="user_t1"]')
    await expect(row.getByTestId('quote')).toHaveText(`${HOSTILE} 双师`)
    await expect(row.getByTestId('source-ref')).toHaveText('<script>alert(2)</script>')
    await expect(row).toContainText(`${HOSTILE}.pdf`) // unknown document: its raw name
    await expect(row.getByTestId('target')).toContainText('不低于 61%')
    await expect(page.locator('main img, main script')).toHaveCount(0)
    expect(dialogs).toEqual([])
  })

  test('checks are computed live: the Bayannur 2023 students conflict is found', async ({ page }) => {
    await page.goto('/data?tab=checks&q=巴彦淖尔市&data=/e2e-user/manifest.json')
    await waitForEngine(page)
    // A dataset from a link is previewed and applied only on the user's word (issue 16).
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('dataset-name')).toHaveText('用户数据')
    const panel = await panelReady(page, 'checks')
    await expect(panel).toContainText('当前为导入的数据')
    const conflict = panel.locator('[data-testid="conflict"][data-indicator-id="enrolment_secondary"][data-entity-id="bayannur"][data-year="2023"]')
    await expect(conflict.getByTestId('conflict-value')).toHaveText(['10,112人', '10,130人'])
    await expect(conflict.getByTestId('source-ref')).toHaveText(['表6', '表1-5'])
  })
})
