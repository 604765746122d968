// The committed workbooks (tests/fixtures/xlsx, written by SheetJS and by LibreOffice — not the
// library the app uses) read the way the import worker reads them: ExcelJS → cells → contract rows.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toSheets, workbookKind } from '../../../src/spreadsheet/readExcel'
import { sheetRows } from '../../../src/spreadsheet/sheetRows'

const DIR = join(__dirname, '..', '..', 'fixtures', 'xlsx')
const UNITS: Record<string, string> = { enrolment_secondary: 'persons', dual_qualified_teacher_share_secondary: 'percent' }
const rules = { matchesHeader: (n: string[]) => n.includes('indicator_id') && n.includes('value'), unitOf: (id: string) => UNITS[id] ?? null }

const arrayBuffer = (name: string) => new Uint8Array(readFileSync(join(DIR, name))).buffer

async function read(name: string) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(arrayBuffer(name))
  return sheetRows(toSheets(wb), rules)
}

describe('workbooks written by SheetJS', () => {
  it('text-formatted numbers and 1.9万 read as figures', async () => {
    const out = await read('observations_sheetjs_text_numbers.xlsx')
    expect(out.fatal).toBeNull()
    expect(out.rows.map((r) => r[3])).toEqual(['19000', '66.5'])
  })
  it('a formula is refused with its cell, not computed', async () => {
    const out = await read('observations_formula_cell.xlsx')
    expect(out.rows).toEqual([])
    expect(out.notes[0]).toMatchObject({ code: 'xlsx_formula', params: { cell: 'Sheet1!D2' } })
    // Kept for the rejected-rows download, as the sheet showed it (the formula, not its cached value).
    expect(out.refused).toHaveLength(1)
    expect(out.refused[0]).toMatchObject({ sheetRow: 1, cell: 'Sheet1!D2', column: 'value', problem: 'formula' })
    expect(out.refused[0].values[out.header.indexOf('value')]).toMatch(/^=/)
  })
  it('a merged header stops the file, naming the cell', async () => {
    const out = await read('observations_merged_header.xlsx')
    expect(out.fatal).toMatchObject({ code: 'xlsx_merged_header', params: { cell: 'Sheet1!A1' } })
  })
  it('hostile strings stay text', async () => {
    const out = await read('observations_hostile_text.xlsx')
    expect(out.rows[0][4]).toBe('<img src=x onerror="window.__pwned=1">')
    expect(out.rows[0][5]).toBe("=cmd|'/c calc'!A1")
  })
  it('an .xls renamed, a password-protected file and a cut file are told apart by their bytes', async () => {
    expect(workbookKind(readFileSync(join(DIR, 'observations_xls_renamed.xlsx')))).toBe('legacy_xls')
    expect(workbookKind(readFileSync(join(DIR, 'observations_password_protected.xlsx')))).toBe('encrypted')
    await expect(new ExcelJS.Workbook().xlsx.load(arrayBuffer('observations_truncated.xlsx'))).rejects.toThrow()
  })
})

describe('a workbook written by LibreOffice Calc (make-libreoffice.sh)', () => {
  it('a text-formatted value column, with 1.9万 stored as rich text, reads as figures, each row placed in the sheet', async () => {
    const out = await read('observations_libreoffice_text_numbers.xlsx')
    expect(out.fatal).toBeNull()
    expect(out.rows.map((r) => r[3])).toEqual(['19000', '66.5'])
    expect(out.rowOf).toEqual([1, 2])
    expect(out.columnOf.value).toBe(3)
  })
})

