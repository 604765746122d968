// URL state (src/urlQuery.ts): the keys that must survive a view change do, through the links a
// person clicks; two keys written in the same moment both land; a bad ?asof= stays named.
import { test, expect, type Page } from '@playwright/test'
import { waitForEngine } from './helpers'
import { encodeScenario } from '../../src/scenarios'

const ASOF = 'asof=2026-11-22'
const rows = '[data-testid="tracker-table"] tbody tr'
const LINKED = encodeScenario({ id: 'url-state', name: 'URL state', assumptions: [] })
/** One key of the page's URL as the app wrote it. */
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key)

/** The URL holds the scenario the link carried (as the app re-encodes it), and returns it. */
async function linkedScenario(page: Page): Promise<string> {
  await expect.poll(() => param(page, 'scenario')).not.toBeNull()
  return param(page, 'scenario')!
}

test('tracker → target → back to the tracker keeps the as-of date, the language, a scenario and every filter', async ({ page }) => {
  await page.goto(`/tracker?${ASOF}&lang=en&scenario=${LINKED}`)
  await waitForEngine(page, 'dashboard-ready')
  const scenario = await linkedScenario(page)
  await page.getByTestId('filter-entity').selectOption('bayannur')
  await page.getByTestId('filter-q').fill('dual')
  await expect(page).toHaveURL(/entity=bayannur/)
  await expect(page).toHaveURL(/q=dual/)
  const ids = await page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target-id')))
  expect(ids.length).toBeGreaterThan(0)

  // Into a target through its row's link…
  await page.locator(rows).first().getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/target/${ids[0]}\\?`))
  const kept = () => ({ asof: param(page, 'asof'), lang: param(page, 'lang'), scenario: param(page, 'scenario'), entity: param(page, 'entity'), q: param(page, 'q') })
  const all = { asof: '2026-11-22', lang: 'en', scenario, entity: 'bayannur', q: 'dual' }
  expect(kept()).toEqual(all)
  await expect(page.getByTestId('detail-status')).toBeVisible()

  // …and back by the header's link, not the browser's history: the same rows.
  await page.locator('.app-header nav a[href^="/tracker"]').click()
  await expect(page).toHaveURL(/\/tracker\?/)
  expect(kept()).toEqual(all)
  await expect(page.getByTestId('filter-entity')).toHaveValue('bayannur')
  await expect(page.getByTestId('filter-q')).toHaveValue('dual')
  await expect(page.locator(rows).first()).toBeVisible()
  expect(await page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target-id')))).toEqual(ids)

  // The header's other views keep what every view keeps, and not the tracker's filters.
  await page.locator('.app-header nav a[href^="/data"]').click()
  await expect(page).toHaveURL(/\/data\?/)
  expect(kept()).toEqual({ ...all, entity: null, q: null })
})

test('clearing the filters keeps the as-of date and the scenario', async ({ page }) => {
  await page.goto(`/tracker?${ASOF}&scenario=${LINKED}&entity=bayannur&status=no_new_data&sort=deadline`)
  await waitForEngine(page, 'dashboard-ready')
  const scenario = await linkedScenario(page)
  await page.locator('button.clear').click()
  await expect(page).not.toHaveURL(/entity=|status=|sort=/)
  expect([param(page, 'asof'), param(page, 'scenario')]).toEqual(['2026-11-22', scenario])
})

test('two keys written together both land (the catalogue tab and its page)', async ({ page }) => {
  await page.goto(`/data?${ASOF}&tab=observations&page=2`)
  await expect(page).toHaveURL(/page=2/)
  await page.getByRole('tab', { name: /目标|targets/i }).first().click()
  await expect(page).toHaveURL(/tab=targets/)
  await expect(page).not.toHaveURL(/page=/)
  await expect(page).toHaveURL(new RegExp(ASOF))
  // Choosing a tab is a step Back undoes.
  await page.goBack()
  await expect(page).toHaveURL(/tab=observations/)
})

test('a bad ?asof= is still named on screen after a view change', async ({ page }) => {
  await page.goto('/tracker?asof=garbage')
  const notice = page.getByTestId('asof-rejected')
  await expect(notice).toContainText('“garbage”不是 2000-01-01 至 2100-12-31 之间的有效日期')
  await page.locator('.app-header nav a[href^="/benchmark"]').click()
  await expect(page).toHaveURL(/\/benchmark\?.*asof=garbage/)
  await expect(notice).toContainText('“garbage”不是 2000-01-01 至 2100-12-31 之间的有效日期')
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
  await expect(page.getByTestId('asof')).toHaveText(today)
})
