// What is loaded: row counts per table and per entity kind.
import { queryRows } from '../db/query'
import type { TableName } from '../types/contract'

export type TableCounts = Record<TableName, number>

export async function tableCounts(signal?: AbortSignal): Promise<TableCounts> {
  const [row] = await queryRows<TableCounts>(
    `SELECT (SELECT count(*) FROM indicators) AS indicators, (SELECT count(*) FROM entities) AS entities,
            (SELECT count(*) FROM targets) AS targets, (SELECT count(*) FROM observations) AS observations`,
    [],
    signal,
  )
  return row
}

export interface EntityCatalogueRow {
  entity_id: string
  name_zh: string
  name_en: string | null
  kind: string
  parent_id: string | null
  targets: number
  observations: number
}

/** Per entity: how many targets and observations it has. */
export function entityCatalogue(signal?: AbortSignal): Promise<EntityCatalogueRow[]> {
  return queryRows<EntityCatalogueRow>(
    `SELECT e.entity_id, e.name_zh, e.name_en, e.kind, e.parent_id,
            (SELECT count(*) FROM targets t WHERE t.entity_id = e.entity_id) AS targets,
            (SELECT count(*) FROM observations o WHERE o.entity_id = e.entity_id) AS observations
       FROM entities e
      ORDER BY CASE e.kind WHEN 'region' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END, e.entity_id`,
    [],
    signal,
  )
}
