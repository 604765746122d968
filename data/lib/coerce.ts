// Typed cell readers for one TSV row. Each pushes an Issue naming file:line and column when a
// cell cannot be read, and returns undefined so the caller can drop the row.
import type { Issue, Origin } from './types'
import { MAX_YEAR, MIN_YEAR } from './vocab'

type Cells = Record<string, string | null>

// Plain decimal notation only: `1.9万`, `58%`, `1,234` must be normalised by the curator (CURATION.md).
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export class CellReader {
  constructor(
    private readonly cells: Cells,
    private readonly origin: Origin,
    private readonly errors: Issue[],
  ) {}

  private fail(column: string, message: string): undefined {
    this.errors.push({
      code: 'bad_cell',
      message: `${this.origin.file}:${this.origin.line} column ${column}: ${message}`,
      file: this.origin.file,
      line: this.origin.line,
      column,
    })
    return undefined
  }

  /** Optional text: null when empty. */
  text(column: string): string | null {
    return this.cells[column] ?? null
  }

  /** Required text: '' when empty, so checkDataset can report it with the rest of the row's problems. */
  requiredText(column: string): string {
    return this.cells[column] ?? ''
  }

  /** A row's own id: without it the row cannot be merged or referenced. */
  id(column: string): string | undefined {
    return this.cells[column] ?? this.fail(column, 'missing id')
  }

  number(column: string): number | null | undefined {
    const raw = this.cells[column] ?? null
    if (raw === null) return null
    if (!NUMBER.test(raw)) return this.fail(column, `"${raw}" is not a number (write plain decimals, units normalised)`)
    return Number(raw)
  }

  requiredNumber(column: string): number | undefined {
    const v = this.number(column)
    return v === null ? this.fail(column, 'missing value') : v
  }

  year(column: string): number | null | undefined {
    const v = this.number(column)
    if (v === null || v === undefined) return v
    if (!Number.isInteger(v)) return this.fail(column, `year "${this.cells[column]}" is not an integer`)
    if (v < MIN_YEAR || v > MAX_YEAR) return this.fail(column, `year ${v} outside ${MIN_YEAR}–${MAX_YEAR}`)
    return v
  }

  requiredYear(column: string): number | undefined {
    const v = this.year(column)
    return v === null ? this.fail(column, 'missing year') : v
  }

  /** ISO date YYYY-MM-DD that exists in the calendar (2024-02-30 is rejected). */
  date(column: string): string | null | undefined {
    const raw = this.cells[column] ?? null
    if (raw === null) return null
    const m = ISO_DATE.exec(raw)
    if (m) {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
      if (d.toISOString().slice(0, 10) === raw) return raw
    }
    return this.fail(column, `"${raw}" is not a date YYYY-MM-DD`)
  }
}
