// One load (a set of files brought in together) owns a family of staging tables named
// `imp<id>_…`; the live tables are never touched until apply.
import { queryRows, execute, quoteIdent } from '../query'
import { DbError } from '../errors'
import type { ImportProgress } from './types'

export interface LoadContext {
  id: number
  /** Years after this one are "in the future" for observations. */
  asOfYear: number
  onProgress: (p: ImportProgress) => void
  /**
   * 'merge': the load's rows go over the live tables (a user's import).
   * 'replace': the load is a whole dataset (a manifest from a link); it is checked and diffed
   * against nothing but itself, and on apply its tables replace the live ones.
   */
  mode: 'merge' | 'replace'
  /** Fires when the user cancels; checked between steps (DuckDB work already sent runs to its end). */
  signal?: AbortSignal
}

let nextLoadId = 1

export function newLoadContext(
  asOf: Date,
  onProgress: (p: ImportProgress) => void = () => undefined,
  mode: LoadContext['mode'] = 'merge',
  signal?: AbortSignal,
): LoadContext {
  return { id: nextLoadId++, asOfYear: asOf.getFullYear(), onProgress, mode, signal }
}

/** The table the load is checked and diffed against: the live one, or (replace) an empty copy of it. */
export function live(ctx: LoadContext, table: string): string {
  return ctx.mode === 'replace' ? staging(ctx, 'base', table) : quoteIdent(table)
}

/** For a replace load: the empty stand-ins of the live tables that live() names. */
export async function createBaseTables(ctx: LoadContext, tables: readonly string[]): Promise<void> {
  if (ctx.mode !== 'replace') return
  for (const t of tables) {
    if (await tableExists(t)) await execute(`CREATE OR REPLACE TABLE ${staging(ctx, 'base', t)} AS SELECT * FROM ${quoteIdent(t)} LIMIT 0`)
  }
}

/** Stop between steps when the user cancelled. */
export function throwIfCancelled(ctx: LoadContext): void {
  if (ctx.signal?.aborted) throw new DbError('aborted', 'import_cancelled')
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
