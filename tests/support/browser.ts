// Where the browser comes from: $CHROMIUM_PATH, a system Chromium/Chrome (Linux, macOS, Windows), or
// Playwright's own download (installed by tests/support/ensure-browser.ts when none exists).
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const programFiles = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((p): p is string => !!p)

export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  join(process.env.HOME ?? '/nonexistent', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  ...programFiles.map((dir) => join(dir, 'Google/Chrome/Application/chrome.exe')),
]

/** The system browser the tests use, or undefined for Playwright's own Chromium. */
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
