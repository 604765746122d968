import { test, expect } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { waitForEngine } from './helpers'

test('renders in Chinese, switches to English and back, reaches dashboard-ready offline', async ({ page, baseURL }) => {
  const foreign: string[] = []
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(req.url())
  })
  await page.goto('/?asof=2026-11-22')
  await expect(page.locator('h1')).toHaveText('内蒙古职业教育目标监测看板')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('asof')).toHaveText('2026-11-22')
  await waitForEngine(page, 'dashboard-ready')
  await expect(page.getByTestId('dataset-name')).toContainText('内蒙古')

  await page.getByTestId('lang-switch').click()
  await expect(page.locator('h1')).toHaveText('Inner Mongolia Vocational Education Target Monitor')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveURL(/lang=en/)
  await page.getByTestId('lang-switch').click()
  await expect(page.locator('h1')).toHaveText('内蒙古职业教育目标监测看板')
  expect(foreign).toEqual([])
})

test('a link with ?lang=en opens in English', async ({ page }) => {
  await page.goto('/?lang=en')
  await expect(page.locator('h1')).toHaveText('Inner Mongolia Vocational Education Target Monitor')
})

test('first view has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/')
  await waitForEngine(page, 'dashboard-ready')
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
