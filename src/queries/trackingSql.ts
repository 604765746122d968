// The statements target tracking reads with, apart from running them (src/queries/tracking.ts):
// the build-time snapshot (data/snapshot.ts) runs the same ones on DuckDB's Node build, so its rows
// are the engine's.
import type { Target } from '../types/contract'
import { relatedRefs } from '../tracking/targetMeta'

/** The catalogue tracking reads, whole. */
export const CATALOGUE_QUERIES = {
  indicators: 'SELECT * FROM indicators ORDER BY indicator_id',
  entities: 'SELECT * FROM entities ORDER BY entity_id',
  targets: 'SELECT * FROM targets ORDER BY target_id',
} as const

// Every column (a curated `note` travels when the dataset has one), the date as text.
export const OBSERVATION_ALL = `o.* EXCLUDE (period_end), strftime(o.period_end, '%Y-%m-%d') AS period_end`

/**
 * The observations tracking reads: each target's own series, the series of the entities directly
 * below its entity (roll-ups: "N of M schools"), and the series its targets name as related
 * evidence (targets.related, src/tracking/targetMeta.ts). One join against the wanted pairs: the
 * earlier form tested three OR-ed EXISTS per row and was the slowest start-up query (56 ms).
 */
export function trackedObservationsQuery(targets: Target[]): [string, string[]] {
  const related = [...new Map(targets.flatMap((t) => relatedRefs(t)).map((r) => [`${r.indicator_id}@${r.entity_id}`, r])).values()]
  const relatedRows = related.length
    ? `UNION SELECT * FROM (VALUES ${related.map(() => '(?::VARCHAR, ?::VARCHAR)').join(', ')}) r(indicator_id, entity_id)`
    : ''
  const sql = `WITH wanted AS (
      SELECT indicator_id, entity_id FROM targets
      UNION SELECT t.indicator_id, e.entity_id FROM targets t JOIN entities e ON e.parent_id = t.entity_id
      ${relatedRows}
    )
    SELECT ${OBSERVATION_ALL} FROM observations o JOIN wanted w ON w.indicator_id = o.indicator_id AND w.entity_id = o.entity_id
    ORDER BY o.indicator_id, o.entity_id, o.year, o.source_doc, o.source_ref`
  return [sql, related.flatMap((r) => [r.indicator_id, r.entity_id])]
}
