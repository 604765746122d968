// The importer, driven as a person would: the real file input, ?data= links, the preview,
// apply / cancel / undo / remove / reset, a reload. Fixtures: tests/fixtures (generate.ts).
import { test, expect as baseExpect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BUDGET_MS, waitForEngine, dataCounts } from './helpers'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const GOOD = join(FIXTURES, 'good')
const BAD = join(FIXTURES, 'bad')
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as {
  asOf: string
  rows: number
  flip: { target_id: string; before: string; after: string }
  changed: { before: number; after: number }
  parquetFiles: string[]
  csvFiles: string[]
  quote: string
  manifestCounts: Record<string, number>
}
const HOME = `/?asof=${expected.asOf}`

// DuckDB-WASM starts in seconds on a quiet machine; these tests also pass on a busy one.
// Several cold starts of the engine per test (reloads): twice the one-start budget.
test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })
const expect = baseExpect.configure({ timeout: 60_000 })

async function open(page: Page, url = HOME) {
  await page.goto(url)
  await waitForEngine(page, 'imports-replayed')
}

async function choose(page: Page, ...paths: string[]) {
  await page.getByTestId('import-file').setInputFiles(paths)
  await expect(page.getByTestId('import-preview')).toBeVisible()
}

/** Every target's status in the tracker table (target id → status). */
async function trackerStatuses(page: Page): Promise<Record<string, string>> {
  await page.locator('nav a[href*="/tracker"]').first().click()
  const rows = page.locator('[data-testid="tracker-table"] tr[data-target-id]')
  await expect(rows.first()).toBeVisible()
  const statuses = await rows.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-target-id'), e.getAttribute('data-status')])))
  return statuses
}

/** Counts and every tracker status: "the data" as a person can see it. */
async function snapshot(page: Page) {
  return { counts: await dataCounts(page), statuses: await trackerStatuses(page) }
}

async function fileCounts(page: Page, file: string) {
  const card = page.locator(`[data-testid="import-file-preview"][data-file="${file}"]`)
  const get = async (k: string) => Number(await card.getByTestId(`import-count-${k}`).getAttribute('data-count'))
  return { card, new: await get('new'), changed: await get('changed'), unchanged: await get('unchanged'), rejected: await get('rejected') }
}

