import { defineConfig } from '@playwright/test'
import { browserPath, LAUNCH_ARGS } from './tests/support/browser'

// Browser tests drive the built app (vite preview) in real headless Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/output/results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 720 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: browserPath(), args: LAUNCH_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
