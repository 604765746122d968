// Bytes → a raw staging table, one per file: Parquet through the existing worker decoder
// (row group by row group), CSV decoded to UTF-8 here and read by DuckDB's core read_csv
// with every column as text (types are decided by coerce.ts, per value, with a reason).
import { dropFile, registerFileBuffer } from '../client'
import { DbError } from '../errors'
import { insertParquet } from '../ingest'
import { execute, queryRows } from '../query'
import { decodeCsvBytes } from './decodeText'
import { sniffFormat } from './sniff'
import { quoteLiteral, staging, stagingName, type LoadContext } from './context'
import type { FileFormat, ImportFile, ImportMessage } from './types'

export interface RawColumn {
  name: string
  type: string
}

export interface RawFile {
  index: number
  name: string
  size: number
  format: FileFormat | null
  encoding: string | null
  /** Quoted raw table name; null when the file could not be read. */
  raw: string | null
  columns: RawColumn[]
  rows: number
  /** Why the file could not be read (then nothing else is checked). */
  fatal: ImportMessage | null
}

const fatal = (file: string, code: string, extra: Record<string, string | number> = {}): ImportMessage => ({
  code,
  severity: 'error',
  params: { file, ...extra },
})

export async function stageRawFile(ctx: LoadContext, file: ImportFile, index: number): Promise<RawFile> {
  const out: RawFile = { index, name: file.name, size: file.blob.size, format: null, encoding: null, raw: null, columns: [], rows: 0, fatal: null }
  ctx.onProgress({ file: file.name, step: 'reading' })
  const head = new Uint8Array(await file.blob.slice(0, 4096).arrayBuffer())
  const tail = new Uint8Array(await file.blob.slice(Math.max(0, file.blob.size - 4)).arrayBuffer())
  const sniffed = sniffFormat(file.name, file.blob.size, head, tail)
  if (sniffed.format === null) return { ...out, fatal: fatal(file.name, sniffed.problem) }
  out.format = sniffed.format
  const raw = staging(ctx, 'raw', index)
  try {
    if (sniffed.format === 'parquet') {
      await insertParquet(await file.blob.arrayBuffer(), stagingName(ctx, 'raw', index), (p) =>
        ctx.onProgress({ file: file.name, step: 'decoding', ...p }),
      )
    } else {
      const decoded = decodeCsvBytes(new Uint8Array(await file.blob.arrayBuffer()))
      out.encoding = decoded.encoding
      if (decoded.text.trim() === '') return { ...out, fatal: fatal(file.name, 'empty_file') }
      await readCsvInto(ctx, raw, index, decoded.text)
    }
  } catch (err) {
    const code = err instanceof DbError && err.code === 'empty_file' ? 'empty_file' : sniffed.format === 'parquet' ? 'parquet_unreadable' : 'csv_unreadable'
    const detail = err instanceof DbError ? err.detail : String(err)
    return { ...out, fatal: fatal(file.name, code, detail ? { detail } : {}) }
  }
  out.columns = await queryRows<RawColumn>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`,
    [stagingName(ctx, 'raw', index)],
  )
  out.rows = (await queryRows<{ n: number }>(`SELECT count(*) AS n FROM ${raw}`))[0].n
  if (out.rows === 0) return { ...out, raw, fatal: fatal(file.name, 'empty_file') }
  return { ...out, raw }
}

async function readCsvInto(ctx: LoadContext, raw: string, index: number, text: string): Promise<void> {
  const path = `${stagingName(ctx, 'csv', index)}.csv`
  await registerFileBuffer(path, new TextEncoder().encode(text))
  try {
    // all_varchar: every value arrives as written; coerce.ts decides what it means.
    // null_padding: a short line gets empty cells (then "missing value") instead of failing the file.
    // parallel = false: DuckDB's parallel scanner refuses null_padding with a quoted cell that
    // holds a line break ("…第2行\n"), rejecting the whole file; the single-threaded one reads it.
    await execute(
      `CREATE OR REPLACE TABLE ${raw} AS SELECT * FROM read_csv(${quoteLiteral(path)},
         header = true, all_varchar = true, null_padding = true, parallel = false)`,
    )
  } finally {
    await dropFile(path)
  }
}
