// Bytes → a raw staging table, one per file: Parquet through the existing worker decoder
// (row group by row group), CSV decoded to UTF-8 here and read by DuckDB's core read_csv
// with every column as text (types are decided by coerce.ts, per value, with a reason).
import { dropFile, registerFileBuffer } from '../client'
import { DbError, isAbort } from '../errors'
import { insertParquet } from '../ingest'
import { parquetShapeInWorker } from '../decodeClient'
import { MAX_DECODED_BYTES, MAX_TEXT_CHARS } from '../parquetLimits'
import { READER_LIMIT_CODES } from '../parquetSupport'
import { detectTable } from './detect'
import { execute, queryRows } from '../query'
import { decodeCsvBytes } from './decodeText'
import { sniffFormat } from './sniff'
import { readWorkbookForImport } from './xlsxStage'
import type { RefusedRow } from '../../spreadsheet/sheetRows'
import { csvRecordLines, type RowPlaces } from './rowPlaces'
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
  /** What reading changed, for the preview (text cut to the length limit). */
  notes: ImportMessage[]
  /** Where each data row sits in the file (CSV line, sheet cell); null for Parquet (row = data row). */
  places: RowPlaces | null
  /** Workbook rows the reader refused before staging (a formula, 约5万 …): rejected rows too. */
  refused: RefusedRow[]
}

/** Codes a file-level failure keeps as they are (each has its own message); others become "unreadable". */
const OWN_CODES = new Set<string>(['empty_file', 'parquet_no_rows', 'parquet_unsupported', 'parquet_too_large', 'memory_exceeded', ...READER_LIMIT_CODES])

const fatal = (file: string, code: string, extra: Record<string, string | number> = {}): ImportMessage => ({
  code,
  severity: 'error',
  params: { file, ...extra },
})

export async function stageRawFile(ctx: LoadContext, file: ImportFile, index: number): Promise<RawFile> {
  const out: RawFile = { index, name: file.name, size: file.blob.size, format: null, encoding: null, raw: null, columns: [], rows: 0, fatal: null, notes: [], places: null, refused: [] }
  ctx.onProgress({ file: file.name, step: 'reading' })
  const head = new Uint8Array(await file.blob.slice(0, 4096).arrayBuffer())
  const tail = new Uint8Array(await file.blob.slice(Math.max(0, file.blob.size - 4)).arrayBuffer())
  const sniffed = sniffFormat(file.name, file.blob.size, head, tail)
  if (sniffed.format === null) return { ...out, fatal: fatal(file.name, sniffed.problem) }
  out.format = sniffed.format
  const raw = staging(ctx, 'raw', index)
  try {
    if (sniffed.format === 'parquet') {
      // The footer first: a file of the wrong shape, with no rows, or too large is refused before
      // a single value is decoded (a 4 KB file once decoded to 4.2 GB before its columns were checked).
      const shape = await parquetShapeInWorker(file.blob, ctx.signal)
      const columns = shape.columns.map((name) => ({ name, type: 'UNKNOWN' }))
      if (shape.rows === 0) return { ...out, columns, fatal: fatal(file.name, 'parquet_no_rows', { columns: shape.columns.join(', ') }) }
      const detection = detectTable([...shape.columns, ...shape.nested.map((n) => n.column)], file.name)
      // A column the table needs is nested (LIST, MAP, STRUCT): name it rather than call it missing.
      const nested = detection.table ? shape.nested.find((n) => Object.values(detection.mapping).includes(n.column)) : undefined
      if (nested) return { ...out, columns, fatal: fatal(file.name, 'parquet_nested_column', { column: nested.column, feature: nested.kind }) }
      if (!detection.table || detection.missing.length) return { ...out, columns, rows: shape.rows } // pipeline says what is wrong
      if (shape.decodedBytes > MAX_DECODED_BYTES) {
        const rows = Math.floor((shape.rows * MAX_DECODED_BYTES) / shape.decodedBytes)
        return { ...out, fatal: fatal(file.name, 'parquet_too_large', { limit: `${MAX_DECODED_BYTES / 1024 / 1024} MB`, rows: rows.toLocaleString() }) }
      }
      await insertParquet(file.blob, stagingName(ctx, 'raw', index), (p) => ctx.onProgress({ file: file.name, step: 'decoding', ...p }), {
        signal: ctx.signal,
        onTextCut: (cuts) => {
          for (const c of cuts) out.notes.push({ code: 'text_cut', severity: 'warning', params: { file: file.name, column: c.column, count: c.count, limit: MAX_TEXT_CHARS, longest: c.longest } })
        },
      })
    } else if (sniffed.format === 'xlsx') {
      const book = await readWorkbookForImport(ctx, file)
      out.notes.push(...book.notes)
      if (book.fatal || book.csv === null) return { ...out, fatal: book.fatal ?? fatal(file.name, 'xlsx_unreadable') }
      await readCsvInto(ctx, raw, index, book.csv)
      out.places = book.places
      out.refused = book.refused
    } else {
      const decoded = decodeCsvBytes(new Uint8Array(await file.blob.arrayBuffer()))
      out.encoding = decoded.encoding
      if (decoded.text.trim() === '') return { ...out, fatal: fatal(file.name, 'empty_file') }
      await readCsvInto(ctx, raw, index, decoded.text)
      out.places = csvRecordLines(decoded.text)
    }
  } catch (err) {
    if (isAbort(err)) throw err
    const known = err instanceof DbError && OWN_CODES.has(err.code)
    const code = known ? err.code : sniffed.format === 'parquet' ? 'parquet_unreadable' : 'csv_unreadable'
    const detail = err instanceof DbError ? err.detail : String(err)
    return { ...out, fatal: fatal(file.name, code, { ...(known ? err.params : {}), ...(detail ? { detail } : {}) }) }
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
