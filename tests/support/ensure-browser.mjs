// Finds a Chromium for the browser tests, or fetches Playwright's when none is installed.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { chromium } from '@playwright/test'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(Boolean)
const found = candidates.find((p) => existsSync(p))
if (found) {
  console.log(`browser: ${found}`)
} else if (existsSync(chromium.executablePath())) {
  console.log(`browser: Playwright's Chromium at ${chromium.executablePath()}`)
} else {
  console.log('No system Chromium found (set CHROMIUM_PATH to use one); installing Playwright\'s Chromium…')
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' })
  } catch {
    console.error('Could not find or install a browser. Install Chromium (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.')
    process.exit(1)
  }
}
