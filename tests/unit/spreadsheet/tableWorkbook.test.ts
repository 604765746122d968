// Every .xlsx the app writes from data (tracker, warnings, check-ins, rejected rows) goes
// through the CSV writer's defusing: text a spreadsheet would run becomes inert text, and no
// cell is ever a formula. Read back with ExcelJS, as a person's Excel would open it.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { defuse } from '../../../src/export/csv'
import { sheetValue, tableWorkbook } from '../../../src/spreadsheet/download'

const HOSTILE = ['=HYPERLINK("http://x","y")', "-2+3+cmd|' /C calc'!A0", '@SUM(1)', '＝1+1', '+1', '  =1']

describe('tableWorkbook', () => {
  it('writes numbers as numbers and text as strings, defused exactly as the CSV writer defuses', async () => {
    const blob = await tableWorkbook('rejected/rows: [1]', ['row', 'reason', 'value'], [
      [3, 'Sheet1!D3 value: 不是数字', '约5万'],
      ...HOSTILE.map((h, i) => [i + 4, h, h] as const),
      [99, null, -3],
    ])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await blob.arrayBuffer())
    const ws = wb.worksheets[0]
    expect(ws.name).toBe('rejected rows   1 ') // characters Excel refuses in a sheet name are replaced
    expect(ws.getCell('A2').value).toBe(3)
    expect(ws.getCell('C2').value).toBe('约5万')
    HOSTILE.forEach((h, i) => {
      const cell = ws.getCell(`C${i + 3}`)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeUndefined()
      expect(cell.value).toBe(defuse(h))
      expect(String(cell.value).startsWith("'")).toBe(true)
    })
    expect(ws.getCell(`C${HOSTILE.length + 3}`).value).toBe(-3)
  })

  it('leaves plain numbers written as text alone (a source printing -3 or 57.4 is not defaced)', () => {
    expect(sheetValue('-3')).toBe('-3')
    expect(sheetValue('57.4')).toBe('57.4')
    expect(sheetValue(Number.NaN)).toBeNull()
  })
})
