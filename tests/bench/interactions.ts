// Interaction latency in the real app: from a tracker filter change to the updated table
// painted (MutationObserver on the table, then the next animation frame).
import { chromium, type Browser, type Page } from '@playwright/test'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { median } from './stats'

/**
 * A ?data= link is previewed like a picked file (issue 16): accept it as a user would, and return
 * ms from navigation to the preview and to the data applied (the importer's own marks).
 */
export async function applyLinkedData(page: Page): Promise<{ previewMs: number; appliedMs: number }> {
  await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 300_000 })
  await page.click('[data-testid="import-apply"]')
  await page.waitForFunction(() => performance.getEntriesByName('import-applied').length > 0, null, { timeout: 300_000 })
  await page.waitForSelector('[data-testid="import-notice"][data-code="applied"]', { timeout: 300_000 })
  return page.evaluate(() => ({
    previewMs: performance.getEntriesByName('import-preview-ready')[0].startTime,
    appliedMs: performance.getEntriesByName('import-applied')[0].startTime,
  }))
}

/** Open the built app at `url`; a URL with ?data= has its preview accepted first. */
export async function openApp(browser: Browser, url: string): Promise<{ page: Page; link: { previewMs: number; appliedMs: number } | null }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, null, { timeout: 120_000 })
  const link = new URL(url).searchParams.has('data') ? await applyLinkedData(page) : null
  return { page, link }
}

export async function filterLatency(url: string, runs: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  try {
    const { page } = await openApp(browser, url)
    await page.waitForSelector('[data-testid="tracker-table"] tbody tr')
    const values = ['bayannur', 'ordos', '']
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const value = values[i % values.length]
      times.push(
        // A plain function string: the page must not depend on the bundler's helpers (__name).
        (await page.evaluate(
          `new Promise((resolve) => {
            const select = document.querySelector('[data-testid="filter-entity"]')
            const count = document.querySelector('[data-testid="tracker-count"]')
            const before = count.textContent
            const t0 = performance.now()
            const observer = new MutationObserver(function () {
              if (count.textContent === before) return
              observer.disconnect()
              requestAnimationFrame(function () { resolve(performance.now() - t0) })
            })
            observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true })
            select.value = ${JSON.stringify(value)}
            select.dispatchEvent(new Event('change'))
          })`,
        )) as number,
      )
    }
    return median(times)
  } finally {
    await browser.close()
  }
}
