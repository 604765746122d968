// Parquet → Arrow IPC, one row group at a time. DuckDB-WASM 1.29+ has no built-in Parquet
// reader (it would download an extension, which fails offline), so hyparquet decodes and
// DuckDB receives Arrow. Used inside decode.worker.ts to keep the main thread free.
import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { Bool, Dictionary, Float64, Int32, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow'

import { MAX_DECODED_BYTES, MAX_TEXT_CHARS } from './parquetLimits'
import { classifyReaderError, nestedKind, ParquetRefusal, readerProblem, topLevelColumns } from './parquetSupport'

export { classifyReaderError, ParquetRefusal } from './parquetSupport'

export interface DecodedBatch {
  /** Arrow IPC stream of one row group */
  ipc: Uint8Array
  rows: number
  rowGroup: number
  rowGroups: number
}

/** A file's shape, read from its footer alone (a few KB), before anything is decoded. */
export interface ParquetShape {
  /** The flat top-level columns: the ones decoded. */
  columns: string[]
  /** Nested columns (LIST, MAP, STRUCT): never decoded; named if the table needs one. */
  nested: { column: string; kind: string }[]
  rows: number
  rowGroups: number
  /** Uncompressed size of all column data, as the footer declares it. */
  decodedBytes: number
}

/** Text values longer than MAX_TEXT_CHARS, per column. */
export interface TextCut {
  column: string
  count: number
  longest: number
}

/** A Blob read by range: only the footer and the row group being decoded are in memory. */
export function blobBuffer(blob: Blob): AsyncBuffer {
  return { byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() }
}

export function shapeOf(metadata: FileMetaData): ParquetShape {
  let decodedBytes = 0
  for (const g of metadata.row_groups) for (const c of g.columns) decodedBytes += Number(c.meta_data?.total_uncompressed_size ?? 0)
  const top = topLevelColumns(metadata.schema)
  return {
    columns: top.filter((c) => !c.element.num_children).map((c) => c.name),
    nested: top.filter((c) => c.element.num_children).map((c) => ({ column: c.name, kind: nestedKind(c.element) })),
    rows: Number(metadata.num_rows),
    rowGroups: metadata.row_groups.length,
    decodedBytes,
  }
}

export async function readShape(file: AsyncBuffer): Promise<{ metadata: FileMetaData; shape: ParquetShape }> {
  const metadata = await parquetMetadataAsync(file)
  return { metadata, shape: shapeOf(metadata) }
}

/**
 * Decode every row group that has rows; `onBatch` receives each as Arrow IPC and is awaited
 * before the next row group is read, so at most one row group is held at a time. Text longer
 * than MAX_TEXT_CHARS is cut (reported), and decoding stops past MAX_DECODED_BYTES.
 */
export async function decodeParquet(file: AsyncBuffer, onBatch: (b: DecodedBatch) => Promise<void> | void): Promise<{ columns: string[]; cut: TextCut[] }> {
  const { metadata, shape } = await readShape(file)
  if (shape.decodedBytes > MAX_DECODED_BYTES) throw new ParquetRefusal('parquet_too_large', `${shape.decodedBytes} bytes declared`)
  // What the reader cannot handle is named from the footer, before anything is decoded.
  const nested = shape.nested[0]
  if (!shape.columns.length && nested) throw new ParquetRefusal('parquet_nested_column', `${nested.kind} ${nested.column}`, { column: nested.column, feature: nested.kind })
  const problem = readerProblem(metadata, shape.columns, Object.keys(compressors))
  if (problem) throw problem
  const cuts = new Map<string, TextCut>()
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const cutText = (column: string, text: string) => {
    const cut = cuts.get(column) ?? { column, count: 0, longest: 0 }
    cut.count++
    cut.longest = Math.max(cut.longest, text.length)
    cuts.set(column, cut)
    return text.slice(0, MAX_TEXT_CHARS)
  }
  let decoded = 0
  // Thrown after parquetRead returns: hyparquet calls onChunk inside promise callbacks it does not surface.
  let refusal: ParquetRefusal | null = null
  let rowStart = 0
  const rowGroups = metadata.row_groups.length
  for (let g = 0; g < rowGroups; g++) {
    const rows = Number(metadata.row_groups[g].num_rows)
    if (rows === 0) continue // an empty row group has nothing to send (and an empty IPC batch upsets DuckDB)
    const data: Record<string, unknown[]> = {}
    await parquetRead({
      file,
      metadata,
      compressors,
      // Nested columns are left out (extra columns are ignored by the contract; a needed one is named by the importer).
      columns: shape.columns,
      // Text without a STRING mark stays as UTF-8 bytes: copied straight into Arrow, never decoded and re-encoded.
      utf8: false,
      rowStart,
      rowEnd: rowStart + rows,
      onChunk: (chunk) => {
        if (refusal) return
        const arr = (data[chunk.columnName] ??= new Array(rows))
        const values = chunk.columnData as ArrayLike<unknown>
        for (let i = 0; i < values.length; i++) {
          const at = chunk.rowStart + i - rowStart
          if (at < 0 || at >= rows) continue
          let v = values[i]
          // Text arrives as bytes, or as a string when the writer marked the column STRING.
          if (v instanceof Uint8Array) {
            decoded += v.length
            // Bytes ≥ characters, so only values this long can be too long.
            if (v.length > MAX_TEXT_CHARS) {
              const text = decoder.decode(v)
              if (text.length > MAX_TEXT_CHARS) v = encoder.encode(cutText(chunk.columnName, text))
            }
          } else if (typeof v === 'string') {
            decoded += v.length * 2
            if (v.length > MAX_TEXT_CHARS) v = cutText(chunk.columnName, v)
          } else decoded += 8
          arr[at] = v
        }
        if (decoded > MAX_DECODED_BYTES) refusal = new ParquetRefusal('parquet_too_large', `more than ${MAX_DECODED_BYTES} bytes decoded`)
      },
    }).catch((err: unknown) => {
      throw err instanceof ParquetRefusal ? err : classifyReaderError(err instanceof Error ? err.message : String(err), metadata)
    })
    if (refusal) throw refusal
    const vectors: Record<string, Vector> = {}
    for (const name of shape.columns) vectors[name] = toVector(data[name] ?? new Array(rows).fill(null))
    await onBatch({ ipc: tableToIPC(new Table(vectors), 'stream'), rows, rowGroup: g, rowGroups })
    rowStart += rows
  }
  return { columns: shape.columns, cut: [...cuts.values()] }
}

/** JS values → an Arrow vector of the narrowest lossless type we hand DuckDB; casting to
 * the contract's types happens in SQL where a failure can be reported per row. */
export function toVector(values: unknown[]): Vector {
  let kind: 'num' | 'bool' | 'str' | null = null
  for (const v of values) {
    if (v === null || v === undefined) continue
    const k = typeof v === 'number' || typeof v === 'bigint' ? 'num' : typeof v === 'boolean' ? 'bool' : 'str'
    if (kind && kind !== k) { kind = 'str'; break }
    kind = k
  }
  if (kind === 'num') return float64Vector(values)
  if (kind === 'bool') return vectorFromArray(values.map((v) => (v == null ? null : Boolean(v))), new Bool())
  return textVector(values)
}

// Arrow vectors built from typed arrays directly: vectorFromArray's builders cost ~80% of the
// decode time of a 1,000,000-row file.

function validity(values: unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8))
  let nullCount = 0
  for (let i = 0; i < values.length; i++) {
    if (values[i] == null) nullCount++
    else nullBitmap[i >> 3] |= 1 << (i & 7)
  }
  return { nullBitmap, nullCount }
}

