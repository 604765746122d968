// The bundled snapshot (issue 13): before DuckDB-WASM has started, the tracker and a target's page
// are complete — every target, its verdict, its figures — and DuckDB's answer changes nothing on
// them. The engine is held back by holding its wasm until the test lets it go. The overview's first
// paint reads only its headlines' rows; leaving it fetches the rest.
import { test, expect, type Page } from '@playwright/test'
import { waitForEngine, waitForMark } from './helpers'

const WASM = /\/assets\/duckdb-(eh|mvp)-[^/]*\.wasm$/
const ASOF = 'asof=2026-11-29'
const BAYANNUR_DUAL = 'd001_bayannur_dual_qualified_teacher_share_secondary_2025'

const engineUp = (page: Page) => page.evaluate(() => performance.getEntriesByName('engine-ready').length > 0)

/** The verdict and the figures of the page (a link to the benchmark, from a DuckDB query, comes later). */
async function detailText(page: Page, origin: 'snapshot' | 'engine') {
  await expect(page.locator('.detail-figures-table')).toHaveAttribute('data-origin', origin)
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'short_at_last_figure')
  await expect(page.getByTestId('figures-table')).toContainText('57.4')
  return { summary: await page.locator('.detail-summary').innerText(), figures: await page.locator('.detail-figures-table').innerText() }
}

test('the tracker and a target page are complete before DuckDB has started, and DuckDB changes nothing on them', async ({ page, context }) => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await context.route(WASM, async (route) => {
    await held
    await route.continue()
  })
  const snapshots: string[] = []
  page.on('request', (r) => r.url().includes('/data/snapshot') && snapshots.push(new URL(r.url()).pathname))
  // The overview reads its headlines' rows alone; the tracker, reached from it, every target's.
  await page.goto(`/?${ASOF}`)
  await waitForMark(page, 'first-kpi')
  expect(snapshots).toEqual(['/data/snapshot-headlines.json'])
  await expect(page.getByTestId('dataset-name')).toHaveAttribute('title', '内蒙古职业教育目标（种子文档整理）') // named already
  await page.locator('nav a[href*="/tracker"]').first().click()
  await waitForMark(page, 'tracker-rows')
  expect(snapshots).toEqual(['/data/snapshot-headlines.json', '/data/snapshot.json'])
  const table = page.getByTestId('tracker-table')
  const rows = table.locator('tbody tr')
  expect(await rows.count()).toBeGreaterThan(100)
  await expect(table).toContainText('差') // shortfalls are stated with their gap
  const trackerBefore = { count: await page.getByTestId('tracker-count').innerText(), table: await table.innerText() }

  // A target's page, opened cold from its link, shows its verdict and its figures.
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  const detailBefore = await detailText(page, 'snapshot')
  expect(await engineUp(page)).toBe(false)

  release()
  await page.goto(`/tracker?${ASOF}`)
  await waitForEngine(page, 'dashboard-ready')
  await expect(page.getByTestId('tracker-count')).toHaveText(trackerBefore.count)
  expect(await table.innerText()).toBe(trackerBefore.table)
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  await waitForEngine(page, 'dataset-loaded')
  expect(await detailText(page, 'engine')).toEqual(detailBefore)
})

test('the bundled tables arrive decoded at build time; a copy that cannot be fetched falls back to its Parquet file', async ({ page, context }) => {
  const fetched: string[] = []
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname))
  await context.route('**/data/decoded/observations.arrow', (route) => route.fulfill({ status: 404, body: '' }))
  await page.goto(`/tracker?${ASOF}`)
  await waitForEngine(page, 'dashboard-ready')
  const data = fetched.filter((p) => p.startsWith('/data/') && /\.(arrow|parquet)$/.test(p)).sort()
  expect(data).toEqual(['/data/decoded/entities.arrow', '/data/decoded/indicators.arrow', '/data/decoded/observations.arrow', '/data/decoded/targets.arrow', '/data/observations.parquet'])
  // The figures are the same either way: Bayannur's 57.4% came from the Parquet file here.
  await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
  await waitForEngine(page, 'dataset-loaded')
  await expect(page.locator('.detail-figures-table')).toHaveAttribute('data-origin', 'engine')
  await expect(page.getByTestId('figures-table')).toContainText('57.4')
})
