// Fills a downloaded data-request workbook the way a person would: types into the value,
// source and page cells of the first rows (ExcelJS, the library the app uses), nothing else.
import { DuckDBInstance } from '@duckdb/node-api'
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

/**
 * An observations sheet of `rows` rows over the bundled catalogue's (indicator, entity) pairs,
 * one source per year (keys unique, values in range for the unit), streamed to disk.
 */
export async function writeBigWorkbook(path: string, rows: number): Promise<void> {
  const db = await DuckDBInstance.create(':memory:')
  const c = await db.connect()
  const reader = await c.runAndReadAll(`
    WITH pairs AS (SELECT i.indicator_id, i.unit, e.entity_id, row_number() OVER () AS p
                     FROM read_parquet('public/data/indicators.parquet') i, read_parquet('public/data/entities.parquet') e)
    SELECT indicator_id, entity_id, y.year::INTEGER AS year,
           CASE WHEN unit = 'percent' THEN round(((p * 7 + y.year * 13) % 1000) / 10.0, 1) ELSE ((p * 31 + y.year * 17) % 50000)::DOUBLE END AS value
      FROM pairs, range(2000, 2025) y(year) ORDER BY p, year LIMIT ${rows}`)
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path })
  const ws = wb.addWorksheet('observations')
  ws.addRow(['indicator_id', 'entity_id', 'year', 'value', 'source_doc', 'source_ref']).commit()
  for (const [indicator, entity, year, value] of reader.getRows()) ws.addRow([indicator, entity, year, value, 'big.xlsx', '表1']).commit()
  await wb.commit()
  c.closeSync()
}
