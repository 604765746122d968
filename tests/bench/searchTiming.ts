// Timing a search in the data view, shared by the query-cancel browser test and its bench module.
import type { Page } from '@playwright/test'

/**
 * ms from the URL carrying ?q=`term` (after the box's debounce) to the panel turning 'ready'
 * after it (a MutationObserver sees every change of data-state, however quick).
 */
export function timeSearch(page: Page, term: string): Promise<number> {
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

/** A search term that matches nothing, so counting it scans every row; a new one per use (counts are cached per search). */
export const scanTerm = (n: number) => `no-such-quote-anywhere-${n}`

/** Start a scanning search, and replace it by a quick one while it runs: ms until the quick one is on screen. */
export async function quickSearchDuringScan(page: Page, scan: string, quick: string, scanAloneMs: number): Promise<number> {
  await page.getByTestId('catalogue-search').fill(scan)
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, scan)
  await page.waitForTimeout(Math.min(200, scanAloneMs / 4))
  return timeSearch(page, quick)
}
