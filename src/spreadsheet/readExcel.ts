// ExcelJS workbook → plain cells (grid.ts). Values only: a formula is kept as its text, its
// cached result ignored; nothing in the workbook runs.
import type { Workbook, Worksheet, Cell as XCell } from 'exceljs'
import type { Cell, Sheet } from './grid'
import { EMPTY } from './grid'

/** Old binary Excel (.xls) and password-protected .xlsx are both OLE compound files. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export type WorkbookKind = 'xlsx' | 'encrypted' | 'legacy_xls' | 'unknown'

/** Told by the bytes: an encrypted .xlsx carries an `EncryptedPackage` stream (UTF-16 name). */
export function workbookKind(bytes: Uint8Array): WorkbookKind {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return 'xlsx'
  if (!CFB_MAGIC.every((b, i) => bytes[i] === b)) return 'unknown'
  const needle = 'EncryptedPackage'
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer
    return 'encrypted'
  }
  return 'legacy_xls'
}

export function toCell(x: XCell): Cell {
  const v = x.value as unknown
  const merged = x.isMerged || undefined
  if (v === null || v === undefined) return merged ? { ...EMPTY, merged } : EMPTY
  if (typeof v === 'number') return { kind: 'number', value: v, percentFormat: /%/.test(x.numFmt ?? '') || undefined, merged }
  if (typeof v === 'string') return { kind: 'text', value: v, merged }
  if (typeof v === 'boolean') return { kind: 'boolean', value: String(v), merged }
  if (v instanceof Date) return { kind: 'date', value: Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10), merged }
  const o = v as Record<string, unknown>
  if ('formula' in o || 'sharedFormula' in o) return { kind: 'formula', value: String(o.formula ?? o.sharedFormula ?? ''), merged }
  if ('error' in o) return { kind: 'error', value: String(o.error), merged }
  if (Array.isArray(o.richText)) return { kind: 'text', value: (o.richText as { text: string }[]).map((t) => t.text).join(''), merged }
  if (typeof o.text === 'string') return { kind: 'text', value: o.text, merged }
  return { kind: 'text', value: String(x.text ?? ''), merged }
}

export function toSheet(ws: Worksheet, onRow?: (n: number) => void): Sheet {
  const rows: Cell[][] = []
  const hiddenRows = new Set<number>()
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toCell(cell)
    })
    for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY
    rows[rowNumber - 1] = cells
    if (row.hidden) hiddenRows.add(rowNumber - 1)
    if (onRow && rowNumber % 10000 === 0) onRow(rowNumber)
  })
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return { name: ws.name, rows, hiddenRows }
}

/** Visible sheets first (a request workbook's instructions come before its data). */
export function toSheets(wb: Workbook, onRow?: (n: number) => void): Sheet[] {
  return wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => toSheet(ws, onRow))
}
