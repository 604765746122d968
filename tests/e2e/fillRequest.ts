// Fills a downloaded data-request workbook the way a person would: types into the value,
// source and page cells of the first rows (ExcelJS, the library the app uses), nothing else.
import ExcelJS from 'exceljs'
import { REQUEST_INPUT } from '../../src/spreadsheet/requestWorkbook'

export interface Filled {
  indicatorId: string
  entityId: string
  typed: string
}

/** A figure that meets the row's target, printed as people print it (1.9万, 57.4%). */
function meetingFigure(target: string, unit: string): string {
  const value = Number(target.replace(/^[^\d-]+/, ''))
  if (unit === 'percent') return `${value}%`
  if (unit === 'persons' && value >= 10000) return `${value / 10000}万`
  return String(value)
}

export async function fillRequest(inPath: string, outPath: string, count: number): Promise<Filled[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(inPath)
  const ws = wb.worksheets[1]
  const names = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? ''))
  const col = (name: string) => names.indexOf(name)
  const filled: Filled[] = []
  for (let r = REQUEST_INPUT.firstRow; filled.length < count && r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const typed = meetingFigure(String(row.getCell(col('_target')).value), String(row.getCell(col('_unit')).value))
    row.getCell(REQUEST_INPUT.value).value = typed
    row.getCell(REQUEST_INPUT.source).value = '巴彦淖尔市2025年职业教育统计（回填）'
    row.getCell(REQUEST_INPUT.ref).value = `表${r}`
    filled.push({ indicatorId: String(row.getCell(col('indicator_id')).value), entityId: String(row.getCell(col('entity_id')).value), typed })
  }
  await wb.xlsx.writeFile(outPath)
  return filled
}

/** An observations sheet of `rows` rows (streamed, so the test itself stays light). */
export async function writeBigWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path })
  const ws = wb.addWorksheet('observations')
  ws.addRow(['indicator_id', 'entity_id', 'year', 'value', 'source_doc', 'source_ref']).commit()
  for (let i = 0; i < rows; i++) ws.addRow(['enrolment_secondary', 'bayannur', 2000 + (i % 25), i, 'big.xlsx', `r${i}`]).commit()
  await wb.commit()
}
