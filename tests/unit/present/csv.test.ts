import { describe, it, expect } from 'vitest'
import { BOM, csvCell, toCsv } from '../../../src/export/csv'

/** A small RFC 4180 reader, independent of the writer, to read the output back. */
function parse(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && c === '"') quoted = false
    else if (quoted) cell += c
    else if (c === '"') quoted = true
    else if (c === ',') endCell()
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell()
      rows.push(row)
      row = []
      i++
    } else cell += c
  }
  return rows
}

describe('CSV writer', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF (Excel on Windows)', () => {
    const csv = toCsv(['主体', '数值'], [['鄂尔多斯市', 57.4]])
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv).toBe(`${BOM}主体,数值\r\n鄂尔多斯市,57.4\r\n`)
    const bytes = new TextEncoder().encode(csv)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n')
  })

  it('quotes commas, quotes, line breaks and edge spaces; reads back the same', () => {
    const rows = [
      ['a,b', 'say "hi"', 'two\nlines', ' padded ', '“中文引号”，全角逗号'],
      ['', 'plain', '（表1）', 'x', 'y'],
    ]
    const csv = toCsv(['c1', 'c2', 'c3', 'c4', 'c5'], rows)
    expect(parse(csv.slice(1))).toEqual([['c1', 'c2', 'c3', 'c4', 'c5'], ...rows])
  })

  it('writes numbers as numbers, nulls and non-finite numbers as empty cells', () => {
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell(0)).toBe('0')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(Infinity)).toBe('')
  })

  it('defuses text a spreadsheet would run as a formula (imported names may be hostile)', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-x')).toBe("'-x")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('<script>alert(1)</script>')).toBe('<script>alert(1)</script>')
  })

  // Issue 16, defects 10 and 16: the rejected-rows CSV let these through.
  it('defuses a formula that starts with a minus and a digit, and full-width and space-led ones', () => {
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0")
    expect(csvCell('-1+1')).toBe("'-1+1")
    expect(csvCell('＝1+1')).toBe("'＝1+1")
    expect(csvCell('＋1')).toBe("'＋1")
    expect(csvCell('－1')).toBe("'－1")
    expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)")
    expect(csvCell(' =1+1')).toBe("' =1+1")
    expect(csvCell('\u3000=1')).toBe("'\u3000=1")
    expect(csvCell('\tx')).toBe("'\tx")
  })

  it('leaves a cell that is a plain number as a whole as it is (a negative value stays a number)', () => {
    expect(csvCell('-3')).toBe('-3')
    expect(csvCell('-.5')).toBe('-.5')
    expect(csvCell('-1.5e3')).toBe('-1.5e3')
    expect(csvCell('57.4')).toBe('57.4')
    expect(csvCell('约-3')).toBe('约-3')
  })

  it('is the writer the importer uses for rejected rows (one writer, one rule)', async () => {
    const rejected = await import('../../../src/db/import/rejectedCsv')
    expect(rejected.csvCell).toBe(csvCell)
    expect(rejected.toCsv).toBe(toCsv)
    const csv = rejected.rejectedRowsCsv(['name'], [{ row: 2, reasons: ['x'], values: ["-2+3+cmd|' /C calc'!A0"] }], { row: 'row', reason: 'reason' })
    expect(csv).toContain("'-2+3+cmd|' /C calc'!A0")
  })
})
