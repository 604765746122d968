// A request workbook written, filled in the way a person would (ExcelJS, like the e2e's
// Node script), read back: the importer's rows and the cell-addressed refusals.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildRequestWorkbook, REQUEST_INPUT, type RequestText } from '../../../src/spreadsheet/requestWorkbook'
import { toSheets, workbookKind } from '../../../src/spreadsheet/readExcel'
import { sheetRows } from '../../../src/spreadsheet/sheetRows'
import type { RequestRow } from '../../../src/spreadsheet/requestRows'

const text: RequestText = {
  instructionsSheet: '填写说明', requestSheet: '数据征集', title: 't', lines: ['a', 'b'], numberTitle: '数值', numberError: 'e',
  col: { entity: '主体', indicator: '指标', definition: '口径', unit: '单位', year: '年份', target: '目标', last: '最近', lastYear: '年', value: '数值', source: '来源', ref: '页', note: '备注' },
}
const row = (indicatorId: string, unit: string): RequestRow => ({
  entityId: 'bayannur', entityName: '巴彦淖尔市', indicatorId, indicatorName: indicatorId, definition: '', unit, unitWord: unit, year: 2025, target: '≥ 70', last: 60, lastYear: 2023,
})
const rules = { matchesHeader: (n: string[]) => n.includes('indicator_id') && n.includes('value'), unitOf: () => null }

async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void) {
  const wb = buildRequestWorkbook(ExcelJS, [row('students', 'persons'), row('share', 'percent'), row('teachers', 'persons')], text)
  const bytes = await wb.xlsx.writeBuffer()
  const back = new ExcelJS.Workbook()
  await back.xlsx.load(bytes)
  fill(back.getWorksheet('数据征集')!)
  const filled = await back.xlsx.writeBuffer()
  expect(workbookKind(new Uint8Array(filled))).toBe('xlsx')
  const read = new ExcelJS.Workbook()
  await read.xlsx.load(filled)
  return sheetRows(toSheets(read), rules)
}

describe('request workbook', () => {
  it('hides and locks the ids, validates the value cells', async () => {
    const wb = buildRequestWorkbook(ExcelJS, [row('students', 'persons')], text)
    const ws = wb.getWorksheet('数据征集')!
    expect(wb.worksheets[0].name).toBe('填写说明')
    expect(ws.getRow(2).hidden).toBe(true)
    expect(ws.getColumn(13).hidden).toBe(true)
    expect(ws.getCell(3, 13).protection?.locked).not.toBe(false)
    expect(ws.getCell(3, REQUEST_INPUT.value).protection?.locked).toBe(false)
    expect(ws.getCell(3, REQUEST_INPUT.value).dataValidation?.type).toBe('custom')
    expect((ws as unknown as { sheetProtection?: { sheet: boolean } }).sheetProtection?.sheet).toBe(true)
  })

  it('reads printed forms with the unit column and skips unanswered rows', async () => {
    const out = await roundTrip((ws) => {
      ws.getCell(3, REQUEST_INPUT.value).value = '1.9万'
      ws.getCell(3, REQUEST_INPUT.source).value = '2025年统计公报'
      ws.getCell(3, REQUEST_INPUT.ref).value = '表1'
      ws.getCell(4, REQUEST_INPUT.value).value = '57.4%'
      ws.getCell(4, REQUEST_INPUT.source).value = '质量报告'
      ws.getCell(4, REQUEST_INPUT.ref).value = 'p.3'
    })
    expect(out.fatal).toBeNull()
    expect(out.header).toEqual(['year', 'value', 'source_doc', 'source_ref', 'quote', 'indicator_id', 'entity_id'])
    expect(out.rows).toEqual([
      ['2025', '19000', '2025年统计公报', '表1', '', 'students', 'bayannur'],
      ['2025', '57.4', '质量报告', 'p.3', '', 'share', 'bayannur'],
    ])
    expect(out.notes.find((n) => n.code === 'xlsx_unanswered')?.params.count).toBe(1)
  })

  it('refuses estimates, formulas and dates with the cell address', async () => {
    const out = await roundTrip((ws) => {
      ws.getCell(3, REQUEST_INPUT.value).value = '约5万'
      ws.getCell(4, REQUEST_INPUT.value).value = { formula: 'I3*2', result: 7 } as ExcelJS.CellFormulaValue
      ws.getCell(5, REQUEST_INPUT.value).value = new Date(Date.UTC(2025, 0, 1))
      ws.getCell(5, REQUEST_INPUT.value).numFmt = 'yyyy-mm-dd'
    })
    expect(out.rows).toEqual([])
    expect(out.notes.filter((n) => n.code !== 'xlsx_read_sheet').map((n) => [n.code, n.params.cell])).toEqual([
      ['xlsx_approximate', '数据征集!I3'],
      ['xlsx_formula', '数据征集!I4'],
      ['xlsx_date_in_number', '数据征集!I5'],
    ])
  })
})

describe('workbookKind', () => {
  it('tells an old .xls from a password-protected .xlsx', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
    const enc = new Uint8Array([...ole, ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])])
    expect(workbookKind(enc)).toBe('encrypted')
    expect(workbookKind(new Uint8Array([...ole, 0, 0]))).toBe('legacy_xls')
    expect(workbookKind(new TextEncoder().encode('a,b\n'))).toBe('unknown')
  })
})
