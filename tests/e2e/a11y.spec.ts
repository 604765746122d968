import { test, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitForEngine } from './helpers'

// Issue 16: axe checks beyond the first view — tracker, scenarios, present, import preview and
// report, each once its content is on screen. Serious and critical findings fail the test.
const ASOF = 'asof=2026-11-22'
const GOOD = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'good')

test.beforeEach(() => test.slow())

async function noSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test('tracker, scenarios and report have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto(`/tracker?${ASOF}`)
  await waitForEngine(page, 'dashboard-ready')
  await expect(page.getByTestId('tracker-count')).toBeVisible()
  await noSeriousViolations(page, 'tracker')

  await page.goto(`/scenarios?${ASOF}&target=d003_ordos_vocational_share_secondary_2025`)
  await waitForEngine(page, 'dashboard-ready')
  await page.getByTestId('scenario-new').click()
  await expect(page.getByTestId('projection-scenario').first()).toBeVisible()
  await noSeriousViolations(page, 'scenarios')

  await page.goto(`/report?${ASOF}`)
  await waitForEngine(page)
  await expect(page.locator('.report-section').first()).toBeVisible()
  await noSeriousViolations(page, 'report')
})

test('present and the import preview have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto(`/present?${ASOF}&slide=1`)
  await waitForEngine(page)
  await expect(page.getByTestId('present').locator('.slide').first()).toBeVisible()
  await noSeriousViolations(page, 'present')

  await page.goto(`/?${ASOF}`)
  await waitForEngine(page, 'dashboard-ready')
  await page.getByTestId('import-file').setInputFiles(join(GOOD, 'observations_duckdb_snappy.parquet'))
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await noSeriousViolations(page, 'import preview')
})
