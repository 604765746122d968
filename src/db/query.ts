// Typed, parameterised, cancellable queries. Values always travel as prepared-statement
// parameters; identifiers go through quoteIdent. Components never build SQL.
import type { Table } from 'apache-arrow'
import { getConnection } from './client'
import { DbError, toDbError } from './errors'

export type SqlParam = string | number | boolean | null

/** Quote an identifier (table/column name) for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** Arrow table → plain objects (numbers, strings, null). */
export function arrowToRows<T>(table: Table): T[] {
  const rows: T[] = new Array(table.numRows)
  const fields = table.schema.fields.map((f) => f.name)
  const columns = fields.map((_, i) => table.getChildAt(i))
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {}
    for (let c = 0; c < fields.length; c++) row[fields[c]] = normalise(columns[c]?.get(r))
    rows[r] = row as T
  }
  return rows
}

function normalise(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v)
  return v ?? null
}

/** Run a query; rejects with DbError('aborted') when the signal fires first. */
export async function queryRows<T>(sql: string, params: SqlParam[] = [], signal?: AbortSignal): Promise<T[]> {
  return arrowToRows<T>(await queryArrow(sql, params, signal))
}

export async function queryArrow(sql: string, params: SqlParam[] = [], signal?: AbortSignal): Promise<Table> {
  if (signal?.aborted) throw new DbError('aborted', 'aborted')
  const conn = await getConnection()
  const run = async () => {
    if (params.length === 0) return conn.query(sql)
    const stmt = await conn.prepare(sql)
    try {
      return await stmt.query(...params)
    } finally {
      await stmt.close()
    }
  }
  try {
    if (!signal) return await run()
    return await new Promise<Table>((resolve, reject) => {
      const onAbort = () => {
        void conn.cancelSent().catch(() => undefined)
        reject(new DbError('aborted', 'aborted'))
      }
      signal.addEventListener('abort', onAbort, { once: true })
      run().then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  } catch (err) {
    throw toDbError(err, 'sql', 'query_failed')
  }
}

/** Run statements that return nothing (DDL, inserts). */
export async function execute(sql: string, params: SqlParam[] = []): Promise<void> {
  await queryArrow(sql, params)
}
