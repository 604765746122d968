// The rejected rows as a CSV the user can fix in Excel and load again: the reason first,
// then the row as it was in their file. UTF-8 with BOM so Excel shows Chinese correctly.

// The one CSV writer (quoting, BOM, CRLF and formula defusing live there, tested once).
import { toCsv, type CsvCell } from '../../export/csv'

export { csvCell, toCsv } from '../../export/csv'
export type Cell = CsvCell

export interface RejectedRow {
  row: number
  reasons: string[]
  values: Cell[]
}

/** Columns: row, reason, then the file's own columns. Several reasons for one row are joined. */
export function rejectedRowsCsv(columns: readonly string[], rows: readonly RejectedRow[], labels: { row: string; reason: string }): string {
  return toCsv(
    [labels.row, labels.reason, ...columns],
    rows.map((r) => [r.row, r.reasons.join('; '), ...r.values]),
  )
}

/** A safe download name: rejected rows of `observations 2024.csv` → `observations 2024.rejected.csv`. */
export function rejectedFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '')}.rejected.csv`
}
