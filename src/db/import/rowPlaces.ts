// Where a staged row came from, in the words of the person who will open the file: the line of
// a CSV (as a text editor numbers it, header = line 1), the sheet cell of a workbook
// (`Sheet1!D7`). The pipeline counts data rows (1 = first row after the header); a workbook
// read skips empty, unanswered and refused rows, and a CSV cell may hold a line break, so the
// two differ. Pure: computed once per file, looked up per message.
import { sheetAddress } from '../../spreadsheet/grid'

export type RowPlaces =
  /** lineOf[i]: the file line where data row i+1 starts; null when every row is one line (line = row + 1). */
  | { kind: 'lines'; lineOf: Int32Array | null }
  /** sheetRowOf[i]: 0-based sheet row of data row i+1; columnOf: header name → 0-based sheet column. */
  | { kind: 'cells'; sheet: string; sheetRowOf: Int32Array; columnOf: Record<string, number> }

/**
 * The starting line of every record after the header, the way DuckDB's read_csv counts records:
 * a quoted line break stays inside its record; an empty line is skipped when the header has more
 * than one column (a one-column file reads it as an empty value). Line ends: \n, \r\n or \r.
 */
export function csvRecordLines(text: string): RowPlaces {
  // The common case, checked natively (a 1M-row file is scanned by regex, not char by char):
  // no quotes, no empty line, no lone \r — every row is one line.
  const body = text.replace(/[\r\n]+$/, '')
  if (!body.includes('"') && !/\n\r?\n|\r(?!\n)/.test(body) && !/^[\uFEFF]?[\r\n]/.test(body)) return { kind: 'lines', lineOf: null }
  const lines: number[] = []
  let line = 1
  let quoted = false
  let header = true
  let headerColumns = 1
  let recordStart = 1
  let recordEmpty = true
  const endRecord = () => {
    if (header) header = false
    else if (!recordEmpty || headerColumns === 1) lines.push(recordStart)
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    const lineEnd = ch === 10 || ch === 13
    if (lineEnd && ch === 13 && text.charCodeAt(i + 1) === 10) i++
    if (ch === 34) {
      // "" inside quotes is a quote character; any other " opens or closes.
      if (quoted && text.charCodeAt(i + 1) === 34) i++
      else quoted = !quoted
    } else if (lineEnd && !quoted) {
      endRecord()
      recordStart = line + 1
      recordEmpty = true
    } else if (ch === 44 && header && !quoted) headerColumns++
    if (lineEnd) line++
    else if (!(ch === 0xfeff && i === 0)) recordEmpty = false
  }
  if (!recordEmpty) endRecord()
  const oneLineEach = lines.every((l, i) => l === i + 2)
  return { kind: 'lines', lineOf: oneLineEach ? null : Int32Array.from(lines) }
}

/** The row a person finds it at: the CSV line, the sheet row (1-based), or the data row itself (Parquet). */
export function placeRow(places: RowPlaces | null, row: number): number {
  if (!places) return row
  if (places.kind === 'lines') return places.lineOf ? (places.lineOf[row - 1] ?? row + 1) : row + 1
  const r = places.sheetRowOf[row - 1]
  return r === undefined ? row : r + 1
}

/** `Sheet1!D7` for a workbook row and one of its columns (`Sheet1!7:7`, Excel's whole-row form, without one). */
export function placeCell(places: RowPlaces | null, row: number, column?: string): string | null {
  if (places?.kind !== 'cells') return null
  const r = places.sheetRowOf[row - 1]
  if (r === undefined) return null
  // The contract's name first, then the header as typed in another case (Value, VALUE).
  const key = column === undefined ? undefined : Object.hasOwn(places.columnOf, column) ? column : Object.keys(places.columnOf).find((k) => k.toLowerCase() === column.toLowerCase())
  const c = key === undefined ? undefined : places.columnOf[key]
  if (c !== undefined) return sheetAddress(places.sheet, r, c)
  const whole = sheetAddress(places.sheet, r, 0)
  return whole.replace(/![A-Z]+(\d+)$/, (_m, n: string) => `!${n}:${n}`)
}

