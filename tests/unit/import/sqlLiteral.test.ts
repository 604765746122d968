// Values written into SQL for cancellable queries (src/db/sqlLiteral.ts) must mean exactly what
// the same values as prepared-statement parameters mean: checked against DuckDB itself.
import { describe, expect, it } from 'vitest'
import { DuckDBInstance } from '@duckdb/node-api'
import { bindLiterals, sqlLiteral } from '../../../src/db/sqlLiteral'

const conn = await (await DuckDBInstance.create(':memory:')).connect()
const one = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS()[0]

const HOSTILE = ["'; DROP TABLE t; --", 'a?b', '\\', "引号'", '/* x */', '"quoted"', '', '?', "''", 'ILIKE %_\\%']

describe('bindLiterals', () => {
  it('round-trips hostile text and numbers exactly, like parameters do', async () => {
    for (const v of HOSTILE) {
      expect((await one(bindLiterals('SELECT ? AS v', [v]))).v).toBe(v)
      const prepared = (await conn.runAndReadAll('SELECT ? AS v', [v])).getRowObjectsJS()[0].v
      expect(prepared).toBe(v)
    }
    const row = await one(bindLiterals('SELECT ? AS a, ? AS b, ? AS c, ? AS d', [0.1, -3, true, null]))
    expect(row).toEqual({ a: 0.1, b: -3, c: true, d: null })
  })

  it('leaves question marks in strings, quoted names and comments alone', () => {
    const sql = `SELECT '?' AS "a?", ? -- what?\n/* ? */ , ?`
    expect(bindLiterals(sql, ['x', 2])).toBe(`SELECT '?' AS "a?", 'x' -- what?\n/* ? */ , CAST(2 AS DOUBLE)`)
  })

  it('refuses to guess', () => {
    expect(() => bindLiterals('SELECT ?', [])).toThrow(/placeholders/)
    expect(() => bindLiterals('SELECT 1', [1])).toThrow(/parameters/)
    expect(() => sqlLiteral(Number.NaN)).toThrow()
    expect(() => sqlLiteral('a\u0000b')).toThrow()
  })

  it('keeps an ESCAPE clause as DuckDB reads it', async () => {
    const sql = bindLiterals(`SELECT ? ILIKE ? ESCAPE '\\' AS hit`, ['50%', '%0\\%'])
    expect((await one(sql)).hit).toBe(true)
  })
})
