// Cold (fresh profile) and warm (second load, same profile) time from navigation to a
// performance mark, plus initial main-thread JS (gzip) and peak JS heap.
import { chromium, type Page } from '@playwright/test'
import { sampleHeap } from './heap'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { browserPath, LAUNCH_ARGS } from '../support/browser'

export interface LoadRun {
  cold: Record<string, number>
  warm: Record<string, number>
  initialJsGzip: number
  peakHeap: number
}

/** Milliseconds from navigation start to each mark (waits for the last one). */
async function marksAfterLoad(page: Page, url: string, marks: string[]): Promise<Record<string, number>> {
  await page.goto(url)
  const last = marks[marks.length - 1]
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, last, { timeout: 60_000 })
  return page.evaluate((ms) => Object.fromEntries(ms.map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? NaN])), marks)
}

const isWorkerOrWasm = (url: string) => /\.wasm(\?|$)|worker/i.test(url)

export async function measureLoad(url: string, marks: string[]): Promise<LoadRun> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath(),
    args: LAUNCH_ARGS,
    viewport: { width: 1280, height: 720 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const scripts = new Map<string, number>()
    page.on('response', async (res) => {
      const req = res.request()
      if (req.resourceType() !== 'script' || isWorkerOrWasm(res.url()) || req.frame() !== page.mainFrame()) return
      try {
        scripts.set(res.url(), gzipSync(await res.body()).length)
      } catch {
        /* body unavailable (cached) */
      }
    })
    const cdp = await context.newCDPSession(page)
    const heap = sampleHeap(cdp, 25)
    const cold = await marksAfterLoad(page, url, marks)
    const initialJsGzip = [...scripts.values()].reduce((a, b) => a + b, 0)
    const warm = await marksAfterLoad(page, url, marks)
    const peakHeap = heap.stop()
    return { cold, warm, initialJsGzip, peakHeap }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
