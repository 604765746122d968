// The coercion rules run as SQL; here they run in DuckDB for Node on hand-picked values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { coerceExpr, coercionProblem, columnFits, rawKind } from '../../../src/db/import/coerce'

let conn: DuckDBConnection
let instance: DuckDBInstance
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:')
  conn = await instance.connect()
})
afterAll(() => {
  conn.closeSync()
  instance.closeSync()
})

/** Coerce each value (given as a SQL literal of the raw type) and return the results. */
async function coerce(target: 'VARCHAR' | 'DOUBLE' | 'SMALLINT' | 'DATE', rawType: string, literals: string[]): Promise<unknown[]> {
  const values = literals.map((l, i) => `(${i}, CAST(${l} AS ${rawType}))`).join(', ')
  const expr = coerceExpr(target, rawKind(rawType), 'x')
  const reader = await conn.runAndReadAll(`SELECT CAST(${expr} AS VARCHAR) AS v FROM (VALUES ${values}) t(i, x) ORDER BY i`)
  return reader.getRowObjectsJson().map((r) => r.v)
}

describe('numbers (DOUBLE)', () => {
  it('takes plain and grouped decimals from text, trimmed', async () => {
    expect(await coerce('DOUBLE', 'VARCHAR', [`'57.4'`, `' 19000 '`, `'-3'`, `'.5'`, `'1e3'`, `'19,000'`, `'1,234,567.5'`])).toEqual([
      '57.4', '19000.0', '-3.0', '0.5', '1000.0', '19000.0', '1234567.5',
    ])
  })
  it('refuses units, words, percent signs, NaN, Infinity and odd grouping', async () => {
    expect(await coerce('DOUBLE', 'VARCHAR', [`'57.4%'`, `'约57'`, `'1.9万'`, `'NaN'`, `'inf'`, `'1,23'`, `'57,4'`, `''`, `'abc'`])).toEqual([
      null, null, null, null, null, null, null, null, null,
    ])
  })
  it('takes any finite number from a numeric column (INT32/INT64/DECIMAL arrive as DOUBLE)', async () => {
    expect(await coerce('DOUBLE', 'DOUBLE', ['64.33', '0', `'NaN'`])).toEqual(['64.33', '0.0', null])
    expect(await coerce('DOUBLE', 'DECIMAL(18,3)', ['64.330'])).toEqual(['64.33'])
  })
})

describe('years (SMALLINT)', () => {
  it('takes whole numbers, also written 2024.0', async () => {
    expect(await coerce('SMALLINT', 'VARCHAR', [`'2024'`, `' 2025 '`, `'2024.0'`])).toEqual(['2024', '2025', '2024'])
    expect(await coerce('SMALLINT', 'DOUBLE', ['2024', '2024.0'])).toEqual(['2024', '2024'])
    expect(await coerce('SMALLINT', 'BIGINT', ['2024'])).toEqual(['2024'])
  })
  it('refuses fractions, words and values out of range', async () => {
    expect(await coerce('SMALLINT', 'VARCHAR', [`'2024.5'`, `'2024年'`, `'99999'`, `'二〇二四'`])).toEqual([null, null, null, null])
    expect(await coerce('SMALLINT', 'DOUBLE', ['2024.5', '99999'])).toEqual([null, null])
  })
})

describe('dates (DATE)', () => {
  it('takes ISO dates and slashes', async () => {
    expect(await coerce('DATE', 'VARCHAR', [`'2024-12-31'`, `'2024/1/5'`, `'2024-1-5'`])).toEqual(['2024-12-31', '2024-01-05', '2024-01-05'])
  })
  it('refuses impossible and free-form dates', async () => {
    expect(await coerce('DATE', 'VARCHAR', [`'2024-02-30'`, `'2024年底'`, `'31.12.2024'`])).toEqual([null, null, null])
  })
})

describe('ids and text (VARCHAR)', () => {
  it('trims text and treats an empty cell as missing', async () => {
    expect(await coerce('VARCHAR', 'VARCHAR', [`' ordos '`, `''`, `'<img src=x onerror=alert(1)>'`])).toEqual(['ordos', null, '<img src=x onerror=alert(1)>'])
  })
  it('writes integral numbers from a numeric id column without ".0"', async () => {
    expect(await coerce('VARCHAR', 'DOUBLE', ['150600', '1.5'])).toEqual(['150600', '1.5'])
  })
})

describe('column rules', () => {
  it('knows the raw kinds', () => {
    expect(rawKind('VARCHAR')).toBe('text')
    expect(rawKind('DOUBLE')).toBe('number')
    expect(rawKind('DECIMAL(18,3)')).toBe('number')
    expect(rawKind('BIGINT')).toBe('number')
    expect(rawKind('BOOLEAN')).toBe('boolean')
    expect(rawKind('BLOB')).toBe('other')
  })
  it('a true/false column cannot hold numbers, years, ids or dates; numbers cannot be dates', () => {
    for (const t of ['VARCHAR', 'DOUBLE', 'SMALLINT', 'DATE'] as const) expect(columnFits(t, 'boolean')).toBe(false)
    expect(columnFits('DATE', 'number')).toBe(false)
    expect(columnFits('SMALLINT', 'number')).toBe(true)
    expect(columnFits('DOUBLE', 'text')).toBe(true)
  })
  it('names the problem per target type', () => {
    expect(coercionProblem('DOUBLE')).toBe('not_a_number')
    expect(coercionProblem('SMALLINT')).toBe('not_a_year')
    expect(coercionProblem('DATE')).toBe('not_a_date')
  })
})