function float64Vector(values: unknown[]): Vector {
  const data = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v != null) data[i] = Number(v)
  }
  return makeVector(makeData({ type: new Float64(), length: values.length, data, ...validity(values) }))
}

/** Text as Utf8, or dictionary-encoded when values repeat (ids, codes): a fraction of the bytes
 * to copy through IPC into DuckDB, which reads Arrow dictionaries natively. */
function textVector(values: unknown[]): Vector {
  const byText = new Map<string, number>()
  // hyparquet hands out one object per dictionary entry, so most lookups hit by identity.
  const byRef = new Map<unknown, number>()
  const uniques: string[] = []
  const indices = new Int32Array(values.length)
  const limit = values.length / 4
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v == null) continue
    let at = byRef.get(v)
    if (at === undefined) {
      const text = v instanceof Uint8Array ? new TextDecoder().decode(v) : toText(v)!
      at = byText.get(text)
      if (at === undefined) {
        if (uniques.length >= limit) return utf8Vector(values)
        at = uniques.length
        byText.set(text, at)
        uniques.push(text)
      }
      if (typeof v === 'object' && byRef.size < 10_000) byRef.set(v, at)
    }
    indices[i] = at
  }
  return makeVector(
    makeData({ type: new Dictionary(new Utf8(), new Int32()), length: values.length, data: indices, dictionary: utf8Vector(uniques), ...validity(values) }),
  )
}

function utf8Vector(values: unknown[]): Vector {
  const encoder = new TextEncoder()
  const encoded = new Map<string, Uint8Array>() // ids repeat: encode each distinct string once
  const parts: (Uint8Array | null)[] = new Array(values.length)
  let size = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    let bytes: Uint8Array | null = null
    if (v instanceof Uint8Array) bytes = v
    else if (v != null) {
      const text = toText(v)!
      bytes = encoded.get(text) ?? null
      if (!bytes) {
        bytes = encoder.encode(text)
        if (encoded.size < 100_000) encoded.set(text, bytes)
      }
    }
    parts[i] = bytes
    size += bytes?.length ?? 0
  }
  const data = new Uint8Array(size)
  const valueOffsets = new Int32Array(values.length + 1)
  let at = 0
  for (let i = 0; i < parts.length; i++) {
    const bytes = parts[i]
    if (bytes) {
      data.set(bytes, at)
      at += bytes.length
    }
    valueOffsets[i + 1] = at
  }
  return makeVector(makeData({ type: new Utf8(), length: values.length, data, valueOffsets, ...validity(values) }))
}

function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (v instanceof Uint8Array) return new TextDecoder().decode(v)
  return String(v)
}
