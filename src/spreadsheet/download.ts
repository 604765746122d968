// Workbooks out: ExcelJS is fetched here on first use only (a dynamic import), never at first paint.
import type { Workbook } from 'exceljs'
import { defuse } from '../export/csv'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export async function loadExcel(): Promise<typeof import('exceljs')> {
  const mod = await import('exceljs')
  // The browser build is UMD: its namespace sits on `default`.
  return ((mod as unknown as { default?: typeof import('exceljs') }).default ?? mod)
}

export async function workbookBlob(wb: Workbook): Promise<Blob> {
  return new Blob([await wb.xlsx.writeBuffer()], { type: XLSX_MIME })
}

export type TableCell = string | number | null | undefined

/**
 * A cell as written: a finite number stays a number; text is a string cell (never a formula
 * object), defused as the CSV writer does — text that a spreadsheet would run if someone edits
 * the cell (`=…`, `+…`, `@…`, full-width ＝) gets a leading apostrophe.
 */
export function sheetValue(v: TableCell): string | number | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  return defuse(v)
}

/** Excel refuses these in a sheet name: \ / ? * [ ] : (and more than 31 characters). */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1'

/** A plain table as one sheet: every value a typed cell, text stays text (never a formula). */
export async function tableWorkbook(name: string, header: readonly string[], rows: readonly (readonly TableCell[])[]): Promise<Blob> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheetName(name))
  ws.addRow(header.map(sheetValue)).font = { bold: true }
  for (const r of rows) ws.addRow(r.map(sheetValue))
  return workbookBlob(wb)
}
