// Web Worker: reads slices of partitioned tables by HTTP range and decodes them off the main
// thread. It lives for the session, and so does its cache of fetched ranges and footers.
import { RangeCache, type Transfer } from './rangeBuffer'
import { readSlice, type FileRef, type SliceResult } from './readSlice'
import type { Slice } from './prune'
import { WHOLE_FILE_LIMIT } from './limits'
import { warmLinkedDataset } from './warm'

export type SliceRequest = { id: number; files: FileRef[]; slice: Slice; skip: string[] } | { id: number; warm: string }
export type SliceReply =
  | { id: number; type: 'batch'; ipc: Uint8Array; rows: number; keys: string[] }
  /** While reading: a file opened or a row group decoded, with what this request moved so far. */
  | { id: number; type: 'progress'; url: string; bytes: number; requests: number }
  | { id: number; type: 'done'; result: SliceResult; transfer: Transfer }
  | { id: number; type: 'error'; message: string }

const cache = new RangeCache(WHOLE_FILE_LIMIT)
const post = (msg: SliceReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer)

/** Set when the first real read begins: the read-ahead (warm.ts) then asks for nothing more. */
let readsBegun = false
/** Network totals already reported to the main thread (reads run one at a time: load.ts queues them). */
let accounted: Transfer = { requests: 0, bytes: 0, wholeFiles: [] }

self.onmessage = async (e: MessageEvent<SliceRequest>) => {
  if ('warm' in e.data) {
    void warmLinkedDataset(cache, e.data.warm, undefined, () => readsBegun).catch(() => undefined)
    return
  }
  const { id, files, slice, skip } = e.data
  readsBegun = true
  try {
    // From the end of the last read, so what the read-ahead moved is counted with the read it served.
    const before = accounted
    const result = await readSlice(
      cache, files, slice, new Set(skip),
      (b) => post({ id, type: 'batch', ...b }, [b.ipc.buffer]),
      (url) => post({ id, type: 'progress', url, bytes: cache.transfer.bytes - before.bytes, requests: cache.transfer.requests - before.requests }),
    )
    // What this request moved over the network (cache hits cost nothing).
    const transfer: Transfer = {
      requests: cache.transfer.requests - before.requests,
      bytes: cache.transfer.bytes - before.bytes,
      wholeFiles: cache.transfer.wholeFiles.slice(before.wholeFiles.length),
    }
    accounted = { ...cache.transfer, wholeFiles: [...cache.transfer.wholeFiles] }
    post({ id, type: 'done', result, transfer })
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
