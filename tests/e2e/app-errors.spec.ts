import { test, expect } from '@playwright/test'
import { waitForEngine } from './helpers'

// Issue 16: one error path. A view that throws while rendering shows the error panel (never a
// blank page), and a link's ?asof= that is not a date is named on screen, not replaced silently.
test.beforeEach(() => test.slow())

test('a view that throws while rendering shows the translated error panel, and retry brings a view back', async ({ page }) => {
  await page.goto('/?asof=2026-11-22')
  await waitForEngine(page, 'dashboard-ready')
  await expect(page.getByTestId('app-error')).toHaveCount(0)
  // A real render error through the real app: a route whose component throws when rendered.
  await page.evaluate(async () => {
    const app = (document.querySelector('#app') as HTMLElement & { __vue_app__: { config: { globalProperties: { $router: { addRoute(r: unknown): void; push(p: string): Promise<unknown> } } } } }).__vue_app__
    const router = app.config.globalProperties.$router
    router.addRoute({ path: '/render-error-probe', component: { render: () => { throw new Error('probe render failure') } } })
    await router.push('/render-error-probe')
  })
  const panel = page.getByTestId('app-error')
  await expect(panel).toBeVisible()
  await expect(panel).toContainText('页面的这一部分无法显示')
  await expect(panel.locator('strong')).toHaveText(/无法完成操作/)
  // the technical detail is behind "技术细节", not inside the Chinese sentence
  await expect(panel.locator('p')).not.toContainText('probe')
  await expect(panel.locator('details code')).toContainText('probe render failure')

  await page.evaluate(() => (document.querySelector('#app') as HTMLElement & { __vue_app__: { config: { globalProperties: { $router: { push(p: string): Promise<unknown> } } } } }).__vue_app__.config.globalProperties.$router.push('/?asof=2026-11-22'))
  await panel.getByRole('button', { name: '重试' }).click()
  await expect(page.getByTestId('app-error')).toHaveCount(0)
  await expect(page.locator('main')).not.toBeEmpty()
})

for (const bad of ['garbage', '0001-01-01', '2023-02-30']) {
  test(`?asof=${bad} is named on screen and today's date is used instead`, async ({ page }) => {
    await page.goto(`/?asof=${bad}`)
    const notice = page.getByTestId('asof-rejected')
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(`“${bad}”不是 2000-01-01 至 2100-12-31 之间的有效日期`)
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
    await expect(page.getByTestId('asof')).toHaveText(today)
  })
}

test('a valid ?asof= shows no notice', async ({ page }) => {
  await page.goto('/?asof=2024-06-30')
  await expect(page.getByTestId('asof')).toHaveText('2024-06-30')
  await expect(page.getByTestId('asof-rejected')).toHaveCount(0)
})
