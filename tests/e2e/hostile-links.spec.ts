// ?data= links as an attacker would write them (issue 16, defects 1, 7, 13): forged datasets
// carried inside the link, manifests that break the contract, links that are slow on purpose.
// Nothing from a link reaches the figures without the preview and the user's word.
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { readFileSync, readdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BUDGET_MS, waitForEngine, dataCounts } from './helpers'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { asOf: string; quote: string }
const HOME = `/?asof=${expected.asOf}`

// Several cold starts of the engine per test (reloads): twice the one-start budget.
test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

/** Files served from the app's own origin under /hostile/ (path → body). */
const served = new Map<string, string>()

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname.startsWith('/hostile/') || url.pathname.startsWith('/fixtures/'), async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname)
    if (path.startsWith('/fixtures/')) {
      try {
        return await route.fulfill({ body: readFileSync(join(FIXTURES, path.replace(/^\/fixtures\//, ''))) })
      } catch {
        return await route.fulfill({ status: 404, body: 'not found' })
      }
    }
    const body = served.get(path)
    await route.fulfill(body === undefined ? { status: 404, body: 'not found' } : { body })
  })
})

async function open(page: Page, url: string) {
  await page.goto(url)
  await waitForEngine(page, 'imports-replayed')
}

/** The view shows something a person can read (never a blank page). */
async function expectViewNotBlank(page: Page) {
  await expect(page.locator('main')).not.toBeEmpty()
  // Polled: right after a preview closes the view may still be drawing its cards; a blank view never fills.
  await expect.poll(async () => (await page.locator('main').innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(20)
}

const message = (page: Page, code: string) => page.locator(`[data-testid="import-message"][data-code="${code}"]`).first()

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
const dataUrl = (s: string, type = '') => `data:${type};base64,${b64(s)}`

const INDICATORS = 'indicator_id,name_zh,name_en,unit,direction\ndual_share,双师型比例,Dual share,percent,higher_better\n'
const ENTITIES = 'entity_id,name_zh,kind\nnmg,内蒙古自治区,region\n'
const OBSERVATIONS = 'indicator_id,entity_id,year,value,source_doc,source_ref,quote\ndual_share,nmg,2025,99,forged.txt,表1,伪造\n'
const TARGET_HEAD = 'target_id,indicator_id,entity_id,baseline_year,baseline_value,target_year,target_value,comparator,binding,source_doc,source_ref,quote'

test('a forged dataset inside the link (data: URLs) is refused and the figures stay the bundled ones', async ({ page }) => {
  await open(page, HOME)
  const bundled = await dataCounts(page)
  const manifest = JSON.stringify({
    name: '内蒙古职业教育目标监测（内置数据）',
    tables: { indicators: dataUrl(INDICATORS), entities: dataUrl(ENTITIES), targets: dataUrl(`${TARGET_HEAD}\n`), observations: dataUrl(OBSERVATIONS) },
  })
  served.set('/hostile/forged/manifest.json', manifest)
  for (const link of [`data:;base64,${b64(manifest)}#.json`, '/hostile/forged/manifest.json', `blob:${new URL(HOME, 'http://127.0.0.1:4173').origin}/x#.json`]) {
    await open(page, `${HOME}&data=${encodeURIComponent(link)}`)
    await expect(message(page, 'link_scheme_refused')).toBeVisible()
    await expect(page.getByTestId('import-preview')).toBeHidden()
    await expect(page.getByTestId('data-origin')).toHaveCount(0)
    expect(await dataCounts(page)).toEqual(bundled)
    await expectViewNotBlank(page)
  }
})

test('a manifest that breaks the contract is previewed with a message per problem; nothing changes until applied', async ({ page }) => {
  served.set('/hostile/bad/manifest.json', JSON.stringify({
    name: '坏清单', tables: { indicators: 'indicators.csv', entities: 'entities.csv', targets: 'targets.csv', observations: 'observations.csv' },
  }))
  served.set('/hostile/bad/indicators.csv', INDICATORS)
  served.set('/hostile/bad/entities.csv', ENTITIES)
  served.set('/hostile/bad/targets.csv', `${TARGET_HEAD}
t_missing,no_such_indicator,nmg,2021,50,2025,70,>=,binding,d.txt,x,
t_symbol,dual_share,nmg,2021,50,2025,70,≥,binding,d.txt,x,
t_good,dual_share,nmg,2021,50,2025,70,>=,binding,d.txt,x,
`)
  // The observations file lacks its value column.
  served.set('/hostile/bad/observations.csv', 'indicator_id,entity_id,year,source_doc,source_ref\ndual_share,nmg,2024,d.txt,x\n')
  await open(page, HOME)
  const bundled = await dataCounts(page)
  await open(page, `${HOME}&data=/hostile/bad/manifest.json#x`)
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await expect(page.getByTestId('import-link-origin')).toContainText('/hostile/bad/manifest.json')
  await expect(page.getByTestId('import-link-origin')).toHaveAttribute('data-replaces', 'true')
  await expect(message(page, 'unknown_indicator')).toContainText('no_such_indicator')
  await expect(message(page, 'comparator_symbol')).toContainText('>=')
  await expect(message(page, 'missing_column')).toContainText('value')
  await page.getByTestId('import-cancel').click()
  expect(await dataCounts(page)).toEqual(bundled)

  // Applied, the good rows replace the dataset; every view says it is not the bundled data and renders.
  await open(page, `${HOME}&data=/hostile/bad/manifest.json`)
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  expect(await dataCounts(page)).toMatchObject({ indicators: 1, entities: 1, targets: 1 })
  for (const path of ['/', '/tracker', '/scenarios', '/data']) {
    await page.goto(path)
    await waitForEngine(page, 'imports-replayed')
    await expect(page.getByTestId('data-origin')).toContainText('/hostile/bad/manifest.json')
    await expectViewNotBlank(page)
  }
})

test('no view goes blank for any bad fixture given as a link', async ({ page }) => {
  for (const name of readdirSync(join(FIXTURES, 'bad')).filter((n) => /\.(csv|parquet)$/.test(n))) {
    await open(page, `${HOME}&data=/fixtures/bad/${name}`)
    // Each is previewed (with its messages) or refused with a message; never a blank page.
    await expect(page.getByTestId('import-preview').or(page.locator('[data-testid="import-message"]')).first()).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('import-preview')).toBeHidden()
    await expectViewNotBlank(page)
  }
})

test.describe('a slow link', () => {
  let server: Server
  let port = 0
  test.beforeAll(async () => {
    // 64 bytes a second, from another port of this host (allowed by the CSP's connect-src).
    server = createServer((req, res) => {
      res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/csv' })
      const timer = setInterval(() => res.write('x'.repeat(64)), 1000)
      req.on('close', () => clearInterval(timer))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  test.afterAll(() => server.close())

  test('shows progress and a cancel button, and a file picked meanwhile reaches the preview', async ({ page }) => {
    const link = `http://127.0.0.1:${port}/slow.csv`
    await open(page, `${HOME}&data=${encodeURIComponent(link)}`)
    const progress = page.getByTestId('import-progress')
    await expect(progress).toContainText('slow.csv')
    await expect(progress).toContainText('KB')
    await page.getByTestId('import-cancel-work').click()
    await expect(message(page, 'link_cancelled')).toBeVisible()
    await expect(progress).toBeHidden()

    await open(page, `${HOME}&data=${encodeURIComponent(link)}`)
    await expect(progress).toContainText('slow.csv')
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'good', 'observations_utf8_bom.csv'))
    await expect(page.getByTestId('import-preview')).toBeVisible()
    await expect(message(page, 'link_superseded')).toBeVisible()
  })

  test('a link that is a page, not data, gives a message and leaves the importer free', async ({ page }) => {
    await open(page, `${HOME}&data=${encodeURIComponent('/index.html?.json')}`)
    await expect(page.locator('[data-testid="import-message"]').first()).toBeVisible()
    await page.keyboard.press('Escape')
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'good', 'observations_utf8_bom.csv'))
    await expect(page.getByTestId('import-preview')).toBeVisible()
  })
})
