// Where the browser comes from: $CHROMIUM_PATH, a system Chromium/Chrome, or Playwright's own
// download (installed by tests/support/ensure-browser.mjs when no system browser exists).
import { existsSync } from 'node:fs'

export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function browserPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return SYSTEM_BROWSERS.find((p) => existsSync(p))
}

/** Flags that keep a sandboxed, offline machine quiet (no background network, no GPU). */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