test.describe('good files', () => {
  for (const [title, files] of [
    ['every Parquet writer and codec', expected.parquetFiles],
    ['CSV in UTF-8 with BOM and GB18030', expected.csvFiles],
  ] as const) {
    test(`${title}: read as the same observations, with the same preview`, async ({ page }) => {
      await open(page)
      for (const name of files) {
        await choose(page, join(GOOD, name))
        const preview = page.getByTestId('import-preview')
        const c = await fileCounts(page, name)
        await expect(c.card.getByTestId('import-read-as')).toHaveText('实际值')
        expect({ name, new: c.new, changed: c.changed, rejected: c.rejected }).toEqual({ name, new: expected.rows - 1, changed: 1, rejected: 0 })
        await expect(c.card.getByTestId('import-change').filter({ hasText: `→ ${expected.changed.after}` })).toHaveCount(1)
        // The Chinese text survived the codec or the encoding.
        await expect(c.card.getByTestId('import-change').filter({ hasText: expected.quote })).toHaveCount(1)
        const flip = preview.locator(`[data-testid="import-status-change"][data-target-id="${expected.flip.target_id}"]`)
        await expect(flip).toHaveAttribute('data-before', expected.flip.before)
        await expect(flip).toHaveAttribute('data-after', expected.flip.after)
        if (name.endsWith('gb18030.csv')) await expect(c.card.getByTestId('import-message').filter({ hasText: 'GB18030' })).toHaveCount(1)
        await page.getByTestId('import-cancel').click()
        await expect(preview).toBeHidden()
      }
    })
  }

  test('apply merges the rows, the tracker status changes, undo puts everything back', async ({ page }) => {
    await open(page)
    const before = await snapshot(page)
    expect(before.statuses[expected.flip.target_id]).toBe(expected.flip.before)
    await choose(page, join(GOOD, 'observations_hyparquet_zstd.parquet'))
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-preview')).toBeHidden()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
    const after = await snapshot(page)
    expect(after.counts).toEqual({ ...before.counts, observations: before.counts.observations + expected.rows - 1 })
    expect(after.statuses[expected.flip.target_id]).toBe(expected.flip.after)
    await expect(page.getByTestId('import-history-item')).toHaveCount(1)
    expect(await page.evaluate(() => localStorage.getItem('vet-monitor:user-data'))).toBe('1')

    await page.getByTestId('import-undo').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'undone')
    expect(await snapshot(page)).toEqual(before)
    await expect(page.getByTestId('import-history-item')).toHaveCount(0)
    expect(await page.evaluate(() => localStorage.getItem('vet-monitor:user-data'))).toBeNull()
  })

  test('a file dropped anywhere on the page opens the preview', async ({ page }) => {
    await open(page)
    const bytes = [...readFileSync(join(GOOD, 'observations_utf8_bom.csv'))]
    const transfer = await page.evaluateHandle((b) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(b)], 'dropped_observations.csv', { type: 'text/csv' }))
      return dt
    }, bytes)
    await page.locator('main').dispatchEvent('dragenter', { dataTransfer: transfer })
    await expect(page.getByTestId('import-drop')).toBeVisible()
    await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer })
    await expect(page.getByTestId('import-drop')).toBeHidden()
    await expect(page.getByTestId('import-preview')).toBeVisible()
    const c = await fileCounts(page, 'dropped_observations.csv')
    expect([c.new, c.changed, c.rejected]).toEqual([expected.rows - 1, 1, 0])
  })

  test('four tables in one drop: a new county with its indicator, target and figures', async ({ page }) => {
    await open(page)
    const before = await dataCounts(page)
    const plan = ['indicators', 'entities', 'targets', 'observations'].map((t) => join(GOOD, 'new_plan', `${t}.csv`))
    await choose(page, ...plan)
    for (const t of ['indicators', 'entities', 'targets', 'observations']) {
      const c = await fileCounts(page, `${t}.csv`)
      await expect(c.card).toHaveAttribute('data-table', t)
      expect(c.rejected).toBe(0)
    }
    await expect(page.locator('[data-testid="import-status-change"][data-target-id="fixture_county_training_bases_2027"]')).toHaveAttribute('data-before', '')
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
    expect(await dataCounts(page)).toEqual({
      indicators: before.indicators + 1, entities: before.entities + 1, targets: before.targets + 1, observations: before.observations + 2,
    })
  })

  test('imports survive a reload, are listed with source and date, and can be removed or reset', async ({ page }) => {
    await open(page)
    const bundled = await dataCounts(page)
    await choose(page, join(GOOD, 'observations_utf8_bom.csv'))
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
    await choose(page, join(GOOD, 'new_plan', 'entities.csv'))
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-history-item')).toHaveCount(2)

    await page.reload()
    await waitForEngine(page, 'imports-replayed')
    const restored = await dataCounts(page)
    expect(restored).toEqual({ ...bundled, observations: bundled.observations + expected.rows - 1, entities: bundled.entities + 1 })
    const items = page.getByTestId('import-history-item')
    await expect(items).toHaveCount(2)
    await expect(items.first()).toContainText('observations_utf8_bom.csv')
    await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)

    await items.first().getByTestId('import-remove').click()
    await expect(items).toHaveCount(1)
    await expect.poll(() => dataCounts(page)).toEqual({ ...bundled, entities: bundled.entities + 1 })

    await page.getByTestId('import-reset').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'reset')
    await expect(items).toHaveCount(0)
    expect(await dataCounts(page)).toEqual(bundled)
    expect(await page.evaluate(() => localStorage.getItem('vet-monitor:user-data'))).toBeNull()
    await page.reload()
    await waitForEngine(page, 'imports-replayed')
    expect(await dataCounts(page)).toEqual(bundled)
  })
})

