import { describe, expect, it } from 'vitest'
import { csvCell, rejectedFileName, rejectedRowsCsv, toCsv, withRefusedRows } from '../../../src/db/import/rejectedCsv'

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(57.4)).toBe('57.4')
  })

  it('defuses spreadsheet formulas but keeps negative numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-3')).toBe('-3')
    expect(csvCell('-.5')).toBe('-.5')
    expect(csvCell('-cmd')).toBe("'-cmd")
  })

  it('leaves hostile HTML as plain text', () => {
    expect(csvCell('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('rejectedRowsCsv', () => {
  it('writes a BOM, the reason first, then the row as it was, CRLF line ends', () => {
    const csv = rejectedRowsCsv(
      ['indicator_id', 'value'],
      [
        { row: 2, reasons: ['value: 不是数字'], values: ['enrolment', '约57%'] },
        { row: 5, reasons: ['indicator_id: 未知指标', 'value: 数值为负'], values: ['nope', '-3'] },
      ],
      { row: '行号', reason: '问题' },
    )
    expect(csv).toBe('\uFEFF行号,问题,indicator_id,value\r\n2,value: 不是数字,enrolment,约57%\r\n5,indicator_id: 未知指标; value: 数值为负,nope,-3\r\n')
  })

  it('an empty list is just the header', () => {
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n')
  })

  it('names the download after the file', () => {
    expect(rejectedFileName('observations 2024.csv')).toBe('observations 2024.rejected.csv')
    expect(rejectedFileName('x.parquet')).toBe('x.rejected.csv')
  })
})

describe('withRefusedRows', () => {
  it('adds the rows the workbook reader refused, in sheet order, with cell and reason', () => {
    const staged = [{ row: 5, reasons: ['Sheet1!A5 indicator_id: unknown indicator'], values: ['x', 'bayannur', '5'] }]
    const refused = [{ sheetRow: 6, cell: 'Sheet1!C7', column: 'value', problem: 'approximate' as const, values: ['enrolment_secondary', 'bayannur', '约5万'] }]
    const rows = withRefusedRows(staged, refused, (code) => `<${code}>`)
    expect(rows.map((r) => r.row)).toEqual([5, 7])
    expect(rows[1]).toEqual({ row: 7, reasons: ['Sheet1!C7 value: <xlsx_approximate>'], values: ['enrolment_secondary', 'bayannur', '约5万'] })
    expect(withRefusedRows([], [], String)).toEqual([])
  })
})
