// The rows needed to tell which targets change status: only the (indicator, entity) series
// that have a target and that the load touches, before and after — small even for a
// 1,000,000-row load.
import { execute, queryRows } from '../query'
import { staging, type LoadContext } from './context'
import { nextTableSql } from './good'
import type { Entity, Indicator, Observation, TableName, Target } from '../../types/contract'
import type { StatusSide } from '../../types/statusChange'


export type { StatusSide }

export interface StatusInputs {
  before: StatusSide
  after: StatusSide
  entities: Pick<Entity, 'entity_id' | 'name_zh' | 'name_en'>[]
}

const OBS_COLUMNS = `indicator_id, entity_id, year, value, strftime(period_end, '%Y-%m-%d') AS period_end, source_doc, source_ref, quote`

export async function loadStatusInputs(ctx: LoadContext, tables: ReadonlySet<TableName>): Promise<StatusInputs> {
  const good = (t: TableName) => staging(ctx, 'good', t)
  const after = (t: TableName) => (tables.has(t) ? nextTableSql(ctx, t) : t)
  const parts: string[] = []
  if (tables.has('observations')) parts.push(`SELECT DISTINCT indicator_id, entity_id FROM ${good('observations')}`)
  if (tables.has('targets')) parts.push(`SELECT indicator_id, entity_id FROM ${good('targets')}`)
  if (tables.has('indicators')) {
    parts.push(`SELECT indicator_id, entity_id FROM ${after('targets')} t WHERE indicator_id IN (SELECT indicator_id FROM ${good('indicators')})`)
  }
  const pairs = staging(ctx, 'pairs')
  if (parts.length === 0) return { before: empty(), after: empty(), entities: [] }
  // Only pairs with a target, before or after, matter for a status.
  await execute(
    `CREATE OR REPLACE TABLE ${pairs} AS SELECT DISTINCT indicator_id, entity_id FROM (${parts.join(' UNION ALL ')})
      SEMI JOIN (SELECT indicator_id, entity_id FROM targets UNION ALL SELECT indicator_id, entity_id FROM ${after('targets')})
      USING (indicator_id, entity_id)`,
  )
  const side = async (source: (t: TableName) => string): Promise<StatusSide> => {
    const targets = await queryRows<Target>(`SELECT * FROM ${source('targets')} SEMI JOIN ${pairs} USING (indicator_id, entity_id) ORDER BY target_id`)
    const indicators = await queryRows<Indicator>(
      `SELECT * FROM ${source('indicators')} WHERE indicator_id IN (SELECT indicator_id FROM ${pairs})`,
    )
    const observations = await queryRows<Observation>(
      `SELECT ${OBS_COLUMNS} FROM ${source('observations')} SEMI JOIN ${pairs} USING (indicator_id, entity_id)`,
    )
    return { targets, indicators, observations }
  }
  const before = await side((t) => t)
  const afterSide = await side(after)
  const entities = await queryRows<StatusInputs['entities'][number]>(
    `SELECT entity_id, name_zh, name_en FROM ${after('entities')} WHERE entity_id IN (SELECT entity_id FROM ${pairs})`,
  )
  return { before, after: afterSide, entities }
}

const empty = (): StatusSide => ({ indicators: [], targets: [], observations: [] })

