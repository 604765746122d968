import { describe, expect, it } from 'vitest'
import { parseTsv } from '../../../data/lib/tsv'

describe('parseTsv', () => {
  it('reads a header and rows, trims cells and turns empty cells into null', () => {
    const t = parseTsv('a\tb\tc\n 1 \t\tx\n\n2\ty\n')
    expect(t.header).toEqual(['a', 'b', 'c'])
    expect(t.rows).toEqual([
      { line: 2, cells: { a: '1', b: null, c: 'x' } },
      { line: 4, cells: { a: '2', b: 'y', c: null } },
    ])
    expect(t.problems).toEqual([])
  })

  it('handles CRLF and a byte-order mark', () => {
    const t = parseTsv('\uFEFFa\tb\r\n1\t2\r\n')
    expect(t.header).toEqual(['a', 'b'])
    expect(t.rows[0]?.cells).toEqual({ a: '1', b: '2' })
  })

  it('reports a row with more cells than the header, with its line', () => {
    const t = parseTsv('a\tb\n1\t2\t3\n')
    expect(t.problems).toHaveLength(1)
    expect(t.problems[0]?.line).toBe(2)
  })

  it('reports a duplicate header name', () => {
    expect(parseTsv('a\ta\n').problems[0]?.message).toContain('"a" appears twice')
  })
})
