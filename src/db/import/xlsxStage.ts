// A workbook in the import pipeline: read in its own worker (xlsx.worker.ts), then handed to
// the CSV path as text, with the cell-addressed refusals as the file's notes. One worker per
// file, ended when done or cancelled, so nothing of a bad workbook outlives it.
import { DbError } from '../errors'
import { queryRows } from '../query'
import { live, type LoadContext } from './context'
import type { ImportFile, ImportMessage } from './types'
import type { RowPlaces } from './rowPlaces'
import type { XlsxReply, XlsxRequest } from './xlsx.worker'
import type { RefusedRow } from '../../spreadsheet/sheetRows'

export interface WorkbookRead {
  csv: string | null
  notes: ImportMessage[]
  fatal: ImportMessage | null
  places: RowPlaces | null
  /** Rows the reader refused (a formula, 约5万 …), for the rejected-rows download. */
  refused: RefusedRow[]
}

const note = (file: string, n: { code: string; params: Record<string, string | number> }, severity: ImportMessage['severity']): ImportMessage => ({
  code: n.code,
  severity,
  params: { file, ...n.params },
})

export async function readWorkbookForImport(ctx: LoadContext, file: ImportFile): Promise<WorkbookRead> {
  const units = await queryRows<{ indicator_id: string; unit: string }>(`SELECT indicator_id, unit FROM ${live(ctx, 'indicators')}`)
  const { default: XlsxWorker } = await import('./xlsx.worker?worker')
  const worker: Worker = new XlsxWorker()
  try {
    const reply = await new Promise<Extract<XlsxReply, { type: 'done' }>>((resolve, reject) => {
      const stop = () => reject(new DbError('aborted', 'import_cancelled'))
      if (ctx.signal?.aborted) return stop()
      ctx.signal?.addEventListener('abort', stop, { once: true })
      worker.onmessage = (e: MessageEvent<XlsxReply>) => {
        if (e.data.type === 'progress') ctx.onProgress({ file: file.name, step: 'decoding', rows: e.data.rows })
        else resolve(e.data)
      }
      worker.onerror = (e) => {
        e.preventDefault()
        resolve({ type: 'done', csv: null, notes: [], fatal: { code: 'xlsx_unreadable', params: { detail: e.message || 'reader crashed' } } })
      }
      worker.postMessage({ blob: file.blob, fileName: file.name, units: units.map((u) => [u.indicator_id, u.unit]) } satisfies XlsxRequest)
    })
    const notes = reply.notes.map((n) => note(file.name, n, n.code === 'xlsx_read_sheet' || n.code === 'xlsx_unanswered' ? 'info' : 'error'))
    if (reply.fatal) return { csv: null, notes, fatal: note(file.name, reply.fatal, 'error'), places: null, refused: [] }
    // Every row refused: the file cannot be used, and the first refusal (with its cell) says why
    // (a file-level failure shows one message; "empty file" would hide the cell).
    const firstRefusal = notes.find((n) => n.severity === 'error')
    if (reply.rows === 0 && firstRefusal) return { csv: null, notes: [], fatal: firstRefusal, places: null, refused: [] }
    return { csv: reply.csv, notes, fatal: null, places: reply.places ?? null, refused: reply.refused ?? [] }
  } finally {
    worker.terminate()
  }
}