/** file → the message code it must give, and words the message must contain. */
const BAD_FILES: [string, string, string[]][] = [
  ['observations_missing_value_column.parquet', 'missing_column', ['value']],
  ['truncated.parquet', 'parquet_truncated', []],
  ['not_parquet.parquet', 'not_parquet', []],
  ['empty.parquet', 'parquet_no_rows', ['indicator_id']],
  ['empty.csv', 'empty_file', []],
  ['binary_not_csv.csv', 'not_parquet_or_csv', []],
  ['unknown_columns.csv', 'unknown_table', ['地区']],
  ['observations_year_is_boolean.parquet', 'mistyped_column', ['year', 'BOOLEAN']],
  ['value_not_a_number.csv', 'not_a_number', ['第 3 行', 'value', '约57%']],
  ['missing_value.csv', 'missing_value', ['第 3 行', 'value']],
  ['unknown_entity.csv', 'unknown_entity', ['第 3 行', 'entity_id', 'atlantis']],
  ['unknown_indicator.csv', 'unknown_indicator', ['第 3 行', 'indicator_id', 'no_such_indicator']],
  ['duplicate_key.csv', 'duplicate_key', ['第 3 行', '第 4 行']],
  ['percent_out_of_range.csv', 'percent_out_of_range', ['第 3 行', 'value', '157.4']],
  ['negative_count.csv', 'negative_value', ['第 3 行', 'value', '-3']],
  ['future_year.csv', 'future_year', ['第 3 行', 'year', '2031', '2026']],
]

test.describe('bad files', () => {
  test('each gives its message, naming file, column and row, and the data stays exactly as it was', async ({ page }) => {
    await open(page)
    const before = await snapshot(page)
    for (const [file, code, words] of BAD_FILES) {
      await choose(page, join(BAD, file))
      const card = page.locator(`[data-testid="import-file-preview"][data-file="${file}"]`)
      const message = card.locator(`[data-testid="import-message"][data-code="${code}"]`).first()
      await expect(message, file).toBeVisible()
      await expect(message).toContainText(file)
      for (const w of words) await expect(message, `${file}: ${w}`).toContainText(w)
      await page.getByTestId('import-cancel').click()
      await expect(page.getByTestId('import-preview')).toBeHidden()
    }
    expect(await snapshot(page)).toEqual(before)
  })

  test('apply only the good rows; the rejected rows download as CSV with reasons', async ({ page }) => {
    await open(page)
    const before = await dataCounts(page)
    await choose(page, join(BAD, 'value_not_a_number.csv'))
    const c = await fileCounts(page, 'value_not_a_number.csv')
    expect([c.new, c.rejected]).toEqual([1, 1])
    await expect(page.getByTestId('import-apply')).toHaveText(/仅应用 1 行/)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download-rejected').click()])
    expect(download.suggestedFilename()).toBe('value_not_a_number.rejected.csv')
    const text = readFileSync(await download.path(), 'utf8')
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r\n/)
    expect(lines[0]).toBe('行号,问题,indicator_id,entity_id,year,value,period_end,source_doc,source_ref,quote')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/^3,value: 不是数字,.*约57%/) // the line in the file (header = line 1)
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
    expect(await dataCounts(page)).toEqual({ ...before, observations: before.observations + 1 })
  })

  test('messages follow the UI language', async ({ page }) => {
    await open(page, `${HOME}&lang=en`)
    await choose(page, join(BAD, 'unknown_entity.csv'))
    await expect(page.getByTestId('import-message').first()).toContainText('unknown_entity.csv, row 3, column entity_id: the entity “atlantis” is not in the loaded catalogue')
  })
})

