// A sheet → the rows the import pipeline reads, as text, with every refusal named by its cell
// (`Sheet1!D7`). Decides what a cell means; never evaluates anything: a formula is refused, not
// computed, and its cached result is not trusted either (it may be stale or forged).
import { cellAddress, sheetAddress, type Cell, type Sheet } from './grid'
import { parsePrintedNumber } from './printedNumber'

export type RowProblem = 'approximate' | 'unit_mismatch' | 'not_a_number' | 'formula' | 'date_in_number' | 'merged_cell' | 'cell_error'

export interface SheetNote {
  code: string
  params: Record<string, string | number>
}

/** A row the reader refused, kept so the rejected-rows download lists it with the pipeline's. */
export interface RefusedRow {
  /** 0-based sheet row */
  sheetRow: number
  /** the first refused cell, `Sheet1!D7` */
  cell: string
  /** its contract column */
  column: string
  problem: RowProblem
  /** every kept column as the cell showed it (a formula as `=…`) */
  values: string[]
}

export interface SheetRows {
  sheet: string
  /** Contract column names, in sheet order (reader-only `_` columns left out). */
  header: string[]
  rows: string[][]
  /** rowOf[i]: the 0-based sheet row that rows[i] came from (for messages that name the cell). */
  rowOf: number[]
  /** Header name → 0-based sheet column. */
  columnOf: Record<string, number>
  /** Per refused row or cell, and summaries. */
  notes: SheetNote[]
  /** The refused rows themselves (the first MAX_REFUSED_KEPT). */
  refused: RefusedRow[]
  /** The sheet cannot be used at all (then rows is empty). */
  fatal: SheetNote | null
}

export interface SheetRules {
  /** Does this header read as a contract table? */
  matchesHeader: (names: string[]) => boolean
  /** The indicator's unit code, when the sheet has no `_unit` column. */
  unitOf: (indicatorId: string) => string | null
  /** At most this many per-row notes (the rest are counted). */
  maxNotes?: number
}

/** Columns holding numbers: a date or a printed form there must be read, or refused. */
const NUMBER_COLUMNS = new Set(['value', 'year', 'baseline_value', 'baseline_year', 'target_value', 'target_year', 'planned_enrolment', 'actual_enrolment', 'report_rate', 'employment_rate', 'matched_employment_rate'])
const DATE_COLUMNS = new Set(['period_end'])
const HEADER_SEARCH_ROWS = 10
/** Refused rows carried to the rejected-rows download; more are counted in the notes only. */
export const MAX_REFUSED_KEPT = 10_000

/** A cell as the person sees it in their sheet: a formula as `=…`, empty as ''. */
const shownText = (c: Cell | undefined) => (!c || c.kind === 'empty' ? '' : c.kind === 'formula' ? `=${String(c.value ?? '').replace(/^=/, '')}` : String(c.value ?? ''))

const headerText = (c: Cell | undefined) => (c && c.kind === 'text' ? String(c.value).replace(/^\uFEFF/, '').trim() : '')

/** The first row (of the first few) whose names read as a contract table, and the sheet it is in. */
export function findHeader(sheets: readonly Sheet[], rules: SheetRules): { sheet: Sheet; row: number } | null {
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
      const names = (sheet.rows[r] ?? []).map(headerText).filter((n) => n && !n.startsWith('_'))
      if (names.length && rules.matchesHeader(names)) return { sheet, row: r }
    }
  }
  return null
}

/** A cell as text for a contract column, or why the row cannot be taken. */
export function cellText(cell: Cell | undefined, column: string, unit: string | null): { text: string } | { problem: RowProblem; shown: string } {
  if (!cell || cell.kind === 'empty') return { text: '' }
  const shown = String(cell.value ?? '')
  if (cell.merged) return { problem: 'merged_cell', shown }
  switch (cell.kind) {
    case 'formula':
      return { problem: 'formula', shown: `=${shown.replace(/^=/, '')}` }
    case 'error':
      return { problem: 'cell_error', shown }
    case 'date':
      return DATE_COLUMNS.has(column) ? { text: shown } : NUMBER_COLUMNS.has(column) ? { problem: 'date_in_number', shown } : { text: shown }
    case 'boolean':
      return { text: shown }
    case 'number': {
      const n = cell.value as number
      // 57.4% typed into a percent-formatted cell is stored as 0.574.
      if (column === 'value' && cell.percentFormat && unit === 'percent') return { text: String(Number((n * 100).toPrecision(12))) }
      return { text: String(n) }
    }
    case 'text': {
      // Only the figure is read as printed; ids, years and sources go to the pipeline as written.
      if (column !== 'value' || shown.trim() === '') return { text: shown }
      const parsed = parsePrintedNumber(shown, unit)
      return parsed.ok ? { text: String(parsed.value) } : { problem: parsed.problem, shown }
    }
  }
}

