// Workbooks out: ExcelJS is fetched here on first use only (a dynamic import), never at first paint.
import type { Workbook } from 'exceljs'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export async function loadExcel(): Promise<typeof import('exceljs')> {
  const mod = await import('exceljs')
  // The browser build is UMD: its namespace sits on `default`.
  return ((mod as unknown as { default?: typeof import('exceljs') }).default ?? mod)
}

export async function workbookBlob(wb: Workbook): Promise<Blob> {
  return new Blob([await wb.xlsx.writeBuffer()], { type: XLSX_MIME })
}

/** A plain table as one sheet: every value a typed cell, text stays text (never a formula). */
export async function tableWorkbook(sheetName: string, header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<Blob> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheetName.slice(0, 31))
  ws.addRow([...header]).font = { bold: true }
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? null : v)))
  return workbookBlob(wb)
}
