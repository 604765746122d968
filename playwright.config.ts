import { defineConfig } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { browserPath, LAUNCH_ARGS } from './tests/support/browser'
import { TEST_BUDGET_MS } from './tests/e2e/helpers'

// Browser tests drive the built app (vite preview) in real headless Chromium.
//
// The tests run their own server on a port of their own and never reuse a server that is already
// there (it could be `npm start` on 4173, another app, or an older build). The port is a free one
// the system hands out when the run starts (E2E_PORT pins it); it is put in the environment so that
// the test workers, which load this file again, use the same one. If a pinned port is taken, the
// run stops with an error instead of testing whatever answers there.
const PORT = Number(process.env.E2E_PORT) || freePort()
process.env.E2E_PORT = String(PORT)
const ORIGIN = `http://127.0.0.1:${PORT}`

// One worker per available core (E2E_WORKERS overrides). Each worker's page runs its own DuckDB-WASM.
const WORKERS = Number(process.env.E2E_WORKERS) || Math.max(1, availableParallelism())

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/output/results',
  // Every engine wait goes through tests/e2e/helpers.ts (one budget); a test gets that plus its steps.
  timeout: TEST_BUDGET_MS,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: WORKERS,
  // No retries: a flaky wait is a bug to fix, not to hide.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: ORIGIN,
    viewport: { width: 1280, height: 720 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: browserPath(), args: LAUNCH_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: ORIGIN,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})

/** A TCP port that is free right now on 127.0.0.1 (synchronous: the config is loaded synchronously). */
function freePort(): number {
  const script = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))
}
