// One load (a set of files brought in together) owns a family of staging tables named
// `imp<id>_…`; the live tables are never touched until apply.
import { queryRows, execute, quoteIdent } from '../query'
import type { ImportProgress } from './types'

export interface LoadContext {
  id: number
  /** Years after this one are "in the future" for observations. */
  asOfYear: number
  onProgress: (p: ImportProgress) => void
}

let nextLoadId = 1

export function newLoadContext(asOf: Date, onProgress: (p: ImportProgress) => void = () => undefined): LoadContext {
  return { id: nextLoadId++, asOfYear: asOf.getFullYear(), onProgress }
}

/** Quoted name of one of the load's staging tables. */
export function staging(ctx: LoadContext, ...parts: (string | number)[]): string {
  return quoteIdent(stagingName(ctx, ...parts))
}

export function stagingName(ctx: LoadContext, ...parts: (string | number)[]): string {
  return `imp${ctx.id}_${parts.join('_')}`
}

/** A SQL string literal (for names we generate ourselves, where a parameter cannot go). */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

export async function tableExists(name: string): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ?`, [name])
  return rows[0].n > 0
}

/** Drop every staging table of a load (after apply or cancel). */
export async function dropLoad(ctx: LoadContext): Promise<void> {
  const prefix = [`imp${ctx.id}_`]
  // Views first: they depend on the staging tables.
  const views = await queryRows<{ name: string }>(`SELECT view_name AS name FROM duckdb_views() WHERE starts_with(view_name, ?)`, prefix)
  for (const { name } of views) await execute(`DROP VIEW IF EXISTS ${quoteIdent(name)}`)
  const tables = await queryRows<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE starts_with(table_name, ?)`, prefix)
  for (const { name } of tables) await execute(`DROP TABLE IF EXISTS ${quoteIdent(name)}`)
}
