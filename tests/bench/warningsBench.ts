// Warnings benchmark (issue 12): a generated `majors` file of 20,000 majors × 3 years (60,000
// rows, 800 generated schools under the 12 cities, loaded with their entities file) is chosen
// in the real file input of the built app on the Warnings view, previewed, applied, and the
// warnings evaluated and drawn. Time = validate (file chosen → preview ready) + apply (click →
// warnings on screen, the key-chain share recomputation included), from the app's own marks.
// Standalone: `npx tsx tests/bench/warningsBench.ts [runs]` (after `vite build --mode bench`).
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DuckDBInstance } from '@duckdb/node-api'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { median } from './stats'
import { openFreshApp, runStandalone } from './appPage'

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'output', 'bench')
export const MAJORS = 20_000
const SCHOOLS = 800
const YEARS = [2022, 2023, 2024]
const AS_OF = '2026-11-22'
const CITIES = ['hohhot', 'baotou', 'hulunbuir', 'hinggan', 'tongliao', 'chifeng', 'xilingol', 'ulanqab', 'ordos', 'bayannur', 'wuhai', 'alxa']

/**
 * Write (once) the schools and the majors. Figures are spread so that every rule fires for some
 * majors and schools (about 1 in 9 majors has both rates below their floors in a year).
 */
export async function ensureBenchMajors(): Promise<{ entities: string; majors: string }> {
  const entities = join(OUT, 'bench_entities_schools.parquet')
  const majors = join(OUT, `majors_${MAJORS / 1000}k_x3.parquet`)
  if (existsSync(entities) && existsSync(majors)) return { entities, majors }
  mkdirSync(OUT, { recursive: true })
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  await conn.run(`
    COPY (
      SELECT 'bench_school_' || s AS entity_id, '基准学校' || s AS name_zh, 'Bench school ' || s AS name_en, 'school' AS kind,
             ([${CITIES.map((c) => `'${c}'`).join(', ')}])[s % ${CITIES.length} + 1] AS parent_id
        FROM range(${SCHOOLS}) t(s)
    ) TO '${entities}' (FORMAT parquet)`)
  await conn.run(`
    COPY (
      WITH m AS (SELECT i, i % ${SCHOOLS} AS s FROM range(${MAJORS}) t(i)),
      r AS (SELECT m.*, y, hash(i, y) AS h, hash(i) AS hm FROM m, (SELECT unnest([${YEARS.join(', ')}]) AS y))
      SELECT 'bench_school_' || s AS entity_id, CAST(y AS SMALLINT) AS year, lpad(CAST(i AS VARCHAR), 6, '0') AS major_code,
             '专业' || i AS major_name, CASE WHEN s % 3 = 0 THEN 'secondary' ELSE 'higher' END AS level,
             CASE WHEN hm % 10 < 7 THEN '重点产业链' || (hm % 8) END AS key_chain,
             CAST(50 + hm % 200 AS DOUBLE) AS planned_enrolment,
             CAST(round((50 + hm % 200) * (0.8 + (h % 25) / 100.0)) AS DOUBLE) AS actual_enrolment,
             CAST(85 + h % 15 AS DOUBLE) AS report_rate,
             CAST(45 + (h >> 8) % 55 AS DOUBLE) AS employment_rate,
             CAST(30 + (h >> 16) % 65 AS DOUBLE) AS matched_employment_rate,
             'bench:generated' AS source_doc, '表' || y AS source_ref
        FROM r ORDER BY entity_id, major_code, year
    ) TO '${majors}' (FORMAT parquet, COMPRESSION 'snappy')`)
  conn.closeSync()
  db.closeSync()
  return { entities, majors }
}

export async function benchWarnings(baseUrl: string, runs: number): Promise<{ medianMs: number; warnings: number }> {
  const files = await ensureBenchMajors()
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  const times: number[] = []
  let warnings = 0
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await openFreshApp(browser, `${baseUrl}/warnings?asof=${AS_OF}`)
      await page.getByTestId('warnings-empty').waitFor({ timeout: 60_000 })
      await page.getByTestId('import-file').setInputFiles([files.entities, files.majors])
      await page.getByTestId('import-preview').waitFor({ timeout: 120_000 })
      await page.getByTestId('import-apply').click()
      await page.getByTestId('warnings-table').waitFor({ timeout: 120_000 })
      await page.waitForFunction(() => performance.getEntriesByName('warnings-rendered').length > 0, undefined, { timeout: 60_000 })
      const [started, previewed, applyStarted, applied, rendered] = await page.evaluate(
        (names) => names.map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN),
        ['import-started', 'import-preview-ready', 'import-apply-started', 'import-applied', 'warnings-rendered'],
      )
      warnings = Number((await page.getByTestId('warnings-count').textContent())?.replace(/\D/g, '') ?? 0)
      times.push(previewed - started + (rendered - applyStarted))
      console.log(`  warnings run ${i + 1}: validate ${(previewed - started).toFixed(0)} ms, apply ${(applied - applyStarted).toFixed(0)} ms, evaluate + draw ${(rendered - applied).toFixed(0)} ms`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return { medianMs: median(times), warnings }
}

await runStandalone(import.meta.url, 3, async (url, runs) => {
  const r = await benchWarnings(url, runs)
  console.log(`${MAJORS.toLocaleString('en')} majors × ${YEARS.length} years: import + warnings (median of ${runs}): ${r.medianMs.toFixed(0)} ms; ${r.warnings} warnings`)
})
