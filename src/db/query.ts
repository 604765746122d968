// Typed, parameterised, cancellable queries. Values always travel as prepared-statement
// parameters; identifiers go through quoteIdent. Components never build SQL.
import { Table, type RecordBatch } from 'apache-arrow'
import { getConnection } from './client'
import { DbError, toDbError } from './errors'
import { bindLiterals } from './sqlLiteral'

export type SqlParam = string | number | boolean | null

export { quoteIdent } from './sqlLiteral'

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

// One query at a time on the connection: a streamed (cancellable) query is read in several
// worker round trips, and another query started in between would cut its result off.
let tail: Promise<unknown> = Promise.resolve()
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task)
  tail = run.catch(() => undefined)
  return run
}

/**
 * Run a query. With a signal, it is cancellable for real: started as a pending query (conn.send),
 * which DuckDB-WASM executes in steps and stops on cancelSent(), so the next query (a new
 * filter) starts as soon as the old one is interrupted, not when it would have finished.
 * A query whose signal fired while it waited its turn never starts.
 */
export async function queryArrow(sql: string, params: SqlParam[] = [], signal?: AbortSignal): Promise<Table> {
  if (signal?.aborted) throw new DbError('aborted', 'aborted')
  const conn = await getConnection()
  try {
    return await exclusive(async () => {
      if (signal?.aborted) throw new DbError('aborted', 'aborted')
      if (!signal) return runPrepared(conn, sql, params)
      const onAbort = () => void conn.cancelSent().catch(() => undefined)
      signal.addEventListener('abort', onAbort, { once: true })
      try {
        const reader = await conn.send(bindLiterals(sql, params), true)
        const batches: RecordBatch[] = []
        for await (const batch of reader) {
          if (signal.aborted) break
          batches.push(batch)
        }
        if (signal.aborted) throw new DbError('aborted', 'aborted')
        return batches.length ? new Table(batches) : new Table(reader.schema)
      } catch (err) {
        if (signal.aborted) throw new DbError('aborted', 'aborted')
        throw err
      } finally {
        signal.removeEventListener('abort', onAbort)
      }
    })
  } catch (err) {
    throw memoryError(err) ?? toDbError(err, 'sql', 'query_failed')
  }
}

async function runPrepared(conn: Awaited<ReturnType<typeof getConnection>>, sql: string, params: SqlParam[]): Promise<Table> {
  if (params.length === 0) return conn.query(sql)
  const stmt = await conn.prepare(sql)
  try {
    return await stmt.query(...params)
  } finally {
    await stmt.close()
  }
}

/** Rows of the 1,000,000-row benchmark file (tests/bench/bigDataset.ts), which this page imports. */
const ROWS_KNOWN_TO_FIT = 1_000_000

/**
 * DuckDB's out-of-memory error, said in words a user can act on (its own text advises
 * `SET memory_limit`, which a browser page cannot raise): how much the page may use, and a file
 * size known to fit. The limit is the one DuckDB printed ("… (3.1 GiB/3.1 GiB used)").
 */
export function memoryError(err: unknown): DbError | null {
  const text = err instanceof Error ? err.message : String(err)
  if (!/out of memory|memory_limit/i.test(text)) return null
  const limit = /\/\s*([\d.]+\s*[KMGT]i?B)\s+used/i.exec(text)?.[1] ?? '?'
  return new DbError('sql', 'memory_exceeded', { limit, rows: ROWS_KNOWN_TO_FIT.toLocaleString() }, text)
}

/** Run statements that return nothing (DDL, inserts). */
export async function execute(sql: string, params: SqlParam[] = []): Promise<void> {
  await queryArrow(sql, params)
}
