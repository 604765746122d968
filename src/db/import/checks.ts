// Checks across rows and tables, run after every file of the load is staged, in the order
// the references need: indicators, entities, targets, observations. Ids are checked against
// the live catalogue plus the rows of this load that passed their own checks. Each check
// adds rows to `imp<id>_problems`; a row with any problem is rejected, the others go on.
import { KEYS } from '../contract'
import { execute, quoteIdent } from '../query'
import { live, staging, stagingName, tableExists, type LoadContext } from './context'
import { stagedColumns } from './typed'
import { IMPORT_TABLE_NAMES, type TableName } from '../../types/contract'
import { checkOptionalTable } from './majorsChecks'

/** Allowed values of the contract's coded columns (docs/data-contract.md). */
export const ENUMS: Partial<Record<TableName, Record<string, string[]>>> = {
  indicators: { direction: ['higher_better', 'lower_better'] },
  entities: { kind: ['region', 'city', 'county', 'school'] },
  targets: { comparator: ['>=', '<=', '=', '~'], binding: ['binding', 'expected'] },
  majors: { level: ['secondary', 'higher', 'bachelor'] },
  school_conditions: { level: ['secondary', 'higher', 'bachelor'], met: ['yes', 'no'] },
}

/** Units whose values cannot be negative. */
export const NON_NEGATIVE_UNITS = ['persons', 'person_times', 'count']

/** Value columns checked against the indicator's unit. */
const VALUE_COLUMNS: Partial<Record<TableName, string[]>> = {
  targets: ['target_value', 'baseline_value'],
  observations: ['value'],
}

const q = quoteIdent

/** Rows of a staged table that have no problem yet. */
function passing(ctx: LoadContext, table: TableName): string {
  return `(SELECT s.* FROM ${staging(ctx, 'stage', table)} s
            WHERE NOT EXISTS (SELECT 1 FROM ${staging(ctx, 'problems')} p WHERE p.file = s.__file AND p."row" = s.__row))`
}

async function addProblems(ctx: LoadContext, select: string, params: (string | number)[] = []): Promise<void> {
  await execute(`INSERT INTO ${staging(ctx, 'problems')} ${select}`, params)
}

export async function runChecks(ctx: LoadContext, tables: ReadonlySet<TableName>): Promise<void> {
  for (const table of IMPORT_TABLE_NAMES) {
    if (!tables.has(table)) continue
    const stage = staging(ctx, 'stage', table)
    for (const [column, allowed] of Object.entries(ENUMS[table] ?? {})) {
      await addProblems(
        ctx,
        `SELECT __file, __row, ?, 'invalid_code', ? FROM ${stage} WHERE ${q(column)} IS NOT NULL AND ${q(column)} NOT IN (${allowed.map(() => '?').join(', ')})`,
        [column, allowed.join(', '), ...allowed],
      )
    }
    if (table === 'entities') {
      await addProblems(ctx, `SELECT __file, __row, 'parent_id', 'unknown_parent', NULL FROM ${stage} s
        WHERE parent_id IS NOT NULL
          AND parent_id NOT IN (SELECT entity_id FROM ${live(ctx, 'entities')} UNION ALL SELECT entity_id FROM ${stage} WHERE entity_id IS NOT NULL)`)
    }
    if (table === 'targets' || table === 'observations') await checkReferences(ctx, table)
    if (table === 'majors' || table === 'school_conditions') await checkOptionalTable(ctx, table)
    for (const column of VALUE_COLUMNS[table] ?? []) await checkUnitRange(ctx, table, column)
    if (table === 'observations') {
      await addProblems(ctx, `SELECT __file, __row, 'year', 'future_year', ? FROM ${stage} WHERE year > ?`, [String(ctx.asOfYear), ctx.asOfYear])
    }
    await checkDuplicateKeys(ctx, table)
  }
}

/** indicator_id / entity_id must exist in the live catalogue or pass in this load. */
async function checkReferences(ctx: LoadContext, table: TableName): Promise<void> {
  for (const [column, catalogue] of [['indicator_id', 'indicators'], ['entity_id', 'entities']] as const) {
    const loaded = (await tableExists(stagingName(ctx, 'stage', catalogue))) ? `UNION ALL SELECT ${column} FROM ${passing(ctx, catalogue)}` : ''
    await addProblems(
      ctx,
      `SELECT __file, __row, '${column}', 'unknown_${column === 'indicator_id' ? 'indicator' : 'entity'}', NULL
         FROM ${staging(ctx, 'stage', table)}
        WHERE ${column} IS NOT NULL AND ${column} NOT IN (SELECT ${column} FROM ${live(ctx, catalogue)} WHERE ${column} IS NOT NULL ${loaded})`,
    )
  }
}

