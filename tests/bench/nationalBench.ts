// The national benchmark (issue 13): a SYNTHETIC dataset of `rows` observation rows,
// partitioned by year and province, generated with DuckDB in Node outside the repository and
// served by a range-capable static server that counts the bytes it sends. Measured cold (fresh
// browser profile): the national overview until the dataset is shown, one province's tracker
// after a click, the bytes each moved as a share of the dataset, the renderer's peak JS heap.
import { chromium } from '@playwright/test'
import { sampleHeap } from './heap'
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, normalize } from 'node:path'
import { generateNational } from '../../data/tools/syntheticNational'
import type { TableEntry } from '../../src/db/partitioned/manifest'
import { browserPath, LAUNCH_ARGS } from '../support/browser'

export interface NationalFigures {
  rows: number
  datasetBytes: number
  generateMs: number | null
  overviewMs: number
  overviewBytes: number
  /** ms from navigation: DuckDB ready, then each dataset-loaded mark (bundled, then the link) */
  overviewSteps: { engine: number; loaded: number[]; link: string }
  trackerClickMs: number
  trackerBytes: number
  /** A province's tracker opened cold from its link (fresh profile): until its slice is shown. */
  trackerColdMs: number
  trackerColdBytes: number
  peakHeap: number
}

const PORT = 4392
/** Bumped when the generator's layout changes, so an older dataset on disk is not reused. */
const LAYOUT = 'v2'

/** Generate once per (rows, seed) into the temp directory; later runs reuse it. */
async function dataset(rows: number, seed: number): Promise<{ dir: string; generateMs: number | null }> {
  const dir = join(tmpdir(), `nmg-synthetic-national-${LAYOUT}-${rows}-${seed}`)
  const stamp = join(dir, '.complete')
  if (existsSync(stamp)) return { dir, generateMs: null }
  const started = Date.now()
  await generateNational({ out: dir, rows, seed })
  writeFileSync(stamp, new Date().toISOString())
  return { dir, generateMs: Date.now() - started }
}

/** Static server with Range and CORS, as a bucket would be; counts bytes sent. */
export function rangeServer(dir: string, counter: { bytes: number }): Server {
  return createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Allow-Headers', 'Range')
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, Accept-Ranges')
    if (req.method === 'OPTIONS') return res.writeHead(204).end()
    const file = join(dir, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)))
    let size: number
    try {
      size = statSync(file).size
    } catch {
      return res.writeHead(404).end()
    }
    const m = /^bytes=(\d+)-(\d+)?$/.exec(req.headers.range ?? '')
    const start = m ? Number(m[1]) : 0
    const end = m ? Math.min(m[2] ? Number(m[2]) : size - 1, size - 1) : size - 1
    counter.bytes += end - start + 1
    res.writeHead(m ? 206 : 200, { 'Content-Length': end - start + 1, 'Accept-Ranges': 'bytes', ...(m ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}) })
    createReadStream(file, { start, end }).pipe(res)
  })
}

export async function benchNational(appUrl: string, rows: number, seed = 1): Promise<NationalFigures> {
  const { dir, generateMs } = await dataset(rows, seed)
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  // Every table's bytes, whether one file or a partitioned directory (entities and observations).
  const datasetBytes = (Object.values(manifest.tables) as TableEntry[]).reduce(
    (s, t) => s + (typeof t === 'string' ? statSync(join(dir, t)).size : t.files.reduce((n, f) => n + f.bytes, 0)),
    0,
  )
  const counter = { bytes: 0 }
  const server = rangeServer(dir, counter)
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve))
  const profile = mkdtempSync(join(tmpdir(), 'bench-national-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: browserPath(), args: LAUNCH_ARGS, viewport: { width: 1280, height: 720 } })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const cdp = await context.newCDPSession(page)
    const heap = sampleHeap(cdp, 50)
    const data = encodeURIComponent(`http://127.0.0.1:${PORT}/manifest.json`)
    await page.goto(`${appUrl}/?asof=2026-11-22&lang=en&data=${data}`)
    // Ready = the synthetic dataset replaced the bundled one and the overview re-rendered with it.
    // An error panel ends the wait at once (with its words) instead of after the time limit.
    const outcome = await page.waitForFunction(
      () => document.querySelector('.engine-status[data-status="error"]')?.textContent || document.querySelector('[data-testid="dataset-name"]')?.textContent?.includes('SYNTHETIC'),
      null,
      { timeout: 600_000, polling: 50 },
    )
    const failed = await outcome.jsonValue()
    if (typeof failed === 'string') throw new Error(`national overview failed: ${failed}`)
    const overviewMs = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))
    const overviewBytes = counter.bytes
    // Where the overview's time went: the engine, the bundled data (always loaded first), the link.
    const overviewSteps = await page.evaluate(() => ({
      engine: performance.getEntriesByName('engine-ready')[0]?.startTime ?? NaN,
      loaded: performance.getEntriesByName('dataset-loaded').map((m) => m.startTime),
      link: [
        ...performance.getEntriesByName('partition-session-start').map((m) => `link manifest read @${Math.round(m.startTime)}`),
        ...performance.getEntriesByType('measure').filter((m) => m.name.startsWith('partition-read:'))
          .map((m) => `${m.name.slice(15)} @${Math.round(m.startTime)} +${Math.round(m.duration)} ms`),
      ].join(', '),
    }))

    await page.getByRole('navigation').getByRole('link', { name: 'Tracker' }).click()
    await page.getByTestId('filter-entity').waitFor()
    const before = counter.bytes
    const marks = await page.evaluate(() => performance.getEntriesByName('partition-slice-ready').length)
    const t0 = await page.evaluate(() => performance.now())
    await page.getByTestId('filter-entity').selectOption('P15')
    await page.waitForFunction((n) => performance.getEntriesByName('partition-slice-ready').length > n, marks, { timeout: 600_000, polling: 20 })
    const trackerClickMs = (await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))) - t0
    const peakHeap = heap.stop()
    const trackerBytes = counter.bytes - before
    await context.close()
    const cold = await provinceTrackerCold(appUrl, data, counter)
    return { rows, datasetBytes, generateMs, overviewMs, overviewBytes, overviewSteps, trackerClickMs, trackerBytes, trackerColdMs: cold.ms, trackerColdBytes: cold.bytes, peakHeap }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
    await new Promise((resolve) => server.close(resolve))
  }
}

/** One province's tracker opened cold from a link (as a bureau would bookmark it): ms until its slice is shown, and bytes. */
async function provinceTrackerCold(appUrl: string, data: string, counter: { bytes: number }): Promise<{ ms: number; bytes: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-national-tracker-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: browserPath(), args: LAUNCH_ARGS, viewport: { width: 1280, height: 720 } })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const before = counter.bytes
    await page.goto(`${appUrl}/tracker?asof=2026-11-22&lang=en&entity=P15&data=${data}`)
    await page.waitForFunction(
      () => document.querySelector('[data-testid="dataset-name"]')?.textContent?.includes('SYNTHETIC') && performance.getEntriesByName('partition-slice-ready').length > 0,
      null,
      { timeout: 600_000, polling: 50 },
    )
    const ms = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))
    return { ms, bytes: counter.bytes - before }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
