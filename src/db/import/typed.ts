// Raw file → the load's typed staging table for its contract table, with the coercion
// problems of each row (missing value, not a number/year/date) recorded in `imp<id>_problems`.
import { CONTRACT, EXTRA_COLUMNS, type ColumnSpec } from '../contract'
import { execute, quoteIdent } from '../query'
import { coerceExpr, coercionProblem, columnFits, rawKind, textExpr, type RawKind } from './coerce'
import { staging, tableExists, stagingName, type LoadContext } from './context'
import type { Detection } from './detect'
import type { RawFile } from './stage'
import type { TableName } from '../../types/contract'

/** Contract columns plus the extras the app uses (entities.aliases). */
export function stagedColumns(table: TableName): ColumnSpec[] {
  return [...CONTRACT[table], ...(EXTRA_COLUMNS[table] ?? []).map((name) => ({ name, type: 'VARCHAR' as const, required: false }))]
}

export async function ensureProblemsTable(ctx: LoadContext): Promise<void> {
  await execute(`CREATE TABLE IF NOT EXISTS ${staging(ctx, 'problems')} (file INTEGER, "row" BIGINT, col VARCHAR, code VARCHAR, other VARCHAR)`)
}

async function ensureStageTable(ctx: LoadContext, table: TableName): Promise<void> {
  if (await tableExists(stagingName(ctx, 'stage', table))) return
  const cols = stagedColumns(table).map((c) => `${quoteIdent(c.name)} ${c.type}`)
  // __bad: per row, the `column:problem` pairs coercion found (unnested into the problems table).
  await execute(`CREATE TABLE ${staging(ctx, 'stage', table)} (__file INTEGER, __row BIGINT, ${cols.join(', ')}, __bad VARCHAR[])`)
}

export interface Mistyped {
  column: string
  type: string
  expected: ColumnSpec['type']
}

/** Columns whose type cannot hold the contract type at all (e.g. `year` as true/false). */
export function mistypedColumns(file: RawFile, detection: Detection): Mistyped[] {
  const types = new Map(file.columns.map((c) => [c.name, c.type]))
  const out: Mistyped[] = []
  for (const spec of stagedColumns(detection.table!)) {
    const own = detection.mapping[spec.name]
    if (own === undefined) continue
    const type = types.get(own) ?? 'VARCHAR'
    if (!columnFits(spec.type, rawKind(type))) out.push({ column: spec.name, type, expected: spec.type })
  }
  return out
}

/** Insert the file's rows, typed, into the stage table and record per-value problems. */
export async function stageTypedRows(ctx: LoadContext, file: RawFile, detection: Detection): Promise<void> {
  const table = detection.table!
  await ensureStageTable(ctx, table)
  await ensureProblemsTable(ctx)
  const types = new Map(file.columns.map((c) => [c.name, c.type]))
  const selects: string[] = []
  const checks: string[] = []
  for (const spec of stagedColumns(table)) {
    const own = detection.mapping[spec.name] ?? (spec.name === 'aliases' && types.has('aliases') ? 'aliases' : undefined)
    if (own === undefined) {
      selects.push(`CAST(NULL AS ${spec.type})`)
      continue
    }
    const kind: RawKind = rawKind(types.get(own) ?? 'VARCHAR')
    const ref = quoteIdent(own)
    const value = coerceExpr(spec.type, kind, ref)
    selects.push(value)
    const empty = kind === 'text' ? `${textExpr(ref)} IS NULL` : `${ref} IS NULL`
    // One list per row names the columns that failed; unnested below into problem rows.
    checks.push(
      `CASE WHEN ${empty} THEN ${spec.required ? `'${spec.name}:missing_value'` : 'NULL'}
            WHEN (${value}) IS NULL THEN '${spec.name}:${coercionProblem(spec.type)}' END`,
    )
  }
  const bad = checks.length ? `list_filter([${checks.join(', ')}], x -> x IS NOT NULL)` : `[]::VARCHAR[]`
  const stage = staging(ctx, 'stage', table)
  await execute(`INSERT INTO ${stage} SELECT ${file.index}, rowid + 1, ${selects.join(', ')}, ${bad} FROM ${file.raw}`)
  await execute(
    `INSERT INTO ${staging(ctx, 'problems')}
     SELECT __file, __row, split_part(b, ':', 1), split_part(b, ':', 2), NULL
       FROM (SELECT __file, __row, unnest(__bad) AS b FROM ${stage} WHERE __file = ${file.index} AND len(__bad) > 0)`,
  )
}
