// Interaction latency in the real app: from a tracker filter change to the updated table
// painted (MutationObserver on the table, then the next animation frame).
import { chromium } from '@playwright/test'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { median } from './stats'

export async function filterLatency(url: string, runs: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(url)
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, null, { timeout: 120_000 })
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
