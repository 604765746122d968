// Checks of the contract v1.1 optional tables (`majors`, `school_conditions`), run by
// runChecks() after the coded-value checks (ENUMS) and before the duplicate-key check.
// Problem codes are the importer's own, so messages and the rejected-rows CSV need nothing new.
import { execute, quoteIdent } from '../query'
import { live, staging, stagingName, tableExists, type LoadContext } from './context'
import type { OptionalTableName } from '../../types/contract'

/** Rates in percent: 0–100, as the contract stores every share (57.4, not 0.574). */
export const MAJOR_PERCENT_COLUMNS = ['report_rate', 'employment_rate', 'matched_employment_rate'] as const
/** Head counts: never negative. */
export const MAJOR_COUNT_COLUMNS = ['planned_enrolment', 'actual_enrolment'] as const

async function addProblems(ctx: LoadContext, select: string, params: (string | number)[] = []): Promise<void> {
  await execute(`INSERT INTO ${staging(ctx, 'problems')} ${select}`, params)
}

export async function checkOptionalTable(ctx: LoadContext, table: OptionalTableName): Promise<void> {
  const stage = staging(ctx, 'stage', table)
  // The school must be known: in the live catalogue or among this load's entities that passed.
  const stagedEntities = stagingName(ctx, 'stage', 'entities')
  const loaded = (await tableExists(stagedEntities))
    ? `UNION ALL SELECT e.entity_id FROM ${staging(ctx, 'stage', 'entities')} e
         WHERE NOT EXISTS (SELECT 1 FROM ${staging(ctx, 'problems')} p WHERE p.file = e.__file AND p."row" = e.__row)`
    : ''
  await addProblems(
    ctx,
    `SELECT __file, __row, 'entity_id', 'unknown_entity', NULL FROM ${stage}
      WHERE entity_id IS NOT NULL AND entity_id NOT IN (SELECT entity_id FROM ${live(ctx, 'entities')} WHERE entity_id IS NOT NULL ${loaded})`,
  )
  await addProblems(ctx, `SELECT __file, __row, 'year', 'future_year', ? FROM ${stage} WHERE year > ?`, [String(ctx.asOfYear), ctx.asOfYear])
  if (table !== 'majors') return
  for (const column of MAJOR_PERCENT_COLUMNS) {
    const c = quoteIdent(column)
    await addProblems(ctx, `SELECT __file, __row, ?, 'percent_out_of_range', 'percent' FROM ${stage} WHERE ${c} < 0 OR ${c} > 100`, [column])
  }
  for (const column of MAJOR_COUNT_COLUMNS) {
    await addProblems(ctx, `SELECT __file, __row, ?, 'negative_value', 'persons' FROM ${stage} WHERE ${quoteIdent(column)} < 0`, [column])
  }
}
