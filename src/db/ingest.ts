// Getting bytes into DuckDB: Parquet decoded in the worker, inserted as Arrow batches into a
// raw staging table, then cast into the contract's typed table in one statement.
import { getConnection } from './client'
import { CONTRACT } from './contract'
import { decodeParquetInWorker } from './decodeClient'
import { DbError, toDbError } from './errors'
import { execute, quoteIdent } from './query'
import type { TableName } from '../types/contract'

/** Columns beyond the contract that the app uses when present. */
export const EXTRA_COLUMNS: Partial<Record<TableName, string[]>> = { entities: ['aliases'] }

export interface IngestProgress {
  table: TableName
  rowGroup: number
  rowGroups: number
  rows: number
}

/** Fetch a file from the app's own origin (or a user-given URL) as bytes. */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let res: Response
  try {
    res = await fetch(url, { signal })
  } catch (err) {
    throw toDbError(err, 'io', 'fetch_failed', { url })
  }
  if (!res.ok) throw new DbError('io', 'fetch_failed', { url }, `HTTP ${res.status}`)
  return res.arrayBuffer()
}

/** Decode Parquet bytes into a raw table `rawName`; returns the file's column names. */
export async function insertParquet(buffer: ArrayBuffer, rawName: string, onProgress?: (p: Omit<IngestProgress, 'table'>) => void): Promise<string[]> {
  const conn = await getConnection()
  let rows = 0
  await execute(`DROP TABLE IF EXISTS ${quoteIdent(rawName)}`)
  const columns = await decodeParquetInWorker(buffer, async (batch) => {
    await conn.insertArrowFromIPCStream(batch.ipc, { name: rawName, create: batch.rowGroup === 0 })
    rows += batch.rows
    onProgress?.({ rowGroup: batch.rowGroup + 1, rowGroups: batch.rowGroups, rows })
  })
  if (rows === 0) throw new DbError('schema', 'empty_file')
  return columns
}

/** Cast a raw table into the contract's typed table `target` (created or replaced). */
export async function materialiseTable(table: TableName, rawName: string, rawColumns: string[], target: string = table): Promise<void> {
  const present = new Set(rawColumns)
  const missing = CONTRACT[table].filter((c) => c.required && !present.has(c.name)).map((c) => c.name)
  if (missing.length) throw new DbError('schema', 'missing_columns', { table, columns: missing.join(', ') })
  const selects = CONTRACT[table].map((c) =>
    present.has(c.name) ? `CAST(${quoteIdent(c.name)} AS ${c.type}) AS ${quoteIdent(c.name)}` : `CAST(NULL AS ${c.type}) AS ${quoteIdent(c.name)}`,
  )
  for (const extra of EXTRA_COLUMNS[table] ?? []) {
    selects.push(present.has(extra) ? `CAST(${quoteIdent(extra)} AS VARCHAR) AS ${quoteIdent(extra)}` : `CAST(NULL AS VARCHAR) AS ${quoteIdent(extra)}`)
  }
  try {
    await execute(`CREATE OR REPLACE TABLE ${quoteIdent(target)} AS SELECT ${selects.join(', ')} FROM ${quoteIdent(rawName)}`)
  } catch (err) {
    throw toDbError(err, 'schema', 'cast_failed', { table })
  }
}