/** The unit of every indicator as it will be after this load. */
function unitsAfterLoad(ctx: LoadContext, hasStagedIndicators: boolean): string {
  if (!hasStagedIndicators) return `(SELECT indicator_id, unit FROM ${live(ctx, 'indicators')})`
  const staged = passing(ctx, 'indicators')
  return `(SELECT indicator_id, unit FROM ${staged} UNION ALL
           SELECT indicator_id, unit FROM ${live(ctx, 'indicators')} WHERE indicator_id NOT IN (SELECT indicator_id FROM ${staged}))`
}

/** Percentages within 0–100 (contract: stored as 57.4, not 0.574); counts not negative. */
async function checkUnitRange(ctx: LoadContext, table: TableName, column: string): Promise<void> {
  const units = unitsAfterLoad(ctx, await tableExists(stagingName(ctx, 'stage', 'indicators')))
  const v = `s.${q(column)}`
  await addProblems(
    ctx,
    `SELECT s.__file, s.__row, ?, CASE WHEN u.unit = 'percent' THEN 'percent_out_of_range' ELSE 'negative_value' END, u.unit
       FROM ${staging(ctx, 'stage', table)} s JOIN ${units} u USING (indicator_id)
      WHERE ${v} IS NOT NULL AND ((u.unit = 'percent' AND (${v} < 0 OR ${v} > 100))
         OR (u.unit IN (${NON_NEGATIVE_UNITS.map(() => '?').join(', ')}) AND ${v} < 0))`,
    [column, ...NON_NEGATIVE_UNITS],
  )
}

/** What must agree when the same key appears twice in one load. */
export function contentExpr(table: TableName, alias = ''): string {
  const p = alias ? `${alias}.` : ''
  if (table === 'observations') return `${p}value`
  const cols = stagedColumns(table).filter((c) => !KEYS[table].includes(c.name))
  return `hash(${cols.map((c) => p + q(c.name)).join(', ')})`
}

/**
 * The same key twice with different content: every row of that key is rejected, naming
 * another row of it (as `file:row`). The same key with the same content is kept once (good.ts).
 * Rows sharing a key are found by grouping on a 64-bit hash of the key — one cheap pass over a
 * 1,000,000-row load — and then compared on the real key columns, so a collision costs nothing.
 */
async function checkDuplicateKeys(ctx: LoadContext, table: TableName): Promise<void> {
  const keys = KEYS[table].map(q).join(', ')
  await execute(
    `CREATE OR REPLACE TABLE ${staging(ctx, 'multi', table)} AS
     WITH p AS (SELECT __file, __row, ${keys}, ${contentExpr(table)} AS content, hash(${keys}) AS h FROM ${passing(ctx, table)}),
     shared AS (SELECT h FROM p GROUP BY h HAVING count(*) > 1)
     SELECT p.* EXCLUDE (h) FROM p SEMI JOIN shared USING (h)`,
  )
  await addProblems(
    ctx,
    `WITH clash AS (SELECT ${keys} FROM ${staging(ctx, 'multi', table)} GROUP BY ${keys} HAVING count(DISTINCT content) > 1),
     k AS (
       SELECT m.__file, m.__row,
              first_value(m.__file || ':' || m.__row) OVER w AS first_ref,
              nth_value(m.__file || ':' || m.__row, 2) OVER w AS second_ref
         FROM ${staging(ctx, 'multi', table)} m SEMI JOIN clash USING (${keys})
       WINDOW w AS (PARTITION BY ${KEYS[table].map((k) => `m.${q(k)}`).join(', ')} ORDER BY m.__file, m.__row
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
     )
     SELECT __file, __row, '${table === 'observations' ? 'value' : KEYS[table][0]}', 'duplicate_key',
            CASE WHEN first_ref = __file || ':' || __row THEN second_ref ELSE first_ref END
       FROM k`,
  )
}
