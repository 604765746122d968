// A dataset carries its own headline targets and document titles in its manifest (contract v1.2,
// docs/data-contract.md "Manifest facts"): nothing about the bundled dataset is written into the app.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BUDGET_MS, waitForEngine } from './helpers'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const { asOf } = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { asOf: string }
const HOME = `/?asof=${asOf}`

test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

const TABLES: Record<string, string> = {
  '/own/indicators.csv': 'indicator_id,name_zh,name_en,unit,direction\nshare_a,甲比例,Share A,percent,higher_better\nshare_b,乙比例,Share B,percent,higher_better\n',
  '/own/entities.csv': 'entity_id,name_zh,name_en,kind,parent_id\nr1,某自治区,Some Region,region,\nc1,某市,Some City,city,r1\n',
  '/own/targets.csv':
    'target_id,indicator_id,entity_id,baseline_year,baseline_value,target_year,target_value,comparator,binding,source_doc,source_ref,quote\n' +
    't_region,share_a,r1,2020,50,2025,70,>=,binding,plan-2026.pdf,表1,\n' +
    't_city,share_b,c1,2020,40,2025,60,>=,expected,plan-2026.pdf,表2,\n',
  '/own/observations.csv':
    'indicator_id,entity_id,year,value,source_doc,source_ref,quote\nshare_a,r1,2023,60,plan-2026.pdf,表1,\nshare_b,c1,2023,50,plan-2026.pdf,表2,\n',
}
const tables = { indicators: 'indicators.csv', entities: 'entities.csv', targets: 'targets.csv', observations: 'observations.csv' }
const TITLE = '某市职业教育发展规划（2026）'
const served = new Map<string, string>(Object.entries(TABLES))

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname.startsWith('/own/'), async (route) => {
    const body = served.get(new URL(route.request().url()).pathname)
    await route.fulfill(body === undefined ? { status: 404, body: 'not found' } : { body })
  })
})

async function applyLink(page: Page, manifestPath: string) {
  await page.goto(`${HOME}&data=${manifestPath}`)
  await waitForEngine(page, 'imports-replayed')
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
}

const cardIds = (page: Page) => page.getByTestId('headline-cards').locator('[data-target-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-target-id')))

test("a linked dataset's own headlines and titles are shown, kept across a reload, and undone with it", async ({ page }) => {
  served.set('/own/manifest.json', JSON.stringify({
    name: '某市数据', tables,
    headlines: ['t_city', 't_region'], // not the order the fallback rule would give
    documents: { 'plan-2026.pdf': { title_zh: TITLE, title_en: 'City VET Development Plan (2026)', short_zh: '某市规划', short_en: 'City plan' } },
  }))
  await applyLink(page, '/own/manifest.json')
  await expect.poll(() => cardIds(page)).toEqual(['t_city', 't_region'])
  await expect(page.locator('[data-target-id="t_city"] .source')).toContainText(TITLE)

  // The stored import is replayed with its facts.
  await page.goto(HOME)
  await waitForEngine(page, 'imports-replayed')
  await expect.poll(() => cardIds(page)).toEqual(['t_city', 't_region'])
  await expect(page.locator('[data-target-id="t_city"] .source')).toContainText(TITLE)

  // Undone, the bundled manifest's headlines and titles are back.
  await page.getByTestId('import-undo').click()
  await expect.poll(async () => (await cardIds(page))[0]).toBe('d003_ordos_vocational_share_secondary_2025')
  await expect(page.locator('[data-target-id="d003_ordos_vocational_share_secondary_2025"] .source')).toContainText('鄂尔多斯市职业教育改革发展实施方案')
})

test('a dataset that names no headlines or titles gets the documented rule and its raw source_doc', async ({ page }) => {
  served.set('/own/plain.json', JSON.stringify({ name: '某市数据（无说明）', tables }))
  await applyLink(page, '/own/plain.json')
  // Region before city, binding before expected (src/overview/headlines.ts).
  await expect.poll(() => cardIds(page)).toEqual(['t_region', 't_city'])
  await expect(page.locator('[data-target-id="t_region"] .source')).toContainText('plan-2026.pdf')
})
