// The rows of a load that will be applied: passed every check, and a key repeated with the
// same content is kept once. Also the shape of each live table after apply ("next").
import { KEYS } from '../contract'
import { execute, quoteIdent } from '../query'
import { staging, type LoadContext } from './context'
import { stagedColumns } from './typed'
import type { TableName } from '../../types/contract'

const q = quoteIdent

export const keyList = (table: TableName, alias = '') => KEYS[table].map((k) => (alias ? `${alias}.` : '') + q(k)).join(', ')
export const columnList = (table: TableName, alias = '') => stagedColumns(table).map((c) => (alias ? `${alias}.` : '') + q(c.name)).join(', ')

/** Build `imp<id>_good_<table>` and `imp<id>_repeat_<table>` (exact repeats left out). */
export async function buildGoodRows(ctx: LoadContext, table: TableName): Promise<void> {
  const keys = keyList(table)
  const passing = `(SELECT s.* FROM ${staging(ctx, 'stage', table)} s ANTI JOIN ${staging(ctx, 'problems')} p ON p.file = s.__file AND p."row" = s.__row)`
  await execute(
    `CREATE OR REPLACE TABLE ${staging(ctx, 'repeat', table)} AS
     WITH p AS ${passing},
     multi AS (SELECT ${keys} FROM p GROUP BY ${keys} HAVING count(*) > 1)
     SELECT __file, __row FROM (
       SELECT p.__file, p.__row, row_number() OVER (PARTITION BY ${keyList(table, 'p')} ORDER BY p.__file, p.__row) AS n
         FROM p SEMI JOIN multi USING (${keys})
     ) WHERE n > 1`,
  )
  await execute(
    `CREATE OR REPLACE TABLE ${staging(ctx, 'good', table)} AS
     SELECT p.__file, p.__row, ${columnList(table, 'p')} FROM ${passing} p ANTI JOIN ${staging(ctx, 'repeat', table)} r USING (__file, __row)`,
  )
}

/** The live table as it would be after apply: live rows whose key is not loaded, plus the good rows. */
export function nextTableSql(ctx: LoadContext, table: TableName): string {
  return `(SELECT ${columnList(table, 'l')} FROM ${q(table)} l ANTI JOIN ${staging(ctx, 'good', table)} g USING (${keyList(table)})
           UNION ALL SELECT ${columnList(table)} FROM ${staging(ctx, 'good', table)})`
}
