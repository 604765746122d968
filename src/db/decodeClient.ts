// Main-thread side of decode.worker.ts. The worker is thrown away after any failure or cancel,
// so no decoder state outlives a bad file (a zero-row file used to break every later import).
import DecodeWorker from './decode.worker?worker'
import type { DecodeReply } from './decode.worker'
import type { DecodedBatch, ParquetShape, TextCut } from './parquetDecode'
import { DbError } from './errors'

interface Job {
  onBatch?: (b: DecodedBatch) => Promise<void> | void
  resolve: (v: never) => void
  reject: (e: unknown) => void
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Job>()

function retire(reason: DbError) {
  worker?.terminate()
  worker = null
  for (const job of pending.values()) job.reject(reason)
  pending.clear()
}

function getWorker(): Worker {
  if (worker) return worker
  const w = (worker = new DecodeWorker())
  w.onmessage = (e: MessageEvent<DecodeReply>) => {
    const msg = e.data
    const job = pending.get(msg.id)
    if (!job) return
    if (msg.type === 'batch') {
      // Strictly in order (DuckDB creates the table from the first); the worker waits for the ack.
      Promise.resolve(job.onBatch?.(msg)).then(
        () => w.postMessage({ id: msg.id, type: 'ack' }),
        (err) => {
          pending.delete(msg.id)
          job.reject(err)
          if (worker === w) retire(new DbError('aborted', 'aborted'))
        },
      )
      return
    }
    pending.delete(msg.id)
    if (msg.type === 'error') {
      // The reader's own words are the detail; the cause and the column it names make the message.
      job.reject(new DbError('parse', msg.code, { column: msg.params?.column || '—', feature: msg.params?.feature ?? '' }, msg.message))
      if (worker === w) retire(new DbError('parse', 'parquet_unreadable'))
    } else job.resolve((msg.type === 'shape' ? msg.shape : { columns: msg.columns, cut: msg.cut }) as never)
  }
  // A crash (out of memory, a bug) must end the import with a message, never leave it pending.
  w.onerror = (e) => {
    e.preventDefault()
    if (worker === w) retire(new DbError('parse', 'parquet_unreadable', {}, e.message || 'decoder crashed'))
  }
  return w
}

function request<T>(msg: { type: 'shape' | 'decode'; blob: Blob }, signal?: AbortSignal, onBatch?: Job['onBatch']): Promise<T> {
  if (signal?.aborted) return Promise.reject(new DbError('aborted', 'import_cancelled'))
  const id = nextId++
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => retire(new DbError('aborted', 'import_cancelled'))
    signal?.addEventListener('abort', onAbort, { once: true })
    const done = <V,>(f: (v: V) => void) => (v: V) => {
      signal?.removeEventListener('abort', onAbort)
      f(v)
    }
    pending.set(id, { onBatch, resolve: done(resolve) as never, reject: done(reject) })
    getWorker().postMessage({ id, ...msg })
  })
}

/** The file's columns, rows and declared decoded size, from its footer alone. */
export function parquetShapeInWorker(blob: Blob, signal?: AbortSignal): Promise<ParquetShape> {
  return request({ type: 'shape', blob }, signal)
}

/** Decode a Parquet file in the worker; `onBatch` runs for each row group, in order. */
export function decodeParquetInWorker(
  blob: Blob,
  onBatch: (b: DecodedBatch) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<{ columns: string[]; cut: TextCut[] }> {
  return request({ type: 'decode', blob }, signal, onBatch)
}
