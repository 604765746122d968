// Worker side of a slice read: footer first, then only the row groups whose statistics may
// match, each decoded into one Arrow IPC batch. Partition keys are not stored in the files
// (every writer moves them into the path), so they come back as constant columns.
import { parquetMetadataAsync, parquetRead, type FileMetaData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { Table, tableToIPC, type Vector } from 'apache-arrow'
import { toVector } from '../parquetDecode'
import { rowGroupStats } from './footer'
import { pruneRowGroups, type Slice } from './prune'
import { RangeReadError, type RangeCache, type RangeFailure } from './rangeBuffer'

export interface FileRef {
  url: string
  bytes: number
  partition: Record<string, string | null>
}

export interface SliceBatch {
  ipc: Uint8Array
  rows: number
  /** `url#rowGroup` of each row group in the batch: the unit the main thread remembers as loaded */
  keys: string[]
}

/** Row groups are sent to DuckDB in batches of about this many rows: a national overview reads
 * hundreds of small files, and one insert per row group cost more than reading them. */
const BATCH_ROWS = 65_536

/** Decoded row groups gathered into one Arrow batch (columns missing from a file are null). */
class BatchBuilder {
  private cols = new Map<string, unknown[]>()
  rows = 0
  keys: string[] = []

  add(key: string, rows: number, data: Record<string, unknown[]>): void {
    for (const [name, values] of Object.entries(data)) {
      let col = this.cols.get(name)
      if (!col) this.cols.set(name, (col = new Array(this.rows).fill(null)))
      for (let i = 0; i < rows; i++) col.push(values[i] ?? null)
    }
    for (const [name, col] of this.cols) if (!(name in data)) for (let i = 0; i < rows; i++) col.push(null)
    this.rows += rows
    this.keys.push(key)
  }

  take(): SliceBatch | null {
    if (this.rows === 0) return null
    const vectors: Record<string, Vector> = {}
    for (const [name, col] of this.cols) vectors[name] = toVector(col)
    const batch = { ipc: tableToIPC(new Table(vectors), 'stream'), rows: this.rows, keys: this.keys }
    this.cols = new Map()
    this.rows = 0
    this.keys = []
    return batch
  }
}

export interface SliceResult {
  filesRead: string[]
  rowGroupsRead: number
  rowGroupsSkipped: number
  failures: RangeFailure[]
}

// A footer is a few KB; 64 KB covers it in one request without pulling data pages of small files.
const FOOTER_FETCH = 1 << 16
/** Files read at the same time. A browser opens 6 connections per HTTP/1.1 host; more lanes keep
 * those busy while the worker decodes (and an HTTP/2 host, as most buckets are, serves them all). */
const PARALLEL_FILES = 12
const footers = new Map<string, Promise<FileMetaData>>()

/** A file's footer, fetched once per session (the read-ahead in warm.ts and the reads share it). */
export function footer(cache: RangeCache, f: FileRef): Promise<FileMetaData> {
  let p = footers.get(f.url)
  if (!p) {
    p = parquetMetadataAsync(cache.buffer(f.url, f.bytes), { initialFetchSize: FOOTER_FETCH })
    p.catch(() => footers.delete(f.url))
    footers.set(f.url, p)
  }
  return p
}

/** Several files in flight at once: a slice of many small partitions is bound by round trips. */
export async function inLanes<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, items.length) }, lane))
}

const typedPartition = (v: string | null): string | number | null => (v !== null && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)

export async function readSlice(
  cache: RangeCache,
  files: FileRef[],
  slice: Slice,
  skip: Set<string>,
  onBatch: (b: SliceBatch) => void,
  /** After each file's footer and each row group: the file just worked on (progress while loading). */
  onProgress: (url: string) => void = () => undefined,
): Promise<SliceResult> {
  const result: SliceResult = { filesRead: [], rowGroupsRead: 0, rowGroupsSkipped: 0, failures: [] }
  const pending = new BatchBuilder()
  await inLanes(files, readFile)
  const last = pending.take()
  if (last) onBatch(last)
  return result

  async function readFile(f: FileRef): Promise<void> {
    try {
      const file = cache.buffer(f.url, f.bytes)
      const metadata = await footer(cache, f)
      result.filesRead.push(f.url)
      onProgress(f.url)
      const groups = rowGroupStats(metadata)
      const keep = pruneRowGroups(groups, slice)
      result.rowGroupsSkipped += groups.length - keep.length
      const columns = metadata.schema.slice(1).filter((s) => !s.num_children).map((s) => s.name)
      const starts: number[] = []
      groups.reduce((at, g) => (starts.push(at), at + g.rows), 0)
      for (const g of keep) {
        const key = `${f.url}#${g}`
        if (skip.has(key)) continue
        const rows = groups[g].rows
        const data: Record<string, unknown[]> = {}
        await parquetRead({
          file, metadata, compressors, columns, utf8: false, rowStart: starts[g], rowEnd: starts[g] + rows,
          onChunk: (chunk) => {
            const arr = (data[chunk.columnName] ??= new Array(rows))
            const values = chunk.columnData as ArrayLike<unknown>
            for (let i = 0; i < values.length; i++) {
              const at = chunk.rowStart + i - starts[g]
              if (at >= 0 && at < rows) arr[at] = values[i]
            }
          },
        })
        for (const name of columns) data[name] ??= new Array(rows).fill(null)
        for (const [k, v] of Object.entries(f.partition)) {
          if (!(k in data)) data[k] = new Array(rows).fill(typedPartition(v))
        }
        pending.add(key, rows, data)
        if (pending.rows >= BATCH_ROWS) onBatch(pending.take()!)
        result.rowGroupsRead++
        onProgress(f.url)
      }
    } catch (err) {
      // One unreadable file is reported and skipped: what was read from the others stays.
      if (err instanceof RangeReadError) result.failures.push(err.failure)
      else result.failures.push({ code: 'partition_fetch_failed', url: f.url, detail: err instanceof Error ? err.message : String(err) })
    }
  }
}
