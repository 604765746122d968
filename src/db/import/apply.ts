// Apply a staged load: the next version of each touched live table is built beside it, then
// all of them are swapped in ONE transaction (rename live → imp_prev_*, next → live), so the
// views see either the old data or the new, never half. imp_prev_* is what "undo" restores.
import { IMPORT_TABLE_NAMES, type TableName } from '../../types/contract'
import { execute, queryRows, quoteIdent } from '../query'
import { refreshComputedShares } from '../optionalTables'
import { staging, type LoadContext } from './context'
import { nextTableSql } from './good'

const q = quoteIdent
const prevName = (t: TableName) => `imp_prev_${t}`

/** Run statements as one transaction in a single round trip (no other query can interleave). */
async function transaction(statements: string[]): Promise<void> {
  try {
    await execute(['BEGIN TRANSACTION', ...statements, 'COMMIT'].join(';\n'))
  } catch (err) {
    await execute('ROLLBACK').catch(() => undefined)
    throw err
  }
}

export async function applyLoad(ctx: LoadContext, tables: readonly TableName[]): Promise<void> {
  for (const t of tables) await execute(`CREATE OR REPLACE TABLE ${staging(ctx, 'next', t)} AS SELECT * FROM ${nextTableSql(ctx, t)}`)
  await transaction([
    ...IMPORT_TABLE_NAMES.map((t) => `DROP TABLE IF EXISTS ${q(prevName(t))}`),
    ...tables.flatMap((t) => [`ALTER TABLE ${q(t)} RENAME TO ${q(prevName(t))}`, `ALTER TABLE ${staging(ctx, 'next', t)} RENAME TO ${q(t)}`]),
  ])
  await refreshComputedShares() // majors → the key-chain share observations (contract v1.1)
}

/** Tables the last apply can restore. */
export async function undoableTables(): Promise<TableName[]> {
  const rows = await queryRows<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE starts_with(table_name, 'imp_prev_')`)
  const names = new Set(rows.map((r) => r.name))
  return IMPORT_TABLE_NAMES.filter((t) => names.has(prevName(t)))
}

/** Put back the tables the last apply replaced. */
export async function undoLastApply(): Promise<TableName[]> {
  const tables = await undoableTables()
  if (tables.length === 0) return []
  await transaction(
    tables.flatMap((t) => [
      `ALTER TABLE ${q(t)} RENAME TO ${q(`imp_undo_${t}`)}`,
      `ALTER TABLE ${q(prevName(t))} RENAME TO ${q(t)}`,
      `DROP TABLE ${q(`imp_undo_${t}`)}`,
    ]),
  )
  await refreshComputedShares()
  return tables
}

/** Forget the undo state (the live tables were rebuilt another way). */
export async function dropUndo(): Promise<void> {
  for (const t of IMPORT_TABLE_NAMES) await execute(`DROP TABLE IF EXISTS ${q(prevName(t))}`)
}

