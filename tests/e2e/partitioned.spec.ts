// A partitioned dataset read by HTTP range from a static server of its own (port 4391): the
// server logs every request, so the tests count what the browser fetched and prove pruning.
// The fixture is generated here (synthetic, DuckDB in Node), a few hundred KB in a temp dir.
import { test, expect, type Page } from '@playwright/test'
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, normalize } from 'node:path'
import { generateNational } from '../../data/tools/syntheticNational'
import type { PartitionedTable } from '../../src/db/partitioned/manifest'
import { ENGINE_BUDGET_MS, TEST_BUDGET_MS, waitForEngine } from './helpers'

const PORT = 4391
/** /slow/: pause before each observations answer (320 files, 6 at a time: about 3 s of reading) */
const SLOW_MS = 60
const ORIGIN = `http://127.0.0.1:${PORT}`
type Mode = 'range' | 'norange' | 'missing' | 'slow'
interface Logged { mode: Mode; path: string; range: string | null; status: number }

let dir = ''
let server: Server
let log: Logged[] = []
let missingManifest = ''
/** /slow/ holds observations answers until this resolves (the read-ahead must not finish the reading before it can be watched). */
let slowGate: Promise<void> = Promise.resolve()

/** Serve `dir` under /range/ (honours Range), /norange/ (ignores it), /missing/ (a manifest naming one file that is not there)
 * and /slow/ (honours Range, each observations file answered after a pause, so the reading can be watched). */
function serve(): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', ORIGIN)
    const [, mode, ...rest] = url.pathname.split('/') as [string, Mode, ...string[]]
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Allow-Headers', 'Range')
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, Accept-Ranges')
    if (req.method === 'OPTIONS') return res.writeHead(204).end()
    const rel = decodeURIComponent(rest.join('/'))
    const entry: Logged = { mode, path: rel, range: req.headers.range ?? null, status: 200 }
    log.push(entry)
    if (mode === 'missing' && rel === 'manifest.json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(missingManifest)
    const file = join(dir, normalize(rel))
    let size = 0
    try {
      size = statSync(file).size
    } catch {
      entry.status = 404
      return res.writeHead(404).end('not found')
    }
    const m = mode !== 'norange' ? /^bytes=(\d+)-(\d+)?$/.exec(req.headers.range ?? '') : null
    if (m) {
      const start = Number(m[1])
      const end = Math.min(m[2] ? Number(m[2]) : size - 1, size - 1)
      entry.status = 206
      const reply = () => {
        res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1, 'Accept-Ranges': 'bytes' })
        createReadStream(file, { start, end }).pipe(res)
      }
      return mode === 'slow' && rel.startsWith('observations/') ? void slowGate.then(() => setTimeout(reply, SLOW_MS)) : reply()
    }
    res.writeHead(200, { 'Content-Length': size })
    createReadStream(file).pipe(res)
  })
}

test.describe.configure({ mode: 'serial', timeout: TEST_BUDGET_MS })

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'partitioned-e2e-'))
  await generateNational({ out: dir, rows: 40_000, seed: 11 })
  // The same dataset, plus one school file for province 15 that the server does not have.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  const obs = manifest.tables.observations as PartitionedTable
  const real = obs.files.find((f) => f.path === 'year=2025/province=15/data_0.parquet')!
  obs.files.push({ ...real, path: 'year=2025/province=15/data_9.parquet' })
  missingManifest = JSON.stringify(manifest)
  server = serve()
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve))
})

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

test.beforeEach(() => {
  log = []
})

