// Main-thread side of decode.worker.ts: one long-lived worker, requests matched by id.
import DecodeWorker from './decode.worker?worker'
import type { DecodeReply } from './decode.worker'
import type { DecodedBatch } from './parquetDecode'
import { DbError } from './errors'

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { onBatch: (b: DecodedBatch) => Promise<void> | void; resolve: (c: string[]) => void; reject: (e: unknown) => void; chain: Promise<void> }>()

function getWorker(): Worker {
  if (worker) return worker
  worker = new DecodeWorker()
  worker.onmessage = (e: MessageEvent<DecodeReply>) => {
    const job = pending.get(e.data.id)
    if (!job) return
    const msg = e.data
    if (msg.type === 'batch') {
      // Batches are handed on strictly in order (DuckDB creates the table from the first).
      job.chain = job.chain.then(() => job.onBatch(msg))
    } else {
      pending.delete(msg.id)
      if (msg.type === 'done') job.chain.then(() => job.resolve(msg.columns), job.reject)
      else job.chain.finally(() => job.reject(new DbError('parse', 'parquet_unreadable', {}, msg.message)))
    }
  }
  return worker
}

/** Decode a Parquet file in the worker; `onBatch` runs for each row group, in order. */
export function decodeParquetInWorker(buffer: ArrayBuffer, onBatch: (b: DecodedBatch) => Promise<void> | void): Promise<string[]> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { onBatch, resolve, reject, chain: Promise.resolve() })
    getWorker().postMessage({ id, buffer }, [buffer])
  })
}
