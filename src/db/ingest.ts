// Getting bytes into DuckDB: Parquet decoded in the worker, inserted as Arrow batches into a
// raw staging table, then cast into the contract's typed table in one statement.
import { getConnection } from './client'
import { tableFromIPC } from 'apache-arrow'
import { CONTRACT, typedColumns } from './contract'
import { decodeParquetInWorker } from './decodeClient'
import type { DecodedBatch, TextCut } from './parquetDecode'
import { DbError, toDbError } from './errors'
import { execute, memoryError, quoteIdent } from './query'
import type { TableName } from '../types/contract'

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

export interface InsertOptions {
  signal?: AbortSignal
  /** Told which text columns had values cut to MAX_TEXT_CHARS. */
  onTextCut?: (cuts: TextCut[]) => void
}

/** A Parquet file already decoded in the worker, its Arrow batches kept to be inserted later. */
export interface DecodedParquet {
  columns: string[]
  cut: TextCut[]
  batches: DecodedBatch[]
}

/**
 * Decode now, insert later: small files are decoded while DuckDB-WASM is still starting (the
 * decode worker is idle then), so only the inserts wait for the engine (dataset.ts).
 */
export async function decodeAhead(source: ArrayBuffer): Promise<DecodedParquet> {
  const batches: DecodedBatch[] = []
  try {
    const { columns, cut } = await decodeParquetInWorker(new Blob([source]), (b) => void batches.push(b))
    return { columns, cut, batches }
  } catch (err) {
    throw memoryError(err) ?? toDbError(err, 'parse', 'parquet_unreadable')
  }
}

/**
 * An Arrow IPC stream decoded ahead of time (the bundled data's build-time copies,
 * data/lib/decoded.ts): inserted as it is, with no Parquet decoding at start.
 */
export async function decodedCopy(url: string): Promise<DecodedParquet> {
  const ipc = new Uint8Array(await fetchBytes(url))
  const table = tableFromIPC(ipc)
  return { columns: table.schema.fields.map((f) => f.name), cut: [], batches: [{ ipc, rows: table.numRows, rowGroup: 0, rowGroups: 1 }] }
}

const isDecoded = (s: Blob | ArrayBuffer | DecodedParquet): s is DecodedParquet => 'batches' in s

/**
 * Decode Parquet into a raw table `rawName`, one row group at a time; returns the file's column
 * names. Each file gets its own connection, closed afterwards: DuckDB-WASM keeps a half-read
 * Arrow stream per connection, and a bad file must not leave one behind for the next import.
 */
export async function insertParquet(
  source: Blob | ArrayBuffer | DecodedParquet,
  rawName: string,
  onProgress?: (p: Omit<IngestProgress, 'table'>) => void,
  options: InsertOptions = {},
): Promise<string[]> {
  const conn = await (await getConnection()).bindings.connect()
  let rows = 0
  let created = false
  const insert = async (batch: DecodedBatch) => {
    await conn.insertArrowFromIPCStream(batch.ipc, { name: rawName, create: !created })
    created = true
    rows += batch.rows
    onProgress?.({ rowGroup: batch.rowGroup + 1, rowGroups: batch.rowGroups, rows })
  }
  try {
    await execute(`DROP TABLE IF EXISTS ${quoteIdent(rawName)}`)
    let decoded: { columns: string[]; cut: TextCut[] }
    if (isDecoded(source)) {
      for (const batch of source.batches) await insert(batch)
      decoded = source
    } else {
      decoded = await decodeParquetInWorker(source instanceof Blob ? source : new Blob([source]), insert, options.signal)
    }
    const { columns, cut } = decoded
    if (cut.length) options.onTextCut?.(cut)
    if (rows === 0) throw new DbError('schema', 'empty_file')
    return columns
  } catch (err) {
    throw memoryError(err) ?? toDbError(err, 'parse', 'parquet_unreadable')
  } finally {
    await conn.close().catch(() => undefined)
  }
}

/** Cast a raw table into the contract's typed table `target` (created or replaced). */
export async function materialiseTable(table: TableName, rawName: string, rawColumns: string[], target: string = table): Promise<void> {
  const present = new Set(rawColumns)
  const missing = CONTRACT[table].filter((c) => c.required && !present.has(c.name)).map((c) => c.name)
  if (missing.length) throw new DbError('schema', 'missing_columns', { table, columns: missing.join(', ') })
  try {
    await execute(`CREATE OR REPLACE TABLE ${quoteIdent(target)} AS SELECT ${typedColumns(table, rawColumns).join(', ')} FROM ${quoteIdent(rawName)}`)
  } catch (err) {
    throw toDbError(err, 'schema', 'cast_failed', { table })
  }
}
