// Cancelling a query cancels it (issue 16, defect 4). With 1,000,000 observations imported by the
// file input, a search that scans them all is running when the user clears the search box: the
// new result must not wait for the old scan to finish. Prints the figures it measured.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { ensureBigObservations } from '../bench/importBench'
import { waitForEngine } from './helpers'

test.describe.configure({ timeout: 600_000 })
const expect = baseExpect.configure({ timeout: 300_000 })

/** A search term that matches nothing, so counting it scans every row. */
const SCAN = 'no-such-quote-anywhere'

/**
 * ms from the URL carrying ?q=`term` (after the box's debounce) to the panel turning 'ready'
 * after it (a MutationObserver sees every change of data-state, however quick).
 */
function timeSearch(page: Page, term: string): Promise<number> {
  return page.evaluate(
    `new Promise((resolve) => {
      const want = ${JSON.stringify(term)}
      const box = document.querySelector('input[data-testid="catalogue-search"]')
      const panel = document.querySelector('#catalogue-panel')
      let t0 = 0
      const watchUrl = () => {
        if (new URLSearchParams(location.search).get('q') === want) t0 = performance.now()
        else requestAnimationFrame(watchUrl)
      }
      new MutationObserver((_, observer) => {
        if (t0 && panel.getAttribute('data-state') === 'ready') {
          observer.disconnect()
          resolve(performance.now() - t0)
        }
      }).observe(panel, { attributes: true, attributeFilter: ['data-state'] })
      box.value = want
      box.dispatchEvent(new Event('input', { bubbles: true }))
      watchUrl()
    })`,
  ) as Promise<number>
}

test('a new search answers without waiting for the scan it replaces (1,000,000 rows)', async ({ page }) => {
  const file = await ensureBigObservations()
  await page.goto('/?asof=2026-11-22')
  await waitForEngine(page, 'imports-replayed')
  await page.getByTestId('import-file').setInputFiles(file)
  await expect(page.getByTestId('import-apply')).toBeEnabled()
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  await page.locator('nav a[href*="/data"]').first().click()
  await page.locator('#catalogue-tab-observations').click()
  await expect(page.locator('#catalogue-panel')).toHaveAttribute('data-state', 'ready')

  const scanAlone = await timeSearch(page, SCAN)
  const quickAlone = await timeSearch(page, '2024')
  console.log(`query cancel, 1M rows: scan alone ${Math.round(scanAlone)} ms; quick search alone ${Math.round(quickAlone)} ms`)
  // Start another scan (another term: counts are cached per search), and replace it by a quick
  // search while it runs.
  const scan2 = `${SCAN}-2`
  await page.getByTestId('catalogue-search').fill(scan2)
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, scan2)
  await page.waitForTimeout(Math.min(200, scanAlone / 4))
  const quickDuringScan = await timeSearch(page, '2025')
  console.log(`query cancel, 1M rows: scan alone ${Math.round(scanAlone)} ms; quick search alone ${Math.round(quickAlone)} ms; quick search replacing a running scan ${Math.round(quickDuringScan)} ms`)
  expect(scanAlone).toBeGreaterThan(quickAlone)
  // Without real cancellation the quick search waits for the whole scan: it would take longer than the scan.
  expect(quickDuringScan).toBeLessThan(quickAlone + scanAlone / 2)
})
