// Parquet → Arrow IPC, one row group at a time. DuckDB-WASM 1.29+ has no built-in Parquet
// reader (it would download an extension, which fails offline), so hyparquet decodes and
// DuckDB receives Arrow. Used inside decode.worker.ts to keep the main thread free.
import { parquetMetadata, parquetRead } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow'

export interface DecodedBatch {
  /** Arrow IPC stream of one row group */
  ipc: Uint8Array
  rows: number
  rowGroup: number
  rowGroups: number
}

/** Decode every row group; `onBatch` receives each as Arrow IPC. Returns the column names. */
export async function decodeParquet(buffer: ArrayBuffer, onBatch: (b: DecodedBatch) => void): Promise<string[]> {
  const metadata = parquetMetadata(buffer)
  const columns = metadata.schema.slice(1).filter((s) => !s.num_children).map((s) => s.name)
  let rowStart = 0
  const rowGroups = metadata.row_groups.length
  for (let g = 0; g < rowGroups; g++) {
    const rows = Number(metadata.row_groups[g].num_rows)
    const data: Record<string, unknown[]> = {}
    await parquetRead({
      file: buffer,
      metadata,
      compressors,
      rowStart,
      rowEnd: rowStart + rows,
      onChunk: (chunk) => {
        const arr = (data[chunk.columnName] ??= new Array(rows))
        const values = chunk.columnData as ArrayLike<unknown>
        for (let i = 0; i < values.length; i++) {
          const at = chunk.rowStart + i - rowStart
          if (at >= 0 && at < rows) arr[at] = values[i]
        }
      },
    })
    const vectors: Record<string, Vector> = {}
    for (const name of columns) vectors[name] = toVector(data[name] ?? new Array(rows).fill(null))
    onBatch({ ipc: tableToIPC(new Table(vectors), 'stream'), rows, rowGroup: g, rowGroups })
    rowStart += rows
  }
  return columns
}

/** JS values → an Arrow vector of the narrowest lossless type we hand DuckDB; casting to
 * the contract's types happens in SQL where a failure can be reported per row. */
function toVector(values: unknown[]): Vector {
  let kind: 'num' | 'bool' | 'str' | null = null
  for (const v of values) {
    if (v === null || v === undefined) continue
    const k = typeof v === 'number' || typeof v === 'bigint' ? 'num' : typeof v === 'boolean' ? 'bool' : 'str'
    if (kind && kind !== k) { kind = 'str'; break }
    kind = k
  }
  if (kind === 'num') return vectorFromArray(values.map((v) => (v == null ? null : Number(v))), new Float64())
  if (kind === 'bool') return vectorFromArray(values.map((v) => (v == null ? null : Boolean(v))), new Bool())
  return vectorFromArray(values.map(toText), new Utf8())
}

function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (v instanceof Uint8Array) return new TextDecoder().decode(v)
  return String(v)
}