const open = async (page: Page, path: string, mode: Mode) => {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=en&asof=2026-11-22&data=${encodeURIComponent(`${ORIGIN}/${mode}/manifest.json`)}`)
  // The bundled data loads first; the link's dataset replaces it once read (src/stores/imports.ts).
  // The benchmark view sets no dashboard-ready mark, so wait for the dataset itself.
  await waitForEngine(page, 'dataset-loaded')
  await expect(page.getByTestId('dataset-name')).toContainText('SYNTHETIC', { timeout: ENGINE_BUDGET_MS })
}
const observationFiles = (mode: Mode) => log.filter((l) => l.mode === mode && l.path.startsWith('observations/'))
const fileNames = (entries: Logged[]) => [...new Set(entries.map((l) => l.path))]

// 40,000 rows: 10 schools a province. Files: 10 years × (national agg + 31 × (agg + data)) = 630
// observations, and entities in two (regions, schools).
const TARGET_SERIES_ROWS = 10 * 32 * 12
const SCHOOL_FILE_ROWS = 10 * 12
const toData = (page: Page) => page.getByRole('navigation').getByRole('link', { name: 'Data & sources' }).click()
const observationCount = (page: Page) => page.locator('#catalogue-tab-observations .tab-count')

test('start-up reads only the targets’ series by range; a province’s tracker needs no school file', async ({ page }) => {
  await open(page, '/tracker?entity=P15', 'range')
  await waitForEngine(page, 'partition-slice-ready')
  const read = fileNames(observationFiles('range'))
  // 10 years × (31 provinces + the nation): the files whose entity range holds a target's entity.
  expect(read).toHaveLength(10 * 32)
  expect(read.every((p) => p.endsWith('/agg_0.parquet'))).toBe(true)
  expect(observationFiles('range').every((l) => l.range !== null && l.status === 206)).toBe(true)
  // Each file whole once at most: the manifest by the read-ahead and by the importer, whose copy the
  // loader reuses (it was fetched three times); the series by the read-ahead, joined by the loader.
  expect(log.filter((l) => l.mode === 'range' && l.path === 'manifest.json').length).toBeLessThanOrEqual(2)
  const ranges = observationFiles('range').map((l) => `${l.path} ${l.range}`)
  expect(new Set(ranges).size).toBe(ranges.length)
  await toData(page)
  const reads = page.getByTestId('partition-reads')
  await expect(reads).toContainText('321 of 632 files opened') // + the regions' entities file
  await expect(reads).toContainText(/MB of [\d.]+ MB transferred/)
  await expect(observationCount(page)).toHaveText(TARGET_SERIES_ROWS.toLocaleString('en'))
})

test('a province’s benchmark reads that province’s school files and nothing else; asking again costs no request', async ({ page }) => {
  await open(page, '/benchmark?target=T-syn_ind_01-P15', 'range')
  await waitForEngine(page, 'partition-slice-ready')
  const schools = fileNames(observationFiles('range')).filter((p) => p.includes('data_'))
  expect(schools).toHaveLength(10)
  expect(schools.every((p) => p.includes('/province=15/'))).toBe(true)
  await expect(page.getByTestId('benchmark-view')).toContainText('Synthetic school 15-00001')
  await toData(page)
  await expect(observationCount(page)).toHaveText((TARGET_SERIES_ROWS + 10 * SCHOOL_FILE_ROWS).toLocaleString('en'))
  const before = log.length
  await page.goBack()
  await page.waitForFunction(() => performance.getEntriesByName('partition-slice-ready').length >= 2)
  await expect(page.getByTestId('benchmark-view')).toContainText('Synthetic school 15-00001')
  expect(log.slice(before)).toEqual([])
})

test('a server that ignores Range: whole small files are used, with a clear message', async ({ page }) => {
  await open(page, '/data', 'norange')
  const notice = page.getByTestId('partition-notice')
  await expect(notice).toContainText('does not support range requests')
  await expect(notice).toContainText('downloaded whole')
  expect(observationFiles('norange').every((l) => l.status === 200)).toBe(true)
  // Pruning still decided which files were asked for.
  expect(fileNames(observationFiles('norange')).every((p) => p.endsWith('/agg_0.parquet'))).toBe(true)
  await expect(page.getByTestId('partition-reads')).toContainText('321 of 632 files opened')
  await expect(observationCount(page)).toHaveText(TARGET_SERIES_ROWS.toLocaleString('en'))
})

test('a manifest naming a missing file: a clear message naming it, and the data already loaded stays', async ({ page }) => {
  await open(page, '/benchmark?target=T-syn_ind_01-P15', 'missing')
  await waitForEngine(page, 'partition-slice-ready')
  const notice = page.getByTestId('partition-notice')
  await expect(notice).toContainText('does not exist')
  await expect(notice).toContainText('year=2025/province=15/data_9.parquet')
  expect(log.some((l) => l.path.endsWith('data_9.parquet') && l.status === 404)).toBe(true)
  // The start-up slice and the ten readable school files stay loaded and shown.
  await expect(page.getByTestId('benchmark-view')).toContainText('Synthetic school 15-00001')
  await toData(page)
  await expect(page.getByTestId('partition-reads')).toContainText('332 of 633 files opened') // + both entities files
  await expect(observationCount(page)).toHaveText((TARGET_SERIES_ROWS + 10 * SCHOOL_FILE_ROWS).toLocaleString('en'))
})

test('while a partitioned table is read, files and MB per table are shown and grow; afterwards the data view lists each table', async ({ page }) => {
  // Record every text the progress line shows, from the first paint on (it is gone once read).
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = [])
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="partition-progress"][data-table="observations"]')) {
        const text = el.textContent ?? ''
        if (seen[seen.length - 1] !== text) seen.push(text)
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  // The page reads the link ahead while DuckDB starts (src/db/partitioned/warm.ts); held here until
  // the engine is up, so most of the reading is done by the real read, with its progress.
  let release = () => undefined as void
  slowGate = new Promise<void>((r) => (release = r))
  const opened$ = open(page, '/data', 'slow')
  await waitForEngine(page, 'engine-ready')
  release()
  await opened$
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
  const opened = seen.map((s) => Number(/Reading Observations by range: (\d+) of 630 files opened, [\d.]+ MB transferred/.exec(s)?.[1] ?? NaN))
  expect(opened.every(Number.isFinite)).toBe(true)
  // Shown while reading, not only after: several counts on the way, below the final 320.
  expect(new Set(opened.filter((n) => n > 0 && n < 320)).size).toBeGreaterThanOrEqual(3)
  expect(opened).toEqual([...opened].sort((a, b) => a - b))
  await expect(page.getByTestId('partition-progress')).toHaveCount(0)
  const tables = page.getByTestId('partition-reads-tables')
  await expect(tables.locator('li[data-table="observations"]')).toContainText(/Observations: 320 of 630 files opened, [\d.]+ MB of [\d.]+ MB transferred/)
  await expect(tables.locator('li[data-table="entities"]')).toContainText('Entities: 1 of 2 files opened')
  await expect(tables.locator('li[aria-busy="true"]')).toHaveCount(0)
})
