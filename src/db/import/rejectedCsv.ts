// The rejected rows as a CSV the user can fix in Excel and load again: the reason first,
// then the row as it was in their file. UTF-8 with BOM so Excel shows Chinese correctly.

export type Cell = string | number | null | undefined

/** One CSV cell: quoted when needed; a leading = + @ (or - before a non-number) is
 * prefixed with ' so a spreadsheet does not run it as a formula (CSV injection). */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  let s = String(value)
  if (/^[=+@\t\r]/.test(s) || /^-(?![0-9.])/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',')
}

/** header + rows → CSV text with a BOM and CRLF line ends (what Excel writes). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + [csvLine(header), ...rows.map(csvLine)].join('\r\n') + '\r\n'
}

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
