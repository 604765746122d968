// The rows of a load that will be applied: passed every check, and a key repeated with the
// same content is kept once. Also the shape of each live table after apply ("next").
import { KEYS } from '../contract'
import { execute, queryRows, quoteIdent } from '../query'
import { live, staging, type LoadContext } from './context'
import { stagedColumns } from './typed'
import type { TableName } from '../../types/contract'

const q = quoteIdent

export const keyList = (table: TableName, alias = '') => KEYS[table].map((k) => (alias ? `${alias}.` : '') + q(k)).join(', ')
export const columnList = (table: TableName, alias = '') => stagedColumns(table).map((c) => (alias ? `${alias}.` : '') + q(c.name)).join(', ')

/**
 * Build `imp<id>_good_<table>` and `imp<id>_repeat_<table>`: a key repeated with the same
 * content is kept once (the first row). Only rows that share a key (`imp<id>_multi_<table>`,
 * from the duplicate check) need the window.
 */
export async function buildGoodRows(ctx: LoadContext, table: TableName, files: readonly number[]): Promise<void> {
  const problems = staging(ctx, 'problems')
  await execute(
    `CREATE OR REPLACE TABLE ${staging(ctx, 'repeat', table)} AS
     SELECT __file, __row FROM (
       SELECT m.__file, m.__row, row_number() OVER (PARTITION BY ${keyList(table, 'm')} ORDER BY m.__file, m.__row) AS n
         FROM ${staging(ctx, 'multi', table)} m ANTI JOIN ${problems} p ON p.file = m.__file AND p."row" = m.__row
     ) WHERE n > 1`,
  )
  const [{ dirty }] = await queryRows<{ dirty: number }>(
    `SELECT (SELECT count(*) FROM ${problems} WHERE file IN (${files.join(', ')})) + (SELECT count(*) FROM ${staging(ctx, 'repeat', table)}) AS dirty`,
  )
  if (dirty === 0) {
    // Nothing to leave out (the usual case): a view, no copy of a large load.
    await execute(`CREATE OR REPLACE VIEW ${staging(ctx, 'good', table)} AS SELECT __file, __row, ${columnList(table)} FROM ${staging(ctx, 'stage', table)}`)
    return
  }
  await execute(
    `CREATE OR REPLACE TABLE ${staging(ctx, 'good', table)} AS
     SELECT s.__file, s.__row, ${columnList(table, 's')} FROM ${staging(ctx, 'stage', table)} s
      WHERE NOT EXISTS (SELECT 1 FROM ${problems} p WHERE p.file = s.__file AND p."row" = s.__row)
        AND NOT EXISTS (SELECT 1 FROM ${staging(ctx, 'repeat', table)} r WHERE r.__file = s.__file AND r.__row = s.__row)`,
  )
}

/** The live table as it would be after apply: live rows whose key is not loaded, plus the good rows. */
export function nextTableSql(ctx: LoadContext, table: TableName): string {
  return `(SELECT ${columnList(table, 'l')} FROM ${live(ctx, table)} l ANTI JOIN ${staging(ctx, 'good', table)} g USING (${keyList(table)})
           UNION ALL SELECT ${columnList(table)} FROM ${staging(ctx, 'good', table)})`
}
