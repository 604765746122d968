// Spreadsheet figures for `npm run bench` (issue 11): time to read a 100,000-row workbook on the
// import worker's code path (ExcelJS → cells → contract rows → CSV text, in Node: the same code
// the worker runs), the same read with SheetJS for comparison, the same workbook chosen in the
// built app's file input (→ preview ready, in headless Chromium, with the longest main-thread
// stall meanwhile), the gzip size of the lazy chunks that carry ExcelJS, and the JS the first
// page loads: its size and that no spreadsheet code is in it. Alone: `npm run bench -- --xlsx-only`.
import { chromium } from '@playwright/test'
import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { csvText } from '../../src/spreadsheet/csvText'
import { toSheets } from '../../src/spreadsheet/readExcel'
import { sheetRows } from '../../src/spreadsheet/sheetRows'
import { writeBigWorkbook } from '../e2e/fillRequest'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { median } from './stats'
import { openFreshApp, runStandalone } from './appPage'
import { BENCH_DIST } from './benchDist'

export const XLSX_ROWS = 100_000
/** A string only ExcelJS's own code holds (the package's workbook writer names this part). */
const EXCELJS_MARKER = 'xl/worksheets/_rels/sheet'
/** Strings only the app's own workbook code holds: the reader (readExcel.ts) and the request writer (requestWorkbook.ts). */
const OWN_MARKERS = ['EncryptedPackage', '_unit_word']

export interface XlsxBench {
  exceljsReadMs: number
  sheetjsReadMs: number
  /** Chunk file → gzip bytes, for each built chunk that carries ExcelJS. */
  lazyChunks: Record<string, number>
  /** ExcelJS or the app's spreadsheet code found in a script the first page loads (must be false). */
  inInitialJs: boolean
  /** The JS the first page loads (to dashboard-ready, workers and wasm aside), gzip bytes, and how many files. */
  initialJsGzip: number
  initialFiles: number
  /** In the built app: file chosen → preview ready (median), and the longest main-thread stall meanwhile (worst run). */
  browserReadMs: number
  browserStallMs: number
}

export async function benchXlsx(dist: string, appUrl: string, runs = 3): Promise<XlsxBench> {
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-bench-')), 'observations_100k.xlsx')
  await writeBigWorkbook(path, XLSX_ROWS)
  const bytes = new Uint8Array(readFileSync(path))

  let t = performance.now()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer)
  const out = sheetRows(toSheets(wb), { matchesHeader: (n) => n.includes('indicator_id'), unitOf: () => 'persons' })
  csvText(out.header, out.rows)
  const exceljsReadMs = performance.now() - t
  if (out.rows.length !== XLSX_ROWS) throw new Error(`read ${out.rows.length} rows, expected ${XLSX_ROWS}`)

  t = performance.now()
  const sj = XLSX.read(bytes, { type: 'array', dense: true })
  XLSX.utils.sheet_to_json(sj.Sheets[sj.SheetNames[0]], { header: 1 })
  const sheetjsReadMs = performance.now() - t

  const assets = join(dist, 'assets')
  const lazyChunks: Record<string, number> = {}
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(assets, f))
    if (code.includes(EXCELJS_MARKER)) lazyChunks[f] = gzipSync(code).length
  }
  return { exceljsReadMs, sheetjsReadMs, lazyChunks, ...(await initialJs(appUrl)), ...(await browserRead(appUrl, path, runs)) }
}

/**
 * The JS the first page really loads (main frame, workers and wasm aside, as the start-up bench
 * counts it): every script fetched from navigation to `dashboard-ready`, gzip, and whether any
 * holds ExcelJS or the app's spreadsheet code.
 */
async function initialJs(appUrl: string): Promise<{ initialJsGzip: number; initialFiles: number; inInitialJs: boolean }> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  try {
    const page = await browser.newPage()
    const scripts = new Map<string, Buffer>()
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script' || /\.wasm(\?|$)|worker/i.test(res.url())) return
      scripts.set(res.url(), await res.body().catch(() => Buffer.alloc(0)))
    })
    await page.goto(`${appUrl}/?asof=2026-06-30`)
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, undefined, { timeout: 180_000 })
    const codes = [...scripts.values()]
    return {
      initialJsGzip: codes.reduce((n, c) => n + gzipSync(c).length, 0),
      initialFiles: codes.length,
      inInitialJs: codes.some((c) => [EXCELJS_MARKER, ...OWN_MARKERS].some((m) => c.includes(m))),
    }
  } finally {
    await browser.close()
  }
}

/** The workbook chosen in the built app's file input, as a person does: time to the preview, and main-thread stalls. */
async function browserRead(appUrl: string, path: string, runs: number): Promise<{ browserReadMs: number; browserStallMs: number }> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  const times: number[] = []
  let browserStallMs = 0
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await openFreshApp(browser, `${appUrl}/tracker?asof=2026-06-30`)
      // A 50 ms timer on the main thread: the longest gap between its ticks is the worst stall.
      // (A string: tsx would wrap a named arrow function in a helper the page does not have.)
      await page.evaluate(`(() => {
        window.__stall = 0
        window.__stop = false
        let last = performance.now()
        const tick = () => {
          const now = performance.now()
          window.__stall = Math.max(window.__stall, now - last)
          last = now
          if (!window.__stop) setTimeout(tick, 50)
        }
        setTimeout(tick, 50)
      })()`)
      await page.getByTestId('import-file').setInputFiles(path)
      await page.getByTestId('import-preview').waitFor({ timeout: 600_000 })
      const [started, ready, stall] = await page.evaluate<[number, number, number]>(`(() => {
        window.__stop = true
        const at = (n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN
        return [at('import-started'), at('import-preview-ready'), window.__stall]
      })()`)
      times.push(ready - started)
      browserStallMs = Math.max(browserStallMs, stall)
      console.log(`  xlsx run ${i + 1}: file chosen → preview ${(ready - started).toFixed(0)} ms, longest main-thread stall ${stall.toFixed(0)} ms`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return { browserReadMs: median(times), browserStallMs }
}

// Standalone: `npx tsx tests/bench/xlsxBench.ts [runs]` after `vite build --mode bench`.
await runStandalone(import.meta.url, 3, async (url, runs) => console.log(await benchXlsx(BENCH_DIST, url, runs)))
