// Main-thread side of slice.worker.ts: one long-lived worker (it holds the session's range
// cache), requests matched by id, batches handed on strictly in order.
import SliceWorker from './slice.worker?worker'
import type { SliceReply } from './slice.worker'
import type { FileRef, SliceBatch, SliceResult } from './readSlice'
import type { Transfer } from './rangeBuffer'
import type { Slice } from './prune'
import { DbError } from '../errors'
import { isManifestUrl, linkProblem } from '../import/remote'

/** A file opened or a row group decoded; bytes and requests are this read's so far. */
export type SliceProgress = { url: string; bytes: number; requests: number }

type Job = {
  onBatch: (b: SliceBatch) => Promise<void> | void
  onProgress: (p: SliceProgress) => void
  resolve: (r: { result: SliceResult; transfer: Transfer }) => void
  reject: (e: unknown) => void
  chain: Promise<void>
}

let worker: Worker | null = null
let nextId = 1
const jobs = new Map<number, Job>()

function getWorker(): Worker {
  if (worker) return worker
  worker = new SliceWorker()
  worker.onmessage = (e: MessageEvent<SliceReply>) => {
    const msg = e.data
    const job = jobs.get(msg.id)
    if (!job) return
    if (msg.type === 'progress') {
      job.onProgress({ url: msg.url, bytes: msg.bytes, requests: msg.requests })
      return
    }
    if (msg.type === 'batch') {
      job.chain = job.chain.then(() => job.onBatch(msg))
      return
    }
    jobs.delete(msg.id)
    if (msg.type === 'done') job.chain.then(() => job.resolve({ result: msg.result, transfer: msg.transfer }), job.reject)
    else job.chain.finally(() => job.reject(new DbError('parse', 'parquet_unreadable', {}, msg.message)))
  }
  return worker
}

/** Start the worker (its chunk: hyparquet, the decompressors, Arrow) before the first slice is asked for. */
export function warmSliceWorker(): void {
  getWorker()
}

/**
 * A ?data= link to a dataset manifest: start reading ahead what a partitioned dataset's first view
 * needs (warm.ts) while DuckDB starts. Only links the importer itself would open (http/https).
 */
export function readAheadLink(link: string): void {
  if (!isManifestUrl(link) || linkProblem(link)) return
  getWorker().postMessage({ id: nextId++, warm: new URL(link, location.href).href })
}

/** Read the row groups of `files` that may match `slice`, except the keys in `skip`. */
export function readSliceInWorker(
  files: FileRef[],
  slice: Slice,
  skip: string[],
  onBatch: (b: SliceBatch) => Promise<void> | void,
  onProgress: (p: SliceProgress) => void = () => undefined,
): Promise<{ result: SliceResult; transfer: Transfer }> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    jobs.set(id, { onBatch, onProgress, resolve, reject, chain: Promise.resolve() })
    getWorker().postMessage({ id, files, slice, skip })
  })
}
