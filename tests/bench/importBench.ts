// Import benchmark: a generated 1,000,000-row observations Parquet (valid ids from the bundled
// catalogue) is chosen in the real file input of the built app in headless Chromium, checked
// (preview) and applied. Time = validate (file chosen → preview ready, decoding included) +
// merge (apply → live tables swapped), from the app's own performance marks; the median of
// `runs`. Peak JS heap of the page's main thread is sampled while it runs.
// Standalone: `npx tsx tests/bench/importBench.ts [runs]` (after `npm run build`).
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DuckDBInstance } from '@duckdb/node-api'
import { browserPath, LAUNCH_ARGS } from '../support/browser'
import { median } from './stats'
import { openFreshApp, runStandalone } from './appPage'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT = join(ROOT, 'tests', 'output', 'bench')
export const BIG_FILE = join(OUT, 'observations_1m.parquet')
const ROWS = 1_000_000
const AS_OF = '2026-11-22'

/**
 * Write (once) 1,000,000 observations over every bundled indicator × entity × 2000–2025, two
 * source tables each. A value depends only on (indicator, entity, year), so the two sources
 * agree (no conflicts); percentages stay in 0–100 and nothing is negative: every row is valid.
 */
export async function ensureBigObservations(path = BIG_FILE): Promise<string> {
  if (existsSync(path)) return path
  mkdirSync(dirname(path), { recursive: true })
  const data = join(ROOT, 'public', 'data')
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  await conn.run(`
    COPY (
      SELECT i.indicator_id, e.entity_id, CAST(y AS SMALLINT) AS year,
             CASE WHEN i.unit = 'percent' THEN (hash(i.indicator_id, e.entity_id, y) % 1000) / 10.0
                  ELSE CAST(hash(i.indicator_id, e.entity_id, y) % 100000 AS DOUBLE) END AS value,
             CAST(NULL AS DATE) AS period_end, 'bench:generated statistics' AS source_doc, '表' || s AS source_ref,
             CAST(NULL AS VARCHAR) AS quote
        FROM read_parquet('${join(data, 'indicators.parquet')}') i, read_parquet('${join(data, 'entities.parquet')}') e,
             range(2000, 2026) AS years(y), range(1, 3) AS sources(s)
       ORDER BY s, y, i.indicator_id, e.entity_id
       LIMIT ${ROWS}
    ) TO '${path}' (FORMAT parquet, COMPRESSION 'snappy', ROW_GROUP_SIZE 100000)`)
  conn.closeSync()
  db.closeSync()
  return path
}

export async function benchImport(baseUrl: string, runs: number): Promise<{ medianMs: number; peakHeapBytes: number }> {
  const file = await ensureBigObservations()
  const browser = await chromium.launch({ executablePath: browserPath(), args: LAUNCH_ARGS })
  const times: number[] = []
  let peakHeapBytes = 0
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await openFreshApp(browser, `${baseUrl}/?asof=${AS_OF}`)
      const cdp = await context.newCDPSession(page)
      let sampling = true
      const sampler = (async () => {
        while (sampling) {
          try {
            const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
            peakHeapBytes = Math.max(peakHeapBytes, usedSize)
          } catch {
            /* page busy or closing */
          }
          await new Promise((r) => setTimeout(r, 25))
        }
      })()
      await page.getByTestId('import-file').setInputFiles(file)
      await page.getByTestId('import-preview').waitFor({ timeout: 300_000 })
      await page.getByTestId('import-apply').click()
      await page.waitForFunction(() => performance.getEntriesByName('import-applied').length > 0, undefined, { timeout: 300_000 })
      sampling = false
      await sampler
      const [started, decoded, staged, checked, good, diffed, previewed, applyStarted, applied] = await page.evaluate(
        (names) => names.map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN),
        ['import-started', 'import-decoded', 'import-staged', 'import-checked', 'import-good', 'import-diffed', 'import-preview-ready', 'import-apply-started', 'import-applied'],
      )
      times.push(previewed - started + (applied - applyStarted))
      const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`
      console.log(
        `  import run ${i + 1}: decode ${ms(started, decoded)}, typed staging ${ms(decoded, staged)}, checks ${ms(staged, checked)}, good rows ${ms(checked, good)}, ` +
          `diff ${ms(good, diffed)}, status ${ms(diffed, previewed)}, merge ${ms(applyStarted, applied)}`,
      )
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return { medianMs: median(times), peakHeapBytes }
}

await runStandalone(import.meta.url, 3, async (url, runs) => {
  const r = await benchImport(url, runs)
  console.log(`import 1,000,000 observations (median of ${runs}): ${r.medianMs.toFixed(0)} ms; peak JS heap ${(r.peakHeapBytes / 1024 / 1024).toFixed(1)} MB`)
})
