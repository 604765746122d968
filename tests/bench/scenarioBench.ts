// Scenario latency in the real app: from a slider's `input` event to the updated projection
// on screen AND the chart repainted (ECharts' `finished` after drawing, counted in the chart's
// data-rendered attribute), then the next animation frame. Bundled data, 鄂尔多斯 职普比 target,
// the 中职 enrolment slider (a derived indicator recomputed from its parts: the heaviest path).
import { chromium } from '@playwright/test'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { median } from './stats'

const TARGET = 'd003_ordos_vocational_share_secondary_2025'

export async function benchSlider(baseUrl: string, runs: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${baseUrl}/scenarios?asof=2026-11-22&target=${TARGET}`)
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, null, { timeout: 120_000 })
    await page.getByTestId('scenario-new').click()
    await page.waitForSelector('[data-testid="projection-scenario"]')
    await page.waitForSelector('[data-testid="scenario-chart"][data-rendered]:not([data-rendered="0"])')
    const values = [400, 1000, 700, 1300, 200, 900]
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const value = values[i % values.length]!
      times.push(
        // A plain function string: the page must not depend on the bundler's helpers (__name).
        (await page.evaluate(
          `new Promise((resolve, reject) => {
            const slider = document.querySelector('[data-testid="assumption-enrolment_secondary"] [data-testid="assumption-slider"]')
            const cell = document.querySelector('[data-testid="projection-scenario"] [data-testid="projection-value"]')
            const chart = document.querySelector('[data-testid="scenario-chart"]')
            const textBefore = cell.textContent
            const renderedBefore = chart.getAttribute('data-rendered')
            let done = false
            const check = () => {
              if (done || cell.textContent === textBefore || chart.getAttribute('data-rendered') === renderedBefore) return
              done = true
              observer.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - t0))
            }
            const observer = new MutationObserver(check)
            observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-rendered'] })
            setTimeout(() => { if (!done) { observer.disconnect(); reject(new Error('no update within 5 s')) } }, 5000)
            const t0 = performance.now()
            slider.value = String(${value})
            slider.dispatchEvent(new Event('input', { bubbles: true }))
          })`,
        )) as number,
      )
      // Let the URL follow (200 ms after an edit) before the next move, so runs do not overlap.
      await page.waitForTimeout(350)
    }
    return median(times)
  } finally {
    await browser.close()
  }
}
