// Problems recorded in the staging area → messages for one file: the first rows one by one
// (file, column, row, the value as written), then a count for the rest of each kind.
import { queryRows, quoteIdent } from '../query'
import { staging, type LoadContext } from './context'
import { placeCell, placeRow } from './rowPlaces'
import type { RawFile } from './stage'
import type { ImportMessage } from './types'

/** How many row-level messages a file shows before summarising. */
export const SHOWN_PER_FILE = 20

interface ProblemRow {
  row: number
  col: string
  code: string
  other: string | null
  value: string | null
}

/** Comparators as typed in Word or Excel (≥, ≤, full-width ＝, ≈) and what the contract spells them. */
const COMPARATOR_SYMBOLS: Record<string, string> = { '≥': '>=', '≧': '>=', '≤': '<=', '≦': '<=', '＝': '=', '≈': '~', '～': '~' }

/** The contract's spelling when a comparator was written as a typographic symbol (it is rejected, with this hint). */
function symbolFor(p: ProblemRow): string | undefined {
  return p.code === 'invalid_code' && p.col === 'comparator' ? COMPARATOR_SYMBOLS[(p.value ?? '').trim()] : undefined
}

/** `other` of a duplicate key is `file:row`; name the file when it is another one; the row as that file numbers it. */
function otherRef(other: string | null, files: readonly RawFile[], self: number): Record<string, string | number> {
  if (!other) return {}
  const m = /^(\d+):(\d+)$/.exec(other)
  if (!m) return { other }
  const file = Number(m[1])
  const row = placeRow(files[file]?.places ?? null, Number(m[2]))
  return file === self ? { other: row } : { other: `${files[file]?.name ?? '?'} · ${row}` }
}

/** `at: Sheet1!D7` for a workbook row; nothing for CSV and Parquet (their row number says it). */
export function cellParam(file: Pick<RawFile, 'places'>, row: number, column?: string): { at?: string } {
  const at = placeCell(file.places, row, column)
  return at ? { at } : {}
}

export async function problemMessages(
  ctx: LoadContext,
  file: RawFile,
  mapping: Record<string, string>,
  files: readonly RawFile[],
): Promise<ImportMessage[]> {
  const ownName = (col: string) => mapping[col] ?? col
  const valueCase = Object.entries(mapping)
    .map(([col, own]) => `WHEN '${col.replaceAll("'", "''")}' THEN CAST(r.${quoteIdent(own)} AS VARCHAR)`)
    .join(' ')
  const shown = await queryRows<ProblemRow>(
    `WITH p AS (SELECT * FROM ${staging(ctx, 'problems')} WHERE file = ? ORDER BY "row", col LIMIT ${SHOWN_PER_FILE})
     SELECT p."row" AS "row", p.col, p.code, p.other, ${valueCase ? `CASE p.col ${valueCase} END` : 'NULL'} AS value
       FROM p JOIN (SELECT rowid + 1 AS __row, * FROM ${file.raw}) r ON r.__row = p."row"
      ORDER BY p."row", p.col`,
    [file.index],
  )
  const groups = await queryRows<{ col: string; code: string; n: number }>(
    `SELECT col, code, count(*) AS n FROM ${staging(ctx, 'problems')} WHERE file = ? GROUP BY col, code ORDER BY min("row")`,
    [file.index],
  )
  const messages: ImportMessage[] = shown.map((p) => ({
    code: symbolFor(p) ? 'comparator_symbol' : p.code,
    severity: 'error',
    // `other` is the allowed codes, the unit, the as-of year, or (duplicate_key) the clashing row.
    params: {
      // The row as the file numbers it (CSV line, sheet row) and, in a workbook, the cell.
      file: file.name, row: placeRow(file.places, p.row), column: ownName(p.col), ...cellParam(file, p.row, ownName(p.col)), value: p.value ?? '', other: symbolFor(p) ?? p.other ?? '',
      ...(p.code === 'duplicate_key' ? otherRef(p.other, files, file.index) : {}),
    },
  }))
  for (const g of groups) {
    const listed = shown.filter((p) => p.col === g.col && p.code === g.code).length
    if (g.n > listed) {
      messages.push({ code: 'more_rows', severity: 'error', params: { file: file.name, column: ownName(g.col), problem: g.code, count: g.n - listed } })
    }
  }
  return messages
}
