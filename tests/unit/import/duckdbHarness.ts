// The import pipeline's SQL, run for real against DuckDB's Node build (same engine as the
// browser's DuckDB-WASM). Test files mock src/db/query, src/db/client and src/db/ingest with
// the functions below (vi.mock must sit in the test file itself to be hoisted).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTRACT } from '../../../src/db/contract'
import { IMPORT_TABLE_NAMES } from '../../../src/types/contract'

let conn: DuckDBConnection | null = null
/** Files "registered" with the engine live here; DuckDB finds them through file_search_path. */
export const fileDir = mkdtempSync(join(tmpdir(), 'import-unit-'))

export async function connection(): Promise<DuckDBConnection> {
  if (conn) return conn
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  await conn.run(`SET file_search_path = '${fileDir}'`)
  return conn
}

const plain = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v)

export async function queryRows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = await connection()
  const reader = params.length ? await c.runAndReadAll(sql, params as never) : await c.runAndReadAll(sql)
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])) as T)
}

export async function execute(sql: string, params: unknown[] = []): Promise<void> {
  const c = await connection()
  if (params.length) await c.run(sql, params as never)
  else await c.run(sql)
}

export async function registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> {
  writeFileSync(join(fileDir, name), bytes)
}

export async function dropFile(name: string): Promise<void> {
  rmSync(join(fileDir, name), { force: true })
}

/** Stand-in for the browser's worker decode: DuckDB's own Parquet reader into the raw table. */
export async function insertParquet(source: ArrayBuffer | Blob, rawName: string): Promise<string[]> {
  const path = `${rawName}.parquet`
  const buffer = source instanceof Blob ? await source.arrayBuffer() : source
  writeFileSync(join(fileDir, path), new Uint8Array(buffer))
  await execute(`CREATE OR REPLACE TABLE "${rawName}" AS SELECT * FROM read_parquet('${path}')`)
  const cols = await queryRows<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`, [rawName])
  return cols.map((c) => c.name)
}

/** The live tables, empty, as the contract types them, with the extra columns the app keeps (aliases, notes). */
export async function createLiveTables(): Promise<void> {
  // Imported here, not at the top: test files mock src/db/ingest with functions of this module.
  const { EXTRA_COLUMNS } = await import('../../../src/db/contract')
  for (const t of IMPORT_TABLE_NAMES) {
    const cols = CONTRACT[t].map((c) => `"${c.name}" ${c.type}`)
    for (const extra of EXTRA_COLUMNS[t] ?? []) cols.push(`"${extra}" VARCHAR`)
    await execute(`CREATE OR REPLACE TABLE "${t}" (${cols.join(', ')})`)
  }
}

/** A CSV "file" as the picker hands it over. */
/** `INSERT INTO table (its contract columns) VALUES …`: extra columns stay NULL. */
export async function insertRows(table: keyof typeof CONTRACT, values: string): Promise<void> {
  await execute(`INSERT INTO "${table}" (${CONTRACT[table].map((c) => `"${c.name}"`).join(', ')}) VALUES ${values}`)
}

export function csvFile(name: string, lines: string[]): { name: string; blob: Blob } {
  return { name, blob: new Blob([lines.join('\n') + '\n']) }
}
