// What the warnings engine reads: the contract v1.1 optional tables, the places of schools,
// and the key-chain share observations (printed and computed from `majors`).
import { COMPUTED_SOURCE_DOC, KEY_CHAIN_SHARE_INDICATOR } from '../db/optionalTables'
import { queryRows } from '../db/query'
import type { ConditionRow, MajorRow } from '../warnings'

export interface NamedEntity {
  entity_id: string
  name_zh: string
  name_en: string | null
  kind: string
  parent_id: string | null
}

export interface WarningInputs {
  majors: MajorRow[]
  conditions: ConditionRow[]
  entities: NamedEntity[]
}

/** Everything the engine needs, in three queries. Years after asOfYear are left out. */
export async function warningInputs(asOfYear: number, signal?: AbortSignal): Promise<WarningInputs> {
  const majors = await queryRows<MajorRow>(
    `SELECT entity_id, year, major_code, major_name, level, key_chain, planned_enrolment, actual_enrolment, report_rate,
            employment_rate, matched_employment_rate, source_doc, source_ref
       FROM majors WHERE year <= ?`,
    [asOfYear],
    signal,
  )
  const conditions = await queryRows<ConditionRow>(
    `SELECT entity_id, year, level, item, met = 'yes' AS met, source_doc, source_ref FROM school_conditions WHERE year <= ?`,
    [asOfYear],
    signal,
  )
  const entities = await queryRows<NamedEntity>(`SELECT entity_id, name_zh, name_en, kind, parent_id FROM entities`, [], signal)
  return { majors, conditions, entities }
}

export interface ShareObservation {
  entity_id: string
  year: number
  value: number
  source_doc: string
  source_ref: string
  computed: boolean
}

/** Key-chain share figures of the region and its cities: printed ones and those computed from majors. */
export function keyChainShares(asOfYear: number, signal?: AbortSignal): Promise<ShareObservation[]> {
  return queryRows<ShareObservation>(
    `SELECT o.entity_id, o.year, o.value, o.source_doc, o.source_ref, o.source_doc = ? AS computed
       FROM observations o JOIN entities e USING (entity_id)
      WHERE o.indicator_id = ? AND o.year <= ? AND e.kind IN ('region', 'city')
      ORDER BY e.kind DESC, o.entity_id, o.year DESC, computed`,
    [COMPUTED_SOURCE_DOC, KEY_CHAIN_SHARE_INDICATOR, asOfYear],
    signal,
  )
}
