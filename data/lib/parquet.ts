// Writes tables to Parquet with DuckDB (node). Reproducible: one thread, rows appended in key
// order and re-sorted by ORDER BY, one row group, zstd — running twice gives byte-identical files.
import { renameSync } from 'node:fs'
import { DuckDBInstance, dateValue, type DuckDBAppender } from '@duckdb/node-api'

export type ColumnType = 'VARCHAR' | 'SMALLINT' | 'DOUBLE' | 'DATE'
export type Cell = string | number | null

export interface TableSpec {
  name: string
  columns: readonly { name: string; type: ColumnType }[]
  rows: readonly (readonly Cell[])[]
  orderBy: readonly string[]
}

/** Larger than any table we bundle, so each file is a single row group (no split points to vary). */
const ROW_GROUP_SIZE = 1_000_000

const quoteIdent = (s: string): string => `"${s.replaceAll('"', '""')}"`
const quoteLiteral = (s: string): string => `'${s.replaceAll("'", "''")}'`

/** Writes `<outDir>/<name>.parquet` for each spec; files appear only once all were written. */
export async function writeParquetTables(outDir: string, specs: readonly TableSpec[]): Promise<void> {
  // threads=1: parallel writers may interleave rows differently between runs.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const con = await instance.connect()
  const written: string[] = []
  try {
    for (const spec of specs) {
      const table = quoteIdent(spec.name)
      await con.run(`CREATE TABLE ${table} (${spec.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`)
      const appender = await con.createAppender(spec.name)
      for (const row of spec.rows) {
        spec.columns.forEach((col, i) => append(appender, col.type, row[i] ?? null, `${spec.name}.${col.name}`))
        appender.endRow()
      }
      appender.closeSync()
      const tmp = `${outDir}/${spec.name}.parquet.tmp`
      await con.run(
        `COPY (SELECT * FROM ${table} ORDER BY ${spec.orderBy.map(quoteIdent).join(', ')}) TO ${quoteLiteral(tmp)} ` +
          `(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
      )
      written.push(spec.name)
    }
  } finally {
    con.closeSync()
    instance.closeSync()
  }
  for (const name of written) renameSync(`${outDir}/${name}.parquet.tmp`, `${outDir}/${name}.parquet`)
}

function append(appender: DuckDBAppender, type: ColumnType, value: Cell, what: string): void {
  if (value === null) return appender.appendNull()
  if (type === 'VARCHAR' && typeof value === 'string') return appender.appendVarchar(value)
  if (type === 'SMALLINT' && typeof value === 'number') return appender.appendSmallInt(value)
  if (type === 'DOUBLE' && typeof value === 'number') return appender.appendDouble(value)
  if (type === 'DATE' && typeof value === 'string') {
    const [year = NaN, month = NaN, day = NaN] = value.split('-').map(Number)
    return appender.appendDate(dateValue({ year, month, day }))
  }
  throw new Error(`${what}: cannot write ${JSON.stringify(value)} as ${type}`)
}