test('a hostile entity name is shown as text everywhere and never runs', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await open(page)
  await page.evaluate(() => ((window as unknown as { __pwned?: number }).__pwned = 0))
  await choose(page, join(BAD, 'school_name_with_script_tag.csv'))
  const sample = page.getByTestId('import-new-row').first()
  await page.locator('details', { has: sample }).locator('summary').click()
  await expect(sample).toContainText('<img src=x onerror=alert(1)>')
  await expect(sample.locator('td[title="<img src=x onerror=alert(1)>"]')).toHaveCount(1)
  await page.getByTestId('import-apply').click()
  await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  // The data view lists entities; the name must appear as literal text there too.
  await page.locator('nav a[href*="/data"]').first().click()
  await page.locator('#catalogue-tab-entities').click()
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeAttached()
  await page.waitForTimeout(500)
  expect(await page.locator('img[src="x"], script:text("__pwned")').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(0)
  expect(dialogs).toEqual([])
})

test.describe('?data= links', () => {
  test.beforeEach(async ({ page }) => {
    // Serve the fixtures from the app's own origin, as a deployment would.
    await page.route((url) => url.pathname.startsWith('/fixtures/'), async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/fixtures\//, ''))
      try {
        await route.fulfill({ body: readFileSync(join(FIXTURES, path)) })
      } catch {
        await route.fulfill({ status: 404, body: 'not found' })
      }
    })
  })

  test('a single file opens the same preview', async ({ page }) => {
    await open(page, `${HOME}&data=/fixtures/good/observations_duckdb_gzip.parquet`)
    await expect(page.getByTestId('import-preview')).toBeVisible()
    const c = await fileCounts(page, 'observations_duckdb_gzip.parquet')
    expect([c.new, c.changed, c.rejected]).toEqual([expected.rows - 1, 1, 0])
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
    await page.getByTestId('import-history-toggle').click()
    await expect(page.getByTestId('import-history-item').first()).toContainText('observations_duckdb_gzip.parquet')
    await expect(page.getByTestId('import-history-item').first()).toContainText('链接')
    // The link is taken once: it left the URL, so a reload does not offer the file again.
    await expect(page).not.toHaveURL(/data=/)
  })

  test('a manifest is previewed as a whole dataset from its link and replaces the data only when applied', async ({ page }) => {
    await open(page, `${HOME}&data=/fixtures/good/manifest/manifest.json`)
    const bundled = await dataCounts(page)
    await expect(page.getByTestId('import-link-origin')).toContainText('/fixtures/good/manifest/manifest.json')
    await expect(page.getByTestId('import-link-origin')).toHaveAttribute('data-replaces', 'true')
    expect(await dataCounts(page)).toEqual(bundled)
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
    expect(await dataCounts(page)).toEqual(expected.manifestCounts)
    await expect(page.getByTestId('data-origin')).toContainText('/fixtures/good/manifest/manifest.json')
    // Kept across a reload like any import, still marked as not the bundled data.
    await page.reload()
    await waitForEngine(page, 'imports-replayed')
    expect(await dataCounts(page)).toEqual(expected.manifestCounts)
    await expect(page.getByTestId('data-origin')).toContainText('manifest.json')
  })

  test('a bad link gives a message and the bundled data stays', async ({ page }) => {
    await open(page)
    const bundled = await dataCounts(page)
    for (const [url, code] of [
      ['/fixtures/good/nothing_here.parquet', 'fetch_failed'],
      ['/fixtures/good/missing/manifest.json', 'fetch_failed'],
      ['/fixtures/bad/truncated.parquet', 'parquet_truncated'],
    ]) {
      await open(page, `${HOME}&data=${url}`)
      await expect(page.locator(`[data-testid="import-message"][data-code="${code}"]`).first()).toContainText(url.split('/').pop()!)
      await page.keyboard.press('Escape')
      expect(await dataCounts(page)).toEqual(bundled)
    }
  })
})

