// Web Worker: decodes Parquet off the main thread and streams Arrow IPC batches back.
import { decodeParquet } from './parquetDecode'

export type DecodeRequest = { id: number; buffer: ArrayBuffer }
export type DecodeReply =
  | { id: number; type: 'batch'; ipc: Uint8Array; rows: number; rowGroup: number; rowGroups: number }
  | { id: number; type: 'done'; columns: string[] }
  | { id: number; type: 'error'; message: string }

self.onmessage = async (e: MessageEvent<DecodeRequest>) => {
  const { id, buffer } = e.data
  const post = (msg: DecodeReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer)
  try {
    const columns = await decodeParquet(buffer, (b) => post({ id, type: 'batch', ...b }, [b.ipc.buffer]))
    post({ id, type: 'done', columns })
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
