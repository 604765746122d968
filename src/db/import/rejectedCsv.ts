// The rejected rows as a table the user can fix in Excel and load again (CSV, or .xlsx through
// the same defusing): the row as their file numbers it, the reason (with the cell in a
// workbook), then the row as it was in their file. CSV: UTF-8 with BOM so Excel shows Chinese.

// The one CSV writer (quoting, BOM, CRLF and formula defusing live there, tested once).
import { toCsv, type CsvCell } from '../../export/csv'
import { placeCell, placeRow, type RowPlaces } from './rowPlaces'
import type { RejectedRows } from './rejected'
import type { RefusedRow } from '../../spreadsheet/sheetRows'

export { csvCell, toCsv } from '../../export/csv'
export type Cell = CsvCell

export interface RejectedRow {
  row: number
  reasons: string[]
  values: Cell[]
}

export interface RejectedTable {
  header: string[]
  rows: Cell[][]
}

/** Columns: row, reason, then the file's own columns. Several reasons for one row are joined. */
export function rejectedRowsTable(columns: readonly string[], rows: readonly RejectedRow[], labels: { row: string; reason: string }): RejectedTable {
  return { header: [labels.row, labels.reason, ...columns], rows: rows.map((r) => [r.row, r.reasons.join('; '), ...r.values]) }
}

export function rejectedRowsCsv(columns: readonly string[], rows: readonly RejectedRow[], labels: { row: string; reason: string }): string {
  const table = rejectedRowsTable(columns, rows, labels)
  return toCsv(table.header, table.rows)
}

/**
 * The staged rows' problems in the file's own terms: the CSV line or sheet row, and each reason
 * as `column: problem`, led by its cell in a workbook (`Sheet1!D7 value: 不是数字`).
 */
export function placedRejectedRows(found: RejectedRows, places: RowPlaces | null, problem: (code: string) => string): RejectedRow[] {
  return found.rows.map((r) => ({
    row: placeRow(places, r.row),
    reasons: r.problems.map((x) => {
      const at = placeCell(places, r.row, x.col)
      return `${at ? `${at} ` : ''}${x.col}: ${problem(x.code)}`
    }),
    values: r.values,
  }))
}

/**
 * The rows a workbook's reader refused before staging (a formula, 约5万 …) joined to the
 * pipeline's, in sheet order: a person fixing the file finds every row that did not go in.
 */
export function withRefusedRows(rows: readonly RejectedRow[], refused: readonly RefusedRow[], problem: (code: string) => string): RejectedRow[] {
  const more = refused.map((r) => ({ row: r.sheetRow + 1, reasons: [`${r.cell} ${r.column}: ${problem(`xlsx_${r.problem}`)}`], values: r.values }))
  return [...rows, ...more].sort((a, b) => a.row - b.row)
}

/** A safe download name: rejected rows of `observations 2024.csv` → `observations 2024.rejected.csv` (or `.xlsx`). */
export function rejectedFileName(fileName: string, ext: 'csv' | 'xlsx' = 'csv'): string {
  return `${fileName.replace(/\.[^.]*$/, '')}.rejected.${ext}`
}
