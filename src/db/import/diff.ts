// What a load would change, per file: rows new, rows that change an existing figure
// (with old → new samples), rows unchanged, rows rejected, exact repeats and conflicts.
import { KEYS } from '../contract'
import { queryRows, quoteIdent } from '../query'
import { contentExpr } from './checks'
import { live, staging, type LoadContext } from './context'
import { keyList } from './good'
import { stagedColumns } from './typed'
import type { ChangeSample } from './types'
import type { TableName } from '../../types/contract'

const q = quoteIdent
const SAMPLE = 10

export interface FileCounts {
  file: number
  newRows: number
  changedRows: number
  unchangedRows: number
}

export async function countChanges(ctx: LoadContext, table: TableName): Promise<FileCounts[]> {
  return queryRows<FileCounts>(
    `SELECT g.__file AS file,
            count(*) FILTER (WHERE l.__live IS NULL) AS "newRows",
            count(*) FILTER (WHERE l.__live AND l.content IS DISTINCT FROM ${contentExpr(table, 'g')}) AS "changedRows",
            count(*) FILTER (WHERE l.__live AND l.content IS NOT DISTINCT FROM ${contentExpr(table, 'g')}) AS "unchangedRows"
       FROM ${staging(ctx, 'good', table)} g
       LEFT JOIN (SELECT ${keyList(table)}, ${contentExpr(table)} AS content, true AS __live FROM ${live(ctx, table)}) l USING (${keyList(table)})
      GROUP BY g.__file`,
  )
}

const asText = (expr: string) => `CAST(${expr} AS VARCHAR)`

/** Up to SAMPLE changed rows per file, one sample per changed column. */
export async function changeSamples(ctx: LoadContext, table: TableName, file: number): Promise<ChangeSample[]> {
  const cols = stagedColumns(table).filter((c) => !KEYS[table].includes(c.name))
  const rows = await queryRows<Record<string, string | null>>(
    `SELECT concat_ws(' · ', ${KEYS[table].map((k) => asText(`g.${q(k)}`)).join(', ')}) AS __key,
            ${cols.map((c, i) => `${asText(`l.${q(c.name)}`)} AS b${i}, ${asText(`g.${q(c.name)}`)} AS a${i}`).join(', ')}
       FROM ${staging(ctx, 'good', table)} g JOIN ${live(ctx, table)} l USING (${keyList(table)})
      WHERE g.__file = ? AND ${contentExpr(table, 'l')} IS DISTINCT FROM ${contentExpr(table, 'g')}
      ORDER BY g.__row LIMIT ${SAMPLE}`,
    [file],
  )
  const out: ChangeSample[] = []
  for (const r of rows) {
    cols.forEach((c, i) => {
      if (r[`b${i}`] !== r[`a${i}`]) out.push({ key: String(r.__key), column: c.name, before: r[`b${i}`] ?? '—', after: r[`a${i}`] ?? '—' })
    })
  }
  return out
}

/** A few rows the file would add, as text (shown in the preview — as text, never HTML). */
export async function newSample(ctx: LoadContext, table: TableName, file: number, limit = 5): Promise<Record<string, string>[]> {
  const cols = stagedColumns(table).filter((c) => c.required || c.name === 'quote')
  return queryRows<Record<string, string>>(
    `SELECT ${cols.map((c) => `${asText(`g.${q(c.name)}`)} AS ${q(c.name)}`).join(', ')}
       FROM ${staging(ctx, 'good', table)} g ANTI JOIN ${live(ctx, table)} l USING (${keyList(table)})
      WHERE g.__file = ? ORDER BY g.__row LIMIT ${limit}`,
    [file],
  )
}

export interface RepeatCount {
  file: number
  n: number
  firstRow: number
}

export async function countRepeats(ctx: LoadContext, table: TableName): Promise<RepeatCount[]> {
  return queryRows<RepeatCount>(
    `SELECT __file AS file, count(*) AS n, min(__row) AS "firstRow" FROM ${staging(ctx, 'repeat', table)} GROUP BY __file`,
  )
}

export interface ConflictSample {
  file: number
  row: number
  year: number
  value: number
  others: string
  total: number
}

/**
 * Loaded observations whose (indicator, entity, year) has different values from different
 * sources after the load: kept and flagged as conflicts (docs/data-contract.md), never an error.
 */
export async function conflictSamples(ctx: LoadContext): Promise<ConflictSample[]> {
  const good = staging(ctx, 'good', 'observations')
  const iey = 'indicator_id, entity_id, year'
  // Candidates: years whose loaded values differ (found via a hash of the key, then checked),
  // and years the live table already has. Everything after that works on those few rows.
  return queryRows<ConflictSample>(
    `WITH differ AS (SELECT hash(${iey}) AS h FROM ${good} GROUP BY h HAVING min(value) <> max(value)),
     cand AS (
       SELECT DISTINCT ${iey} FROM ${good} WHERE hash(${iey}) IN (SELECT h FROM differ)
       UNION SELECT DISTINCT ${iey} FROM ${good} SEMI JOIN ${live(ctx, 'observations')} USING (${iey})
     ),
     loaded AS (SELECT * FROM ${good} SEMI JOIN cand USING (${iey})),
     vals AS (
       SELECT ${iey}, value FROM loaded
       UNION ALL
       SELECT ${iey}, value FROM (SELECT * FROM ${live(ctx, 'observations')} SEMI JOIN cand USING (${iey})) l ANTI JOIN loaded USING (${keyList('observations')})
     ),
     groups AS (
       SELECT ${iey}, string_agg(DISTINCT CAST(value AS VARCHAR), ' / ') AS vals FROM vals
        GROUP BY ALL HAVING count(DISTINCT value) > 1
     ),
     hits AS (
       SELECT g.__file AS file, g.__row AS "row", g.year, g.value, groups.vals AS others,
              row_number() OVER (PARTITION BY g.__file ORDER BY g.__row) AS n, count(*) OVER (PARTITION BY g.__file) AS total
         FROM ${good} g JOIN groups USING (${iey})
     )
     SELECT file, "row", year, value, others, total FROM hits WHERE n <= 3 ORDER BY file, "row"`,
  )
}

export interface RejectedCount {
  file: number
  n: number
}

export async function countRejected(ctx: LoadContext): Promise<RejectedCount[]> {
  return queryRows<RejectedCount>(`SELECT file, count(DISTINCT "row") AS n FROM ${staging(ctx, 'problems')} GROUP BY file`)
}
