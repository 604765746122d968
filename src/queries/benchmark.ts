// Which targets the benchmark view can apply to the entities below them: the picker's list.
import { queryRows } from '../db/query'

export interface BenchmarkCandidate {
  target_id: string
  /** Distinct (entity, indicator) pairs below the target's entity with a figure or an own target. */
  entries: number
}

/**
 * Targets with something below their entity (up to four levels down): an observation
 * (year ≤ asOfYear) or a target of the same indicator or of its level variants
 * (`_secondary`, `_higher`, `_bachelor`) — the same matching as `benchmarkRows`.
 * One pass over the distinct (indicator, entity) pairs, so a 1,000,000-row file stays cheap.
 */
export function benchmarkCandidates(asOfYear: number, signal?: AbortSignal): Promise<BenchmarkCandidate[]> {
  return queryRows<BenchmarkCandidate>(
    `WITH RECURSIVE below(root_id, entity_id, depth) AS (
       SELECT parent_id, entity_id, 1 FROM entities WHERE parent_id IS NOT NULL
       UNION ALL
       SELECT b.root_id, e.entity_id, b.depth + 1 FROM entities e JOIN below b ON e.parent_id = b.entity_id WHERE b.depth < 4
     ),
     series AS (SELECT DISTINCT indicator_id, entity_id FROM observations WHERE year <= ?),
     variants AS (
       SELECT target_id, entity_id, v.indicator_id FROM targets,
              unnest([indicator_id, indicator_id || '_secondary', indicator_id || '_higher', indicator_id || '_bachelor']) AS v(indicator_id)
     ),
     matches AS (
       SELECT v.target_id, s.entity_id, s.indicator_id FROM variants v
         JOIN below b ON b.root_id = v.entity_id
         JOIN series s ON s.entity_id = b.entity_id AND s.indicator_id = v.indicator_id
       UNION
       SELECT v.target_id, o.entity_id, o.indicator_id FROM variants v
         JOIN below b ON b.root_id = v.entity_id
         JOIN targets o ON o.entity_id = b.entity_id AND o.indicator_id = v.indicator_id
     )
     SELECT target_id, count(*)::INTEGER AS entries FROM matches GROUP BY target_id ORDER BY target_id`,
    [asOfYear],
    signal,
  )
}
