// Engine start-up on a slow machine (issue 15): the app keeps waiting with visible progress and keeps
// the figures already on screen; it offers a retry only when start-up really failed, and the retry
// starts the engine afresh.
import { test, expect } from '@playwright/test'
import { waitForEngine, waitForMark } from './helpers'

const WASM = /\/assets\/duckdb-(eh|mvp)-[^/]*\.wasm$/
const WORKER = /\/assets\/duckdb-browser-(eh|mvp)\.worker-[^/]*\.js$/
/** Longer than the 30 s after which the app used to give up. */
const SLOW_MS = 35_000

test('a start-up slower than 30 s is waited for, with progress, and the snapshot figures stay', async ({ page, context }) => {
  await context.route(WASM, async (route) => {
    await new Promise((r) => setTimeout(r, SLOW_MS))
    await route.continue()
  })
  await page.goto('/?asof=2026-11-22')
  await waitForMark(page, 'first-kpi')
  const cards = page.locator('.headline-card')
  const shown = await cards.count()
  expect(shown).toBeGreaterThan(0)
  const firstFigure = await page.getByTestId('card-latest').first().textContent()

  const status = page.locator('.engine-status')
  await expect(status.getByTestId('engine-elapsed')).toBeVisible({ timeout: 15_000 })
  await expect(status.getByTestId('engine-slow')).toContainText('页面会一直等待', { timeout: 30_000 })
  // Past the old 30 s limit: still waiting, no error, the figures unchanged.
  await page.waitForTimeout(Math.max(0, SLOW_MS - 25_000))
  await expect(page.getByTestId('error')).toHaveCount(0)
  await expect(cards).toHaveCount(shown)
  await expect(page.getByTestId('card-latest').first()).toHaveText(firstFigure ?? '')

  await waitForEngine(page, 'dashboard-ready')
  await expect(status.getByTestId('engine-slow')).toHaveCount(0)
  await expect(page.getByTestId('error')).toHaveCount(0)
})

test('a worker that dies is a failure with a retry, and the retry starts the engine', async ({ page, context }) => {
  let broken = true
  let workerLoads = 0
  await context.route(WORKER, async (route) => {
    workerLoads++
    if (broken) await route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("worker crashed on start")' })
    else await route.continue()
  })
  await page.goto('/?asof=2026-11-22')
  const error = page.locator('.engine-status').getByTestId('error')
  await expect(error).toContainText('分析引擎（DuckDB-WASM）无法启动', { timeout: 60_000 })
  // Stores that ask for the engine after it failed get the failure; nothing starts a second
  // engine behind the error panel until the user presses 重试.
  await page.waitForLoadState('networkidle')
  expect(workerLoads).toBe(1)

  broken = false
  await error.getByRole('button', { name: '重试' }).click()
  await waitForEngine(page, 'dashboard-ready')
  await expect(page.getByTestId('error')).toHaveCount(0)
  expect(workerLoads).toBe(2)
})
