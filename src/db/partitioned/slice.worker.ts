// Web Worker: reads slices of partitioned tables by HTTP range and decodes them off the main
// thread. It lives for the session, and so does its cache of fetched ranges and footers.
import { RangeCache, type Transfer } from './rangeBuffer'
import { readSlice, type FileRef, type SliceResult } from './readSlice'
import type { Slice } from './prune'
import { WHOLE_FILE_LIMIT } from './limits'

export type SliceRequest = { id: number; files: FileRef[]; slice: Slice; skip: string[] }
export type SliceReply =
  | { id: number; type: 'batch'; ipc: Uint8Array; rows: number; keys: string[] }
  /** While reading: a file opened or a row group decoded, with what this request moved so far. */
  | { id: number; type: 'progress'; url: string; bytes: number; requests: number }
  | { id: number; type: 'done'; result: SliceResult; transfer: Transfer }
  | { id: number; type: 'error'; message: string }

const cache = new RangeCache(WHOLE_FILE_LIMIT)
const post = (msg: SliceReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer)

self.onmessage = async (e: MessageEvent<SliceRequest>) => {
  const { id, files, slice, skip } = e.data
  try {
    const before = { ...cache.transfer, wholeFiles: [...cache.transfer.wholeFiles] }
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
    post({ id, type: 'done', result, transfer })
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
