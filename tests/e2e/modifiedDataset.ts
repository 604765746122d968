// Serves the bundled dataset with a few rows changed, to see hostile text and conflicting
// sources in the browser: the Parquet files are rewritten by DuckDB (Node) and served in
// place of public/data/*.parquet through page.route, so the app loads them as usual (their
// build-time Arrow copies and the snapshots are refused, so nothing of the unmodified bundle shows).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Page } from '@playwright/test'

export const HOSTILE = '<img src=x onerror=alert(1)>'
export const HOSTILE_SCHOOL = 'bayannur_art_school'
/** A second source for Bayannur's 2024 中职 双师型 share (57.4 in 表6-1). */
export const CONFLICT = { value: 58.1, ref: '表3<b>', quote: '<script>alert(2)</script>双师型教师比例 58.1%' }

const PUBLIC_DATA = join(process.cwd(), 'public', 'data')
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`

let files: Promise<Record<string, Buffer>> | null = null

async function build(): Promise<Record<string, Buffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-modified-'))
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  const src = (t: string) => lit(join(PUBLIC_DATA, `${t}.parquet`))
  const out = (t: string) => lit(join(dir, `${t}.parquet`))
  await conn.run(`CREATE TABLE entities AS SELECT * FROM ${src('entities')}`)
  await conn.run(`UPDATE entities SET name_zh = ${lit(HOSTILE)}, name_en = ${lit(HOSTILE)} WHERE entity_id = ${lit(HOSTILE_SCHOOL)}`)
  await conn.run(`CREATE TABLE observations AS SELECT * FROM ${src('observations')}`)
  await conn.run(
    // BY NAME: the bundled table may carry extra columns (the curators' `note`), left empty here.
    `INSERT INTO observations BY NAME SELECT indicator_id, entity_id, year, ${CONFLICT.value} AS value, period_end, source_doc,
       ${lit(CONFLICT.ref)} AS source_ref, ${lit(CONFLICT.quote)} AS quote
       FROM observations WHERE indicator_id = 'dual_qualified_teacher_share_secondary' AND entity_id = 'bayannur' AND year = 2024`,
  )
  for (const t of ['entities', 'observations']) await conn.run(`COPY ${t} TO ${out(t)} (FORMAT parquet, COMPRESSION 'snappy')`)
  conn.closeSync()
  return { entities: readFileSync(join(dir, 'entities.parquet')), observations: readFileSync(join(dir, 'observations.parquet')) }
}

/** Route the bundled entities and observations to the modified copies (call before goto). */
export async function serveModifiedDataset(page: Page): Promise<void> {
  files ??= build()
  const data = await files
  for (const t of ['entities', 'observations'] as const) {
    await page.route(`**/data/${t}.parquet`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: data[t] }))
    // The build-time Arrow copies are of the unmodified bundle: without them the app decodes the Parquet.
    await page.route(`**/data/decoded/${t}.arrow`, (route) => route.fulfill({ status: 404, body: '' }))
  }
  // The snapshots are the unmodified bundle too: leave them out so only the modified data shows.
  await page.route('**/data/snapshot*.json', (route) => route.fulfill({ status: 404, body: '' }))
}
