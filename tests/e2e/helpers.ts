import { expect, type Page } from '@playwright/test'

/**
 * The one budget every browser test allows the engine: DuckDB-WASM start-up (34 MB of wasm
 * compiled in a worker) plus loading the dataset. Measured with tests/bench/engineStartup.ts on a
 * 2-core machine with both cores taken by CPU burners: 3–5 s to the dataset with two pages starting
 * at once, 7–9 s with four (README, "Tests"). The budget is far above that, so that slowness is never
 * a failure, while a
 * real failure still fails at once: `waitForEngine` stops waiting as soon as the app shows an
 * engine or loading error. Override with E2E_ENGINE_BUDGET_MS.
 */
export const ENGINE_BUDGET_MS = Number(process.env.E2E_ENGINE_BUDGET_MS) || 180_000

/** Time a test may take: one engine start within the budget, plus the test's own steps. */
export const TEST_BUDGET_MS = ENGINE_BUDGET_MS + 120_000

/** Marks the app sets once the engine has answered (performance.mark). */
export type EngineMark = 'engine-ready' | 'dataset-loaded' | 'dashboard-ready' | 'imports-replayed' | 'partition-slice-ready' | 'warnings-evaluated'

/**
 * Wait, within ENGINE_BUDGET_MS, until the engine has started and the app has set `mark`
 * ('dataset-loaded' by default: the engine is up and the dataset is in its tables). Throws at once,
 * with the app's message, if the app reports that the engine failed to start.
 */
export async function waitForEngine(page: Page, mark: EngineMark = 'dataset-loaded'): Promise<void> {
  const started = Date.now()
  const handle = await page.waitForFunction(
    (n) => {
      if (performance.getEntriesByName(n).length > 0) return 'ready'
      // Only the engine's own start-up failure (kind "init"): a rejected dataset link is a test's subject.
      const failed = document.querySelector('.engine-status[data-error-kind="init"]')
      return failed ? `error: ${failed.textContent?.trim() ?? ''}` : false
    },
    mark,
    { timeout: ENGINE_BUDGET_MS, polling: 250 },
  ).catch((err: Error) => {
    throw new Error(`engine: no '${mark}' within ${ENGINE_BUDGET_MS / 1000} s (E2E_ENGINE_BUDGET_MS). ${err.message}`)
  })
  const outcome = await handle.jsonValue()
  if (outcome !== 'ready') throw new Error(`engine: the app reported a failure before '${mark}' (after ${Date.now() - started} ms): ${outcome}`)
}

/** Wait until the app has called performance.mark(name); for marks that do not wait on the engine. */
export async function waitForMark(page: Page, name: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout })
}

/** Rows per table as the importer's panel shows them. */
export async function dataCounts(page: Page): Promise<Record<string, number>> {
  const panel = page.getByTestId('import-data-counts')
  if (!(await panel.isVisible())) await page.getByTestId('import-history-toggle').click()
  await expect(panel).toBeVisible()
  return panel.locator('[data-table]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-table'), Number(e.getAttribute('data-count'))])),
  )
}
