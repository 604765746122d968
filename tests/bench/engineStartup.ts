// `npx tsx tests/bench/engineStartup.ts [pages] [rounds] [burners]` — how long DuckDB-WASM start-up
// takes when the machine is busy, the way the browser tests load it: `pages` fresh browser contexts
// at once (as many as test workers), `burners` CPU burners (`node -e "for(;;){}"`) spinning,
// `rounds` times. Prints, per page, ms from navigation to `engine-ready` and to `dataset-loaded`.
// Built to answer: do long waits in the tests hide a start-up that never finishes? (README, Tests)
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { browserPath, LAUNCH_ARGS } from '../support/browser'

const [pages = 2, rounds = 3, burnerCount = 2] = process.argv.slice(2).map(Number)
const PORT = 4000 + Math.floor(Math.random() * 900)
const LIMIT_MS = 600_000

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
  const burners = Array.from({ length: burnerCount }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }))
  const stop = () => {
    burners.forEach((b) => b.kill('SIGKILL'))
    try { process.kill(-server.pid!, 'SIGTERM') } catch { /* already gone */ }
  }
  process.on('exit', stop)
  try {
    const origin = `http://127.0.0.1:${PORT}`
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(origin)).ok) break } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 200))
    }
    const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
    console.log(`pages at once: ${pages}, burners: ${burnerCount}, rounds: ${rounds}`)
    for (let round = 1; round <= rounds; round++) {
      const results = await Promise.all(Array.from({ length: pages }, async () => {
        const context = await browser.newContext()
        const page = await context.newPage()
        const phases: string[] = []
        page.on('console', (m) => { if (m.type() === 'error') phases.push(`console error: ${m.text().slice(0, 120)}`) })
        await page.goto(`${origin}/?asof=2026-11-22`)
        // No helper functions inside the page function: tsx would wrap them in a `__name` call.
        const outcome = await page.waitForFunction(() => {
          const failed = document.querySelector('.engine-status[data-status="error"]')?.textContent
          if (failed) return { failed }
          const loaded = performance.getEntriesByName('dataset-loaded')[0]?.startTime
          return loaded !== undefined ? { engine: performance.getEntriesByName('engine-ready')[0]?.startTime, loaded } : false
        }, undefined, { timeout: LIMIT_MS, polling: 200 }).then((h) => h.jsonValue()).catch((e: Error) => ({ failed: e.message }))
        await context.close()
        return { ...outcome, phases }
      }))
      for (const r of results) console.log(`round ${round}: ${JSON.stringify(r)}`)
    }
    await browser.close()
  } finally {
    stop()
  }
}
void main()
