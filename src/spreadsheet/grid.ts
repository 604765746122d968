// A workbook as plain data, whatever library read it: what each cell holds and how, so the
// rules that decide what a cell means (sheetRows.ts) are pure and tested without a library.

export type CellKind = 'empty' | 'number' | 'text' | 'formula' | 'date' | 'boolean' | 'error'

export interface Cell {
  kind: CellKind
  /** number for 'number'; the text as written for 'text'; the formula text for 'formula'; ISO text for 'date'. */
  value: number | string | null
  /** The number format shows a percent (0.574 shown as 57.4%). */
  percentFormat?: boolean
  /** Part of a merged range (any cell of it, the top-left included). */
  merged?: boolean
}

export interface Sheet {
  name: string
  /** rows[r][c], 0-based; ragged. */
  rows: Cell[][]
  /** Rows the author hid (0-based), e.g. the id header of a request workbook. */
  hiddenRows: ReadonlySet<number>
}

export const EMPTY: Cell = { kind: 'empty', value: null }

/** `D7` for row 6, column 3 (0-based). */
export function cellAddress(row: number, col: number): string {
  let c = col + 1
  let letters = ''
  while (c > 0) {
    const m = (c - 1) % 26
    letters = String.fromCharCode(65 + m) + letters
    c = Math.floor((c - 1) / 26)
  }
  return `${letters}${row + 1}`
}

/** `Sheet1!D7`, quoting a sheet name with spaces or punctuation the way Excel does. */
export function sheetAddress(sheet: string, row: number, col: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`
  return `${name}!${cellAddress(row, col)}`
}
