// Finds a Chromium for the browser tests, or installs Playwright's when none is installed:
// with its system libraries (`--with-deps`) where this user may install packages (root or
// password-less sudo on Linux; macOS and Windows need none), otherwise the browser alone.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { browserPath } from './browser'

function canInstallSystemPackages(): boolean {
  if (process.platform !== 'linux') return true
  if (process.getuid?.() === 0) return true
  try {
    execSync('sudo -n true', { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const found = browserPath()
if (found) {
  console.log(`browser: ${found}`)
} else if (existsSync(chromium.executablePath())) {
  console.log(`browser: Playwright's Chromium at ${chromium.executablePath()}`)
} else {
  const withDeps = canInstallSystemPackages()
  const command = `npx playwright install${withDeps ? ' --with-deps' : ''} chromium`
  console.log(`No system Chromium or Chrome found (set CHROMIUM_PATH to use one); running: ${command}`)
  if (!withDeps) console.log('Without root or sudo the browser\'s system libraries are not installed; if Chromium fails to start, run `sudo npx playwright install-deps chromium`.')
  try {
    execSync(command, { stdio: 'inherit' })
  } catch {
    console.error('Could not find or install a browser. Install Chromium or Chrome (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.')
    process.exit(1)
  }
}
