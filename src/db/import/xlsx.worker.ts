/// <reference lib="webworker" />
// Reads one .xlsx off the main thread (a 100,000-row sheet takes seconds) and hands back the
// contract rows as CSV text with every refused cell named. ExcelJS is imported here only (the
// worker is its own chunk), so it is fetched the first time somebody opens a workbook, never at first paint.
import ExcelJS from 'exceljs'
import { detectTable } from './detect'
import { csvText } from '../../spreadsheet/csvText'
import { toSheets, workbookKind } from '../../spreadsheet/readExcel'
import { sheetRows, type RefusedRow, type SheetNote } from '../../spreadsheet/sheetRows'
import type { RowPlaces } from './rowPlaces'

export interface XlsxRequest {
  blob: Blob
  fileName: string
  /** indicator_id → unit code, from the live indicators. */
  units: [string, string][]
}

export type XlsxReply =
  | { type: 'progress'; rows: number }
  | { type: 'done'; csv: string | null; notes: SheetNote[]; fatal: SheetNote | null; rows?: number; places?: RowPlaces; refused?: RefusedRow[] }

const FATAL_BY_KIND = { encrypted: 'xlsx_encrypted', legacy_xls: 'xlsx_legacy_xls', unknown: 'xlsx_unreadable' } as const

async function read(req: XlsxRequest): Promise<XlsxReply> {
  const bytes = new Uint8Array(await req.blob.arrayBuffer())
  const kind = workbookKind(bytes)
  if (kind !== 'xlsx') return { type: 'done', csv: null, notes: [], fatal: { code: FATAL_BY_KIND[kind], params: {} } }
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes.buffer)
  } catch (err) {
    return { type: 'done', csv: null, notes: [], fatal: { code: 'xlsx_unreadable', params: { detail: String(err).slice(0, 300) } } }
  }
  const sheets = toSheets(wb, (rows) => self.postMessage({ type: 'progress', rows } satisfies XlsxReply))
  const units = new Map(req.units)
  const result = sheetRows(sheets, {
    matchesHeader: (names) => detectTable(names, req.fileName).table !== null,
    unitOf: (id) => units.get(id) ?? null,
  })
  if (result.fatal) return { type: 'done', csv: null, notes: result.notes, fatal: result.fatal }
  // Where each row sits in the sheet, so the pipeline's messages name the cell (Sheet1!D7).
  const places: RowPlaces = { kind: 'cells', sheet: result.sheet, sheetRowOf: Int32Array.from(result.rowOf), columnOf: result.columnOf }
  return { type: 'done', csv: csvText(result.header, result.rows), notes: result.notes, fatal: null, rows: result.rows.length, places, refused: result.refused }
}

self.onmessage = (e: MessageEvent<XlsxRequest>) => {
  read(e.data).then(
    (reply) => self.postMessage(reply),
    (err) => self.postMessage({ type: 'done', csv: null, notes: [], fatal: { code: 'xlsx_unreadable', params: { detail: String(err).slice(0, 300) } } } satisfies XlsxReply),
  )
}
