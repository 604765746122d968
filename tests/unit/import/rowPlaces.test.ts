// Rejections name the place a person finds the row at: the CSV line (as a text editor numbers
// it), the sheet cell of a workbook (Sheet1!D7) — not the pipeline's count of data rows.
import { describe, expect, it } from 'vitest'
import { csvRecordLines, placeCell, placeRow, type RowPlaces } from '../../../src/db/import/rowPlaces'
import { placedRejectedRows } from '../../../src/db/import/rejectedCsv'
import { sheetRows } from '../../../src/spreadsheet/sheetRows'
import { EMPTY, type Cell, type Sheet } from '../../../src/spreadsheet/grid'

describe('CSV line of each data row', () => {
  it('one line per row: data row N is line N + 1 (the header is line 1)', () => {
    const places = csvRecordLines('a,b\n1,2\n3,4\n')
    expect(places).toEqual({ kind: 'lines', lineOf: null })
    expect(placeRow(places, 1)).toBe(2)
    expect(placeRow(places, 2)).toBe(3)
    expect(placeCell(places, 2, 'a')).toBeNull()
  })

  it('a quoted line break keeps its row on the line where it starts; later rows move down', () => {
    const places = csvRecordLines('a,b,c\n1,"第一行\n第二行",3\n4,"say ""hi""",6\n')
    expect([placeRow(places, 1), placeRow(places, 2)]).toEqual([2, 4])
  })

  it('empty lines are skipped the way DuckDB skips them (multi-column files); CRLF and a BOM count as usual', () => {
    const places = csvRecordLines('\uFEFFa,b\r\n1,2\r\n\r\n3,4\r\n\r\n')
    expect([placeRow(places, 1), placeRow(places, 2)]).toEqual([2, 4])
    // A one-column file reads an empty line as an empty value: it is a row.
    const one = csvRecordLines('a\n1\n\n2\n')
    expect([placeRow(one, 1), placeRow(one, 2), placeRow(one, 3)]).toEqual([2, 3, 4])
  })

  it('Parquet has no lines: the data row is the row', () => {
    expect(placeRow(null, 7)).toBe(7)
  })
})

const text = (value: string): Cell => ({ kind: 'text', value })
const num = (value: number): Cell => ({ kind: 'number', value })

describe('sheet cell of each row of a workbook', () => {
  // Row 1 a title, row 2 the header; row 4 empty, row 5 refused (formula): data rows 1 and 2 are sheet rows 3 and 6.
  const sheet: Sheet = {
    name: 'Sheet1',
    hiddenRows: new Set(),
    rows: [
      [text('巴彦淖尔市回填')],
      [text('indicator_id'), text('entity_id'), text('year'), text('value')],
      [text('enrolment_secondary'), text('bayannur'), num(2025), text('1.9万')],
      [EMPTY, EMPTY, EMPTY, EMPTY],
      [text('enrolment_secondary'), text('bayannur'), num(2024), { kind: 'formula', value: 'SUM(A1)' }],
      [text('no_such_indicator'), text('bayannur'), num(2025), num(-3)],
    ],
  }
  const read = sheetRows([sheet], { matchesHeader: (n) => n.includes('indicator_id'), unitOf: () => 'persons' })
  const places: RowPlaces = { kind: 'cells', sheet: read.sheet, sheetRowOf: Int32Array.from(read.rowOf), columnOf: read.columnOf }

  it('the reader keeps where each kept row came from', () => {
    expect(read.rows).toHaveLength(2)
    expect(read.rowOf).toEqual([2, 5])
    expect(read.notes[0]).toMatchObject({ code: 'xlsx_formula', params: { cell: 'Sheet1!D5' } })
  })

  // Row 6 passes the reader; the pipeline then rejects it (unknown indicator, negative count).
  it('a pipeline rejection of data row 2, column value, is Sheet1!D6 on sheet row 6', () => {
    expect(placeRow(places, 2)).toBe(6)
    expect(placeCell(places, 2, 'value')).toBe('Sheet1!D6')
    expect(placeCell(places, 1, 'Value')).toBe('Sheet1!D3')
    // No such column (or "constructor", inherited by every object): the whole row.
    expect(placeCell(places, 2, 'constructor')).toBe('Sheet1!6:6')
  })

  it('a sheet name with spaces is quoted as Excel quotes it', () => {
    const spaced: RowPlaces = { ...places, sheet: "Bob's data" }
    expect(placeCell(spaced, 1, 'year')).toBe("'Bob''s data'!C3")
  })

  it('the rejected-rows download names the sheet row and the cell', () => {
    const rows = placedRejectedRows(
      {
        columns: ['indicator_id', 'value'],
        rows: [{ row: 2, problems: [{ col: 'indicator_id', code: 'unknown_indicator', other: null }, { col: 'value', code: 'negative_value', other: 'persons' }], values: ['no_such_indicator', '-3'] }],
      },
      places,
      (code) => ({ unknown_indicator: '未知指标', negative_value: '数值为负' })[code] ?? code,
    )
    expect(rows).toEqual([{ row: 6, reasons: ['Sheet1!A6 indicator_id: 未知指标', 'Sheet1!D6 value: 数值为负'], values: ['no_such_indicator', '-3'] }])
    const csvRows = placedRejectedRows({ columns: ['value'], rows: [{ row: 2, problems: [{ col: 'value', code: 'x', other: null }], values: ['y'] }] }, csvRecordLines('value\n1\n"a\nb"\n'), (c) => c)
    expect(csvRows).toEqual([{ row: 3, reasons: ['value: x'], values: ['y'] }])
  })
})
