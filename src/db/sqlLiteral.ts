// Values written into SQL text, for the one case a prepared-statement parameter cannot go:
// a cancellable query. DuckDB-WASM interrupts only queries started as "pending" (conn.send with
// text); a prepared statement runs to its end in one worker task, and nothing can stop it.
// Every value goes through sqlLiteral, and every `?` outside quotes and comments is replaced in
// order; a count mismatch or an unrepresentable value throws instead of guessing.
import type { SqlParam } from './query'

/** Quote an identifier (table/column name) for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** One value as a DuckDB literal. DuckDB's standard strings have no backslash escapes: only `'` doubles. */
export function sqlLiteral(v: SqlParam): string {
  if (v === null) return 'NULL'
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`)
    // A parameter from JS is a DOUBLE; so is this literal (an integer literal would be INTEGER).
    return `CAST(${String(v)} AS DOUBLE)`
  }
  if (v.includes('\u0000')) throw new Error('text with a NUL character cannot be written into SQL')
  return `'${v.replaceAll("'", "''")}'`
}

/** `sql` with each `?` placeholder (outside strings, quoted names and comments) replaced by its value. */
export function bindLiterals(sql: string, params: readonly SqlParam[]): string {
  let out = ''
  let next = 0
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]
    if (c === "'" || c === '"') {
      const end = closing(sql, i, c)
      out += sql.slice(i, end + 1)
      i = end
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i)
      const stop = end === -1 ? sql.length - 1 : end
      out += sql.slice(i, stop + 1)
      i = stop
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2)
      const stop = end === -1 ? sql.length - 1 : end + 1
      out += sql.slice(i, stop + 1)
      i = stop
    } else if (c === '?') {
      if (next >= params.length) throw new Error('more placeholders than parameters')
      out += sqlLiteral(params[next++])
    } else out += c
  }
  if (next !== params.length) throw new Error('more parameters than placeholders')
  return out
}

/** Index of the quote that closes the one at `start` (a doubled quote is part of the text). */
function closing(sql: string, start: number, quote: string): number {
  for (let i = start + 1; i < sql.length; i++) {
    if (sql[i] !== quote) continue
    if (sql[i + 1] === quote) i++
    else return i
  }
  throw new Error('unterminated quote in SQL')
}
