// The rejected rows of one file, as written in it, with their problems (for the CSV download).
import { queryRows, quoteIdent } from '../query'
import { staging, type LoadContext } from './context'
import type { RawFile } from './stage'

export interface RejectedProblem {
  col: string
  code: string
  other: string | null
}

export interface RejectedRows {
  columns: string[]
  rows: { row: number; problems: RejectedProblem[]; values: (string | null)[] }[]
}

const UNIT = '\u001f'
const RECORD = '\u001e'

export async function rejectedRows(ctx: LoadContext, file: RawFile): Promise<RejectedRows> {
  const columns = file.columns.map((c) => c.name)
  const rows = await queryRows<Record<string, string | number | null>>(
    `WITH p AS (
       SELECT "row", string_agg(col || '${UNIT}' || code || '${UNIT}' || coalesce(other, ''), '${RECORD}' ORDER BY col) AS problems
         FROM ${staging(ctx, 'problems')} WHERE file = ? GROUP BY "row"
     )
     SELECT p."row" AS __row, p.problems AS __problems, ${columns.map((c, i) => `CAST(r.${quoteIdent(c)} AS VARCHAR) AS v${i}`).join(', ')}
       FROM p JOIN (SELECT rowid + 1 AS __r, * FROM ${file.raw}) r ON r.__r = p."row"
      ORDER BY p."row"`,
    [file.index],
  )
  return {
    columns,
    rows: rows.map((r) => ({
      row: Number(r.__row),
      problems: String(r.__problems)
        .split(RECORD)
        .map((s) => {
          const [col, code, other] = s.split(UNIT)
          return { col, code, other: other || null }
        }),
      values: columns.map((_, i) => (r[`v${i}`] as string | null) ?? null),
    })),
  }
}
