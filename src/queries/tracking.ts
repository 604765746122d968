// The rows target tracking needs: the catalogue, the targets, and only the observations
// of the (indicator, entity) series that have a target — a 1,000,000-row load stays small here.
import { queryRows } from '../db/query'
import type { Entity, Indicator, Observation, Target } from '../types/contract'
import { CATALOGUE_QUERIES, OBSERVATION_ALL, trackedObservationsQuery } from './trackingSql'

export interface EntityRow extends Entity {
  aliases: string | null
}

export interface TrackingInputs {
  indicators: Indicator[]
  entities: EntityRow[]
  targets: Target[]
  observations: Observation[]
}

const OBSERVATION_COLUMNS = `o.indicator_id, o.entity_id, o.year, o.value, strftime(o.period_end, '%Y-%m-%d') AS period_end,
  o.source_doc, o.source_ref, o.quote`

export async function loadTrackingInputs(signal?: AbortSignal): Promise<TrackingInputs> {
  // Asked together: the engine runs them one after another, while this thread converts the
  // previous result (one round trip each instead of waiting for each answer before asking).
  const [indicators, entities, targets] = await Promise.all([
    queryRows<Indicator>(CATALOGUE_QUERIES.indicators, [], signal),
    queryRows<EntityRow>(CATALOGUE_QUERIES.entities, [], signal),
    queryRows<Target>(CATALOGUE_QUERIES.targets, [], signal),
  ])
  const observations = await queryRows<Observation>(...trackedObservationsQuery(targets), signal)
  return { indicators, entities, targets, observations }
}

export interface BenchmarkRow extends Observation {
  name_zh: string
  name_en: string | null
  kind: string
  depth: number
}

/**
 * A target applied to the entities below its own: each descendant's latest value (year ≤ asOfYear)
 * of the target's indicator or of its level-specific variants (`<id>_secondary`, `_higher`,
 * `_bachelor`), e.g. the region's 双师型 ≥70% against each school's 中职 share.
 */
export function benchmarkRows(targetId: string, asOfYear: number, signal?: AbortSignal): Promise<BenchmarkRow[]> {
  return queryRows<BenchmarkRow>(
    `WITH RECURSIVE t AS (SELECT * FROM targets WHERE target_id = ?),
     below(entity_id, depth) AS (
       SELECT e.entity_id, 1 FROM entities e, t WHERE e.parent_id = t.entity_id
       UNION ALL
       SELECT e.entity_id, b.depth + 1 FROM entities e JOIN below b ON e.parent_id = b.entity_id WHERE b.depth < 4
     ),
     candidates AS (
       SELECT ${OBSERVATION_COLUMNS}, b.depth FROM observations o JOIN below b USING (entity_id), t
        WHERE o.year <= ? AND (o.indicator_id = t.indicator_id OR o.indicator_id IN
              (t.indicator_id || '_secondary', t.indicator_id || '_higher', t.indicator_id || '_bachelor'))
     ),
     latest AS (
       SELECT *, max(year) OVER (PARTITION BY entity_id, indicator_id) AS latest_year FROM candidates
     )
     SELECT l.indicator_id, l.entity_id, l.year, l.value, l.period_end, l.source_doc, l.source_ref, l.quote, l.depth,
            e.name_zh, e.name_en, e.kind
       FROM latest l JOIN entities e USING (entity_id)
      WHERE l.year = l.latest_year
      ORDER BY l.indicator_id, l.value DESC, l.entity_id, l.source_doc, l.source_ref`,
    [targetId, asOfYear],
    signal,
  )
}

/** Every observation of one series (for the target detail's table and chart). */
export function seriesObservations(indicatorId: string, entityId: string, signal?: AbortSignal): Promise<Observation[]> {
  return queryRows<Observation>(
    `SELECT ${OBSERVATION_ALL} FROM observations o WHERE o.indicator_id = ? AND o.entity_id = ?
      ORDER BY o.year, o.source_doc, o.source_ref`,
    [indicatorId, entityId],
    signal,
  )
}
