import { test, expect, type Page } from '@playwright/test'
import { waitForEngine } from './helpers'

// Issue 16, defects 8 and 14 and the deleted-store finding: what is saved in this browser is never
// lost because one record is bad, a link never silently replaces a saved scenario, and a deleted
// database comes back instead of failing for ever.
const URL = '/scenarios?asof=2026-11-22'
const DB = 'vet-monitor-scenarios'

test.beforeEach(() => test.slow())

async function open(page: Page, url = URL) {
  await page.goto(url)
  await waitForEngine(page, 'dashboard-ready')
}
const items = (page: Page) => page.getByTestId('scenario-item')
const names = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[data-testid="scenario-item"] input[data-testid="scenario-name"]')].map((i) => i.value))

/** Read (or, with `value`, write) one key of the scenarios database, as the app stores it. */
function idb(page: Page, key: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ([db, k, v, write]) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(db as string)
        req.onupgradeneeded = () => req.result.createObjectStore('scenarios')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const tx = req.result.transaction('scenarios', write ? 'readwrite' : 'readonly')
          const r = write ? tx.objectStore('scenarios').put(v, k as string) : tx.objectStore('scenarios').get(k as string)
          tx.oncomplete = () => {
            req.result.close()
            resolve(write ? null : (r as IDBRequest).result)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [DB, key, value, value !== undefined] as const,
  )
}

const scenario = (id: string, name: string, amount = 5) => ({
  id,
  name,
  assumptions: [{ indicator_id: 'enrolment_secondary', entity_id: 'ordos', change: { mode: 'absolute', amount, from_year: 2022 }, values: [] }],
})

async function seed(page: Page, list: unknown[]) {
  await page.goto('/data/manifest.json') // same origin, and the app does not start there
  await idb(page, 'saved', { version: 1, scenarios: list })
}

test('one unreadable saved scenario: the good ones stay, the bad one is kept aside, nothing is written over', async ({ page }) => {
  const bad = { ...scenario('s-bad', 'B'), name: '' } // a blank name, as another version might write
  await seed(page, [scenario('s-good-a', 'A'), bad, scenario('s-good-c', 'C')])

  await open(page)
  await expect(items(page)).toHaveCount(2)
  expect(await names(page)).toEqual(['A', 'C'])
  await expect(page.getByTestId('scenario-set-aside')).toContainText('有 1 个已保存的情景无法读取')
  await expect(page.getByTestId('scenario-set-aside')).toContainText('scenarios[1].name')
  await expect(page.getByTestId('scenario-storage-error')).toHaveCount(0)
  const setAside = (await idb(page, 'set-aside')) as { path: string; raw: unknown }[]
  expect(setAside).toHaveLength(1)
  expect(setAside[0].raw).toEqual(bad)

  // an edit saves the readable ones; the bad one is still kept aside, never dropped
  await page.getByTestId('scenario-new').click()
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
  const stored = (await idb(page, 'saved')) as { scenarios: { id: string }[] }
  expect(stored.scenarios.map((s) => s.id).slice(0, 2)).toEqual(['s-good-a', 's-good-c'])
  expect(stored.scenarios).toHaveLength(3)
  expect(((await idb(page, 'set-aside')) as unknown[])[0]).toMatchObject({ raw: bad })

  // after a reload all three readable ones are there and nothing is reported any more
  await open(page)
  await expect(items(page)).toHaveCount(3)
  await expect(page.getByTestId('scenario-set-aside')).toHaveCount(0)
})

test('a record this version cannot read is kept whole, and a link with ?scenario= does not overwrite it', async ({ page }) => {
  const foreign = { version: 99, scenarios: [scenario('s-future', 'Future')] }
  await page.goto('/data/manifest.json')
  await idb(page, 'saved', foreign)
  // a plain reload with a scenario in the URL used to write the link's one over everything
  const link = Buffer.from(JSON.stringify(scenario('s-link', 'Link'))).toString('base64url')
  await open(page, `${URL}&scenario=${link}`)
  await expect(items(page)).toHaveCount(1)
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
  const setAside = (await idb(page, 'set-aside')) as { path: string; raw: unknown }[]
  expect(setAside[0]).toMatchObject({ path: 'record', raw: foreign })
})

test('a link carrying a saved scenario id with other content opens as a copy; the saved one is unchanged', async ({ page }) => {
  await seed(page, [scenario('s-mine', 'Mine', 5)])
  const forged = Buffer.from(JSON.stringify(scenario('s-mine', 'Mine', -50))).toString('base64url')
  await open(page, `${URL}&scenario=${forged}`)
  await expect(page.getByTestId('scenario-link-copy')).toContainText('已另存为“Mine（链接副本）”，原情景未改动')
  expect(await names(page)).toEqual(['Mine', 'Mine（链接副本）'])
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
  const stored = (await idb(page, 'saved')) as { scenarios: { id: string; assumptions: { change: { amount: number } }[] }[] }
  const mine = stored.scenarios.find((s) => s.id === 's-mine')!
  expect(mine.assumptions[0].change.amount).toBe(5)
  expect(stored.scenarios.filter((s) => s.id !== 's-mine')[0].assumptions[0].change.amount).toBe(-50)

  // the same link again is the same content as the saved one: no second copy
  const same = Buffer.from(JSON.stringify(scenario('s-mine', 'Mine', 5))).toString('base64url')
  await open(page, `${URL}&scenario=${same}`)
  await expect(page.getByTestId('scenario-link-copy')).toHaveCount(0)
  await expect(items(page)).toHaveCount(2)
})

test('a database deleted while the page is open is recreated on the next save', async ({ page }) => {
  await open(page)
  await page.getByTestId('scenario-new').click()
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
  const deleted = await page.evaluate(
    (db) => new Promise<string>((resolve) => {
      const req = indexedDB.deleteDatabase(db)
      req.onsuccess = () => resolve('deleted')
      req.onblocked = () => setTimeout(() => resolve('blocked'), 2000)
    }),
    DB,
  )
  expect(deleted).toBe('deleted') // the app let go of its connection
  await page.getByTestId('scenario-new').click()
  await expect(page.getByTestId('scenario-saved')).toHaveAttribute('data-state', 'saved')
  await open(page)
  await expect(items(page)).toHaveCount(2)
})