/** Change every stored import in IndexedDB as a disk error or an earlier crash would have left it. */
async function editStored(page: Page, change: 'break_file' | 'mark_slow') {
  await page.evaluate(
    (change) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('vet-monitor-imports')
        req.onsuccess = () => {
          const store = req.result.transaction('imports', 'readwrite').objectStore('imports')
          const all = store.getAll()
          all.onsuccess = () => {
            for (const rec of all.result) {
              if (change === 'break_file') rec.files = rec.files.map((f: { name: string }) => ({ name: f.name, blob: new Blob(['PAR1 not really parquet PAR1']) }))
              else rec.trouble = { reason: 'slow', seconds: 42 }
              store.put(rec, rec.id)
            }
            store.transaction.oncomplete = () => resolve()
          }
          all.onerror = () => reject(all.error)
        }
      }),
    change,
  )
}

test('a stored import that fails or was slow is kept, marked as not applied, and applied again only when asked', async ({ page }) => {
  await open(page)
  const bundled = await dataCounts(page)
  const items = page.getByTestId('import-history-item')
  const apply = async () => {
    await choose(page, join(GOOD, 'observations_utf8_bom.csv'))
    await page.getByTestId('import-apply').click()
    await expect(page.getByTestId('import-notice')).toHaveAttribute('data-code', 'applied')
  }
  const reload = async () => {
    await page.reload()
    await waitForEngine(page, 'imports-replayed')
    if (!(await page.getByTestId('import-history').isVisible())) await page.getByTestId('import-history-toggle').click()
  }

  // A replay that fails keeps the record (it used to be deleted), says why, and offers retry/remove.
  await apply()
  await editStored(page, 'break_file')
  await reload()
  await expect(page.locator('[data-testid="import-message"][data-code="replay_failed"]')).toContainText('observations_utf8_bom.csv')
  await expect(items).toHaveCount(1)
  await expect(items.first().getByTestId('import-not-applied')).toHaveAttribute('data-reason', 'failed')
  await expect(items.first().getByTestId('import-retry')).toBeVisible()
  expect(await dataCounts(page)).toEqual(bundled)
  // The next start asks instead of running it again.
  await reload()
  await expect(page.locator('[data-testid="import-message"][data-code="replay_paused"]')).toBeVisible()
  await expect(items).toHaveCount(1)
  await items.first().getByTestId('import-remove').click()
  await expect(items).toHaveCount(0)

  // A slow one is not run at start-up; retry applies it.
  await apply()
  await editStored(page, 'mark_slow')
  await reload()
  await expect(page.locator('[data-testid="import-message"][data-code="replay_paused"]')).toContainText('42')
  await expect(items.first().getByTestId('import-not-applied')).toHaveAttribute('data-reason', 'slow')
  expect(await dataCounts(page)).toEqual(bundled)
  await items.first().getByTestId('import-retry').click()
  await expect(items.first().getByTestId('import-not-applied')).toHaveCount(0)
  await expect.poll(() => dataCounts(page)).toEqual({ ...bundled, observations: bundled.observations + expected.rows - 1 })
})

test('an unusable stored import is reported, kept aside (never deleted), and the bundled data is shown', async ({ page }) => {
  await open(page)
  const bundled = await dataCounts(page)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('vet-monitor-imports')
        req.onupgradeneeded = () => req.result.createObjectStore('imports')
        req.onsuccess = () => {
          const tx = req.result.transaction('imports', 'readwrite')
          tx.objectStore('imports').put({ id: 'broken', files: 'not a file list' }, 'broken')
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await page.reload()
  await waitForEngine(page, 'imports-replayed')
  await expect(page.locator('[data-testid="import-message"][data-code="storage_set_aside"]')).toContainText('broken')
  expect(await dataCounts(page)).toEqual(bundled)
  // The record is kept, as found, under its set-aside key.
  const kept = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('vet-monitor-imports')
        req.onsuccess = () => {
          const get = req.result.transaction('imports').objectStore('imports').get('set-aside:broken')
          get.onsuccess = () => resolve(get.result)
          get.onerror = () => reject(get.error)
        }
      }),
  )
  expect(kept).toMatchObject({ key: 'broken', raw: { id: 'broken', files: 'not a file list' } })
})
