// What the browser benches share: a fresh page of the app as a new user opens it, and the
// standalone entry point (`npx tsx tests/bench/<bench>.ts [runs]` against the bench build).
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { startPreview } from './server'

/** A fresh context (no stored imports, no cache) in zh-CN at 1280×720: the app at `url`, once start-up has replayed the stored imports. */
export async function openFreshApp(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('imports-replayed').length > 0, undefined, { timeout: 180_000 })
  return { context, page }
}

/** When `moduleUrl` is the script run: serve the bench build (`BENCH_PORT`, default 4393), run `body`, stop the server. */
export async function runStandalone(moduleUrl: string, defaultRuns: number, body: (appUrl: string, runs: number) => Promise<void>): Promise<void> {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 4393))
  try {
    await body(server.url, Number(process.argv[2] ?? defaultRuns))
  } finally {
    server.stop()
  }
}
