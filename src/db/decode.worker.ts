// Web Worker: reads a Parquet file's footer, then decodes it row group by row group into Arrow
// IPC batches, waiting for the main thread to take each one (so one row group is held at a time).
// The file arrives as a Blob and is read by range: the whole file is never copied into memory.
import { blobBuffer, classifyReaderError, decodeParquet, ParquetRefusal, readShape, type DecodedBatch, type ParquetShape, type TextCut } from './parquetDecode'

export type DecodeRequest =
  | { id: number; type: 'shape'; blob: Blob }
  | { id: number; type: 'decode'; blob: Blob }
  /** The main thread has inserted batch `rowGroup`; the next may be decoded. */
  | { id: number; type: 'ack' }
export type DecodeReply =
  | { id: number; type: 'shape'; shape: ParquetShape }
  | ({ id: number; type: 'batch' } & DecodedBatch)
  | { id: number; type: 'done'; columns: string[]; cut: TextCut[] }
  | { id: number; type: 'error'; code: ParquetRefusal['code']; message: string; params: ParquetRefusal['params'] }

const acks = new Map<number, () => void>()
const post = (msg: DecodeReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer)

self.onmessage = async (e: MessageEvent<DecodeRequest>) => {
  const msg = e.data
  if (msg.type === 'ack') {
    acks.get(msg.id)?.()
    return
  }
  const { id } = msg
  try {
    if (msg.type === 'shape') {
      post({ id, type: 'shape', shape: (await readShape(blobBuffer(msg.blob))).shape })
      return
    }
    const result = await decodeParquet(blobBuffer(msg.blob), (b) =>
      new Promise<void>((resolve) => {
        acks.set(id, resolve)
        post({ id, type: 'batch', ...b }, [b.ipc.buffer])
      }),
    )
    post({ id, type: 'done', ...result })
  } catch (err) {
    const refusal = err instanceof ParquetRefusal ? err : classifyReaderError(err instanceof Error ? err.message : String(err))
    post({ id, type: 'error', code: refusal.code, message: refusal.message, params: refusal.params })
  } finally {
    acks.delete(id)
  }
}
