import { test, expect, type Download, type Page } from '@playwright/test'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'
import { ENGINE_BUDGET_MS, TEST_BUDGET_MS, waitForEngine } from './helpers'
import { encodeScenario } from '../../src/scenarios'

const ASOF = 'asof=2026-11-22'
const BAYANNUR_DUAL = 'd001_bayannur_dual_qualified_teacher_share_secondary_2025'
const ORDOS_DUAL = 'd003_ordos_dual_qualified_teacher_share_secondary_2025'
const REGION_DUAL = 'd004_nmg_dual_qualified_teacher_share_2025'
/** Waits that include the engine (DuckDB-WASM) starting share the one engine budget. */
const ENGINE = ENGINE_BUDGET_MS
const OUT = 'tests/output/exports'
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: ENGINE }), click()])
  const path = (await d.path())!
  return { download: d, bytes: readFileSync(path), path }
}

/** Rows of a query in DuckDB (Node), as plain objects. */
async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  try {
    const reader = await conn.runAndReadAll(sql)
    return reader.getRowObjectsJson() as Record<string, unknown>[]
  } finally {
    conn.closeSync()
    db.closeSync()
  }
}
const sqlPath = (p: string) => `'${p.replace(/'/g, "''")}'`

/** The tracker as a person sees it: target ids, entity and indicator cells, in order. */
async function trackerOnScreen(page: Page) {
  const rows = page.locator('[data-testid="tracker-table"] tbody tr')
  await expect(rows.first()).toBeVisible({ timeout: ENGINE })
  return {
    ids: await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target-id'))),
    entities: await rows.locator('td:nth-child(1)').allInnerTexts(),
    statuses: await rows.locator('.status-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
  }
}

test.describe('exports', () => {
  // Several cold starts of the engine (DuckDB-WASM) per test on a busy machine.
  test.describe.configure({ timeout: 2 * TEST_BUDGET_MS })

  test('chart → PNG at 1920×1080 with the title, unit, sources and date drawn, CJK in the self-hosted font', async ({ page }) => {
    const fonts: string[] = []
    page.on('response', (r) => {
      if (/noto-sans-sc.*\.woff2$/.test(r.url()) && r.ok()) fonts.push(r.url())
    })
    await page.goto(`/target/${BAYANNUR_DUAL}?${ASOF}`)
    const chart = page.getByTestId('detail-chart')
    await expect(chart.locator('canvas')).toBeVisible({ timeout: ENGINE })
    const { download: d, bytes } = await download(page, () => chart.getByTestId('chart-export-png').click())
    expect(d.suggestedFilename()).toBe(`${BAYANNUR_DUAL}_2026-11-22.png`)
    mkdirSync(OUT, { recursive: true })
    writeFileSync(`${OUT}/detail-chart.png`, bytes)
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR')
    expect(bytes.readUInt32BE(16)).toBe(1920)
    expect(bytes.readUInt32BE(20)).toBe(1080)
    expect(fonts.length, 'the self-hosted Noto Sans SC slices were fetched').toBeGreaterThan(0)

    // Decode it in the browser and look where the title, unit and footer are drawn: the title's
    // ink is centred and as wide as the expected title set in the same face and size.
    const title = '巴彦淖尔市 · 中职双师型教师占专业课教师比例'
    const seen = await page.evaluate(
      async ({ b64, title }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
        const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bmp.width, bmp.height)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(bmp, 0, 0)
        const inkBox = (y0: number, y1: number) => {
          const d = ctx.getImageData(0, y0, bmp.width, y1 - y0).data
          let left = Infinity
          let right = -1
          let ink = 0
          for (let i = 0; i < d.length; i += 4) {
            if (d[i]! < 110 && d[i + 1]! < 110 && d[i + 2]! < 110) {
              ink++
              const x = (i / 4) % bmp.width
              left = Math.min(left, x)
              right = Math.max(right, x)
            }
          }
          return { ink, left, right }
        }
        const measure = new OffscreenCanvas(10, 10).getContext('2d')!
        measure.font = "bold 40px 'Noto Sans SC'"
        return {
          width: bmp.width,
          height: bmp.height,
          title: inkBox(16, 70),
          subtitle: inkBox(72, 108),
          footer: inkBox(bmp.height - 86, bmp.height - 8),
          expectedTitleWidth: measure.measureText(title).width,
        }
      },
      { b64: bytes.toString('base64'), title },
    )
    expect(seen.width).toBe(1920)
    expect(seen.height).toBe(1080)
    expect(seen.title.ink).toBeGreaterThan(2000)
    const drawn = seen.title.right - seen.title.left
    expect(Math.abs(drawn - seen.expectedTitleWidth) / seen.expectedTitleWidth).toBeLessThan(0.08)
    expect(Math.abs((seen.title.left + seen.title.right) / 2 - 960)).toBeLessThan(20)
    expect(seen.subtitle.ink).toBeGreaterThan(100)
    expect(seen.footer.ink).toBeGreaterThan(1000)
  })

  test('benchmark chart → PNG: full width, taller when it has many bars', async ({ page }) => {
    await page.goto(`/benchmark?target=${REGION_DUAL}&${ASOF}`)
    const chart = page.getByTestId('benchmark-chart')
    await expect(chart.locator('canvas')).toBeVisible({ timeout: ENGINE })
    const { bytes } = await download(page, () => chart.getByTestId('chart-export-png').click())
    mkdirSync(OUT, { recursive: true })
    writeFileSync(`${OUT}/benchmark-chart.png`, bytes)
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(bytes.readUInt32BE(16)).toBe(1920)
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(1080)
  })

  test('tracker → CSV (UTF-8 BOM) reopens with the same rows and Chinese intact', async ({ page }) => {
    await page.goto(`/tracker?${ASOF}&q=${encodeURIComponent('双师')}`)
    await waitForEngine(page, 'dashboard-ready')
    const screen = await trackerOnScreen(page)
    expect(screen.ids.length).toBeGreaterThan(1)
    const { download: d, bytes, path } = await download(page, () => page.getByTestId('export-csv').click())
    expect(d.suggestedFilename()).toBe('tracker_2026-11-22.csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))
    expect(text.split('\r\n')[0]).toMatch(/^目标编号,主体编号,主体,指标编号,指标,/)

    const rows = await duck(`SELECT * FROM read_csv(${sqlPath(path)}, header = true, all_varchar = true)`)
    expect(rows.map((r) => r['目标编号'])).toEqual(screen.ids)
    expect(rows.map((r) => r['主体'])).toEqual(screen.entities)
    expect(rows.map((r) => r['状态代码'])).toEqual(screen.statuses)
    for (const r of rows) expect(String(r['指标'])).toContain('双师')
    expect(rows.every((r) => r['评估日期'] === '2026-11-22')).toBe(true)
  })

  test('tracker → Parquet reads back in DuckDB with the same rows and types', async ({ page }) => {
    await page.goto(`/tracker?${ASOF}&entity=ordos`)
    await waitForEngine(page, 'dashboard-ready')
    const screen = await trackerOnScreen(page)
    const { download: d, bytes, path } = await download(page, () => page.getByTestId('export-parquet').click())
    expect(d.suggestedFilename()).toBe('tracker_2026-11-22.parquet')
    expect(bytes.toString('latin1', 0, 4)).toBe('PAR1')

    const rows = await duck(`SELECT * FROM read_parquet(${sqlPath(path)})`)
    expect(rows.map((r) => r.target_id)).toEqual(screen.ids)
    expect(rows.map((r) => r.entity_name)).toEqual(screen.entities)
    expect(rows.map((r) => r.status)).toEqual(screen.statuses)
    const types = await duck(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${sqlPath(path)}))`)
    const type = Object.fromEntries(types.map((r) => [r.column_name, r.column_type]))
    expect(type).toMatchObject({ target_id: 'VARCHAR', target_year: 'INTEGER', target_value: 'DOUBLE', gap: 'DOUBLE', latest_year: 'INTEGER' })
    const dual = rows.find((r) => r.target_id === ORDOS_DUAL)!
    expect(dual).toMatchObject({ entity_name: '鄂尔多斯市', target_value: 60, target_year: 2025, baseline_value: 58, status: 'no_new_data', comparator: '>=' })
  })

  test('with a scenario shown, the CSV carries its projected-status columns, named', async ({ page }) => {
    const scenario = encodeScenario({
      id: 'faster',
      name: '加快中职',
      assumptions: [{ indicator_id: 'dual_qualified_teacher_share_secondary', entity_id: 'bayannur', change: { mode: 'absolute', amount: 3, from_year: 2024 }, values: [] }],
    })
    await page.goto(`/tracker?${ASOF}&entity=bayannur&scenario=${scenario}`)
    await waitForEngine(page, 'dashboard-ready')
    const screen = await trackerOnScreen(page)
    await expect(page.getByTestId('scenario-banner')).toBeVisible({ timeout: ENGINE })
    await expect(page.locator('[data-testid="tracker-table"] thead')).toContainText('加快中职', { timeout: ENGINE })
    const { path } = await download(page, () => page.getByTestId('export-csv').click())
    const rows = await duck(`SELECT * FROM read_csv(${sqlPath(path)}, header = true, all_varchar = true)`)
    expect(rows.map((r) => r['目标编号'])).toEqual(screen.ids)
    expect(Object.keys(rows[0]!)).toContain('情景“加快中职”：预计状态')
    const dual = rows.find((r) => r['目标编号'] === BAYANNUR_DUAL)!
    expect(dual['情景“加快中职”：预计状态代码']).toMatch(/^[a-z_]+$/)
  })

  test('printable report: overview, tracker and chosen targets; A4 PDF in Chinese and in English', async ({ page }) => {
    await page.goto(`/report?targets=${BAYANNUR_DUAL},${ORDOS_DUAL}&${ASOF}&q=${encodeURIComponent('双师')}`)
    await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: ENGINE })
    const report = page.getByTestId('report')
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('内蒙古职业教育目标监测报告')
    await expect(page.getByRole('heading', { level: 2, name: '一、总览：重点目标' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: '二、目标追踪' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: '三、重点目标详情' })).toBeVisible()
    // Level-3 headings also name the tracker's document groups; the chosen targets are their own sections.
    const targetHeadings = page.locator('.report-target').getByRole('heading', { level: 3 })
    await expect(targetHeadings).toHaveText(['巴彦淖尔市 · 中职双师型教师占专业课教师比例', '鄂尔多斯市 · 中职双师型教师占专业课教师比例'])
    await expect(page.locator('.report-section').nth(1)).toContainText('筛选条件：搜索：双师')
    await expect(page.locator(`.report-target[data-target-id="${BAYANNUR_DUAL}"] canvas`)).toBeVisible({ timeout: ENGINE })

    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.app-header')).toBeHidden()
    await expect(page.locator('.report-tools')).toBeHidden()
    await expect(page.getByRole('heading', { level: 2, name: '三、重点目标详情' })).toBeVisible()
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    mkdirSync(OUT, { recursive: true })
    writeFileSync(`${OUT}/report-zh.pdf`, pdf)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(30_000)
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBeGreaterThanOrEqual(3)
    await page.emulateMedia({ media: 'screen' })

    // Remove a target from the report; the URL keeps the choice.
    await page.locator(`.report-target[data-target-id="${ORDOS_DUAL}"] .report-remove`).click()
    await expect(page).toHaveURL(new RegExp(`targets=${BAYANNUR_DUAL}(&|$)`))
    await expect(targetHeadings).toHaveCount(1)

    await page.goto(`/report?targets=${BAYANNUR_DUAL}&${ASOF}&lang=en`)
    await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: ENGINE })
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Inner Mongolia Vocational Education Target Monitor: Report')
    await expect(page.getByRole('heading', { level: 2, name: '3. Selected targets' })).toBeVisible()
    await expect(targetHeadings).toContainText('Bayannur')
    const en = await page.pdf({ format: 'A4' })
    expect(en.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(en.length).toBeGreaterThan(30_000)
  })

  test('from the tracker to the report with the same filters', async ({ page }) => {
    await page.goto(`/tracker?${ASOF}&entity=bayannur`)
    await waitForEngine(page, 'dashboard-ready')
    const screen = await trackerOnScreen(page)
    await page.getByTestId('export-report').click()
    await expect(page).toHaveURL(/\/report\?.*entity=bayannur/)
    await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: ENGINE })
    const tracker = page.locator('.report-section').nth(1).locator('[data-testid="tracker-table"] tbody tr')
    await expect(tracker).toHaveCount(screen.ids.length)
  })
})
