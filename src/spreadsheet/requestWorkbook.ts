// The data-request workbook (数据征集表): an instructions sheet, then one row per missing
// figure. Row 1 holds the headings a person reads; row 2 (hidden) the contract names the
// importer reads, so a returned workbook imports with no editing. Ids and the unit code sit in
// hidden, locked columns; only value, source, page and note can be typed into.
import type { Workbook } from 'exceljs'
import type { RequestRow } from './requestRows'
import { sheetValue } from './download'

export interface RequestText {
  instructionsSheet: string
  requestSheet: string
  title: string
  lines: string[]
  col: Record<'entity' | 'indicator' | 'definition' | 'unit' | 'year' | 'target' | 'last' | 'lastYear' | 'value' | 'source' | 'ref' | 'note', string>
  numberTitle: string
  numberError: string
}

/** Columns in sheet order: heading key, the name the importer reads, width; `_` names are reader-only. */
export const REQUEST_COLUMNS = [
  { key: 'entity', name: '_entity', width: 18 },
  { key: 'indicator', name: '_indicator', width: 34 },
  { key: 'definition', name: '_definition', width: 24 },
  { key: 'unit', name: '_unit_word', width: 12 },
  { key: 'year', name: 'year', width: 10 },
  { key: 'target', name: '_target', width: 10 },
  { key: 'last', name: '_last', width: 12 },
  { key: 'lastYear', name: '_last_year', width: 10 },
  { key: 'value', name: 'value', width: 14 },
  { key: 'source', name: 'source_doc', width: 30 },
  { key: 'ref', name: 'source_ref', width: 16 },
  { key: 'note', name: 'quote', width: 30 },
  { key: null, name: 'indicator_id', width: 10 },
  { key: null, name: 'entity_id', width: 10 },
  { key: null, name: '_unit', width: 10 },
] as const

/** Where a person types: 1-based column numbers of the request sheet, and the first data row. */
export const REQUEST_INPUT = { value: 9, source: 10, ref: 11, note: 12, firstRow: 3 } as const

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const

/** Names and definitions come from loaded data: defused like every export (the ids stay exact, for the importer). */
function rowValues(r: RequestRow): (string | number | null)[] {
  const shown = [r.entityName, r.indicatorName, r.definition, r.unitWord, r.year, r.target, r.last, r.lastYear].map(sheetValue)
  return [...shown, null, null, null, null, r.indicatorId, r.entityId, r.unit]
}

/** Builds the workbook with ExcelJS (loaded by the caller, on demand). */
export function buildRequestWorkbook(ExcelJS: { Workbook: new () => Workbook }, rows: readonly RequestRow[], text: RequestText): Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'nmg-vet-target-monitor'
  const info = wb.addWorksheet(text.instructionsSheet)
  info.getColumn(1).width = 110
  info.addRow([text.title]).font = { bold: true, size: 14 }
  for (const line of text.lines) info.addRow([line]).alignment = { wrapText: true }

  const ws = wb.addWorksheet(text.requestSheet, { views: [{ state: 'frozen', ySplit: 2 }] })
  ws.addRow(REQUEST_COLUMNS.map((c) => (c.key ? text.col[c.key] : c.name))).font = { bold: true }
  ws.addRow(REQUEST_COLUMNS.map((c) => c.name)).hidden = true
  REQUEST_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1)
    col.width = c.width
    if (!c.key) col.hidden = true
  })
  const input = new Set<number>([REQUEST_INPUT.value, REQUEST_INPUT.source, REQUEST_INPUT.ref, REQUEST_INPUT.note])
  for (const r of rows) {
    const row = ws.addRow(rowValues(r))
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (input.has(col)) cell.protection = { locked: false }
      else cell.fill = GREY
    })
    for (const col of input) ws.getCell(row.number, col).protection = { locked: false }
    const value = ws.getCell(row.number, REQUEST_INPUT.value)
    const ref = value.address
    // Evaluated by Excel/WPS while typing, never by us: a number, or a printed form (1.9万, 57.4%).
    value.dataValidation = {
      type: 'custom',
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: text.numberTitle,
      error: text.numberError,
      formulae: [`OR(ISNUMBER(${ref}),ISNUMBER(--SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"万",""),"%",""),",","")))`],
    }
  }
  // No password: the lock keeps hands off the ids, it is not a secret.
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true })
  return wb
}