export function sheetRows(sheets: readonly Sheet[], rules: SheetRules): SheetRows {
  const found = findHeader(sheets, rules)
  if (!found) return { sheet: '', header: [], rows: [], rowOf: [], columnOf: {}, notes: [], refused: [], fatal: { code: 'xlsx_no_table', params: { sheets: sheets.map((s) => s.name).join(', ') } } }
  const { sheet, row: headerRow } = found
  const cells = sheet.rows[headerRow]
  const out: SheetRows = { sheet: sheet.name, header: [], rows: [], rowOf: [], columnOf: {}, notes: [], refused: [], fatal: null }
  for (const [c, cell] of cells.entries()) {
    if (cell?.merged || cell?.kind === 'formula') {
      return { ...out, fatal: { code: cell.merged ? 'xlsx_merged_header' : 'xlsx_formula_header', params: { cell: sheetAddress(sheet.name, headerRow, c) } } }
    }
  }
  const columns = cells.map((c, i) => ({ name: headerText(c), index: i })).filter((c) => c.name)
  const kept = columns.filter((c) => !c.name.startsWith('_'))
  const unitColumn = columns.find((c) => c.name === '_unit')?.index
  const indicatorColumn = columns.find((c) => c.name.toLowerCase() === 'indicator_id')?.index
  const valueColumn = kept.find((c) => c.name.toLowerCase() === 'value')?.index
  // A request workbook (it has the reader-only unit column) leaves unanswered rows empty: not errors.
  const isRequest = unitColumn !== undefined
  out.header = kept.map((c) => c.name)
  out.columnOf = Object.fromEntries(kept.map((c) => [c.name, c.index]))
  const maxNotes = rules.maxNotes ?? 50
  let refused = 0
  let unanswered = 0
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? []
    if (kept.every((c) => !row[c.index] || row[c.index].kind === 'empty')) continue
    if (isRequest && valueColumn !== undefined && (!row[valueColumn] || row[valueColumn].kind === 'empty')) {
      unanswered++
      continue
    }
    const indicator = indicatorColumn === undefined ? '' : String(row[indicatorColumn]?.value ?? '')
    const unit = (unitColumn !== undefined && row[unitColumn]?.kind === 'text' ? String(row[unitColumn].value) : null) ?? rules.unitOf(indicator)
    const texts: string[] = []
    let problem: { problem: RowProblem; shown: string; col: number; column: string } | null = null
    for (const c of kept) {
      const got = cellText(row[c.index], c.name.toLowerCase(), unit)
      if ('problem' in got) {
        problem ??= { ...got, col: c.index, column: c.name }
        texts.push('')
      } else texts.push(got.text)
    }
    if (problem) {
      refused++
      const cell = sheetAddress(sheet.name, r, problem.col)
      if (refused <= maxNotes) {
        out.notes.push({ code: `xlsx_${problem.problem}`, params: { cell, value: problem.shown.slice(0, 200), unit: unit ?? '' } })
      }
      if (out.refused.length < MAX_REFUSED_KEPT) {
        out.refused.push({ sheetRow: r, cell, column: problem.column, problem: problem.problem, values: kept.map((c) => shownText(row[c.index])) })
      }
      continue
    }
    out.rows.push(texts)
    out.rowOf.push(r)
  }
  if (refused > maxNotes) out.notes.push({ code: 'xlsx_more_refused', params: { count: refused - maxNotes, sheet: sheet.name } })
  if (unanswered) out.notes.push({ code: 'xlsx_unanswered', params: { count: unanswered, sheet: sheet.name } })
  out.notes.push({ code: 'xlsx_read_sheet', params: { sheet: sheet.name, header: cellAddress(headerRow, 0).replace(/\D+/, ''), rows: out.rows.length, refused } })
  return out
}
