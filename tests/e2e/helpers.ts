import type { Page } from '@playwright/test'

/** Wait until the app has called performance.mark(name). */
export async function waitForMark(page: Page, name: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout })
}
