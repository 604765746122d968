// Spreadsheet figures for `npm run bench` (issue 11): time to read a 100,000-row workbook on the
// import worker's code path (ExcelJS → cells → contract rows → CSV text, in Node: the same code
// the worker runs), the same read with SheetJS for comparison, the gzip size of the lazy
// chunks that carry ExcelJS, and a check that none of them is in the initial JS.
import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { csvText } from '../../src/spreadsheet/csvText'
import { toSheets } from '../../src/spreadsheet/readExcel'
import { sheetRows } from '../../src/spreadsheet/sheetRows'
import { writeBigWorkbook } from '../e2e/fillRequest'

export const XLSX_ROWS = 100_000
/** A string only ExcelJS's own code holds (the package's workbook writer names this part). */
const EXCELJS_MARKER = 'xl/worksheets/_rels/sheet'

export interface XlsxBench {
  exceljsReadMs: number
  sheetjsReadMs: number
  /** Chunk file → gzip bytes, for each built chunk that carries ExcelJS. */
  lazyChunks: Record<string, number>
  /** ExcelJS found in a script the first page loads (must be false). */
  inInitialJs: boolean
}

export async function benchXlsx(dist: string): Promise<XlsxBench> {
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-bench-')), 'observations_100k.xlsx')
  await writeBigWorkbook(path, XLSX_ROWS)
  const bytes = new Uint8Array(readFileSync(path))

  let t = performance.now()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer)
  const out = sheetRows(toSheets(wb), { matchesHeader: (n) => n.includes('indicator_id'), unitOf: () => 'persons' })
  csvText(out.header, out.rows)
  const exceljsReadMs = performance.now() - t
  if (out.rows.length !== XLSX_ROWS) throw new Error(`read ${out.rows.length} rows, expected ${XLSX_ROWS}`)

  t = performance.now()
  const sj = XLSX.read(bytes, { type: 'array', dense: true })
  XLSX.utils.sheet_to_json(sj.Sheets[sj.SheetNames[0]], { header: 1 })
  const sheetjsReadMs = performance.now() - t

  const assets = join(dist, 'assets')
  const lazyChunks: Record<string, number> = {}
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(assets, f))
    if (code.includes(EXCELJS_MARKER)) lazyChunks[f] = gzipSync(code).length
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
  return { exceljsReadMs, sheetjsReadMs, lazyChunks, inInitialJs: initial.some((f) => f in lazyChunks) }
}
