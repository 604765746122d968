// The slice each view asks for, as predicates the pruner understands. Ids travel as
// prepared-statement parameters; the subtree walk follows entities.parent_id.
import { queryRows } from '../query'
import type { Slice } from './prune'
import { loadChildEntities } from './load'

const SUBTREE = `WITH RECURSIVE sub(id) AS (
  SELECT ?::VARCHAR UNION SELECT e.entity_id FROM entities e JOIN sub ON e.parent_id = sub.id
) SELECT id FROM sub`

const distinct = <T>(xs: T[]) => [...new Set(xs)].sort()

/** Tracker filtered to an entity: the series of the targets set for it and everything below it. */
export async function trackerSlice(entityId: string): Promise<Slice | null> {
  const pairs = await queryRows<{ i: string; e: string }>(
    `SELECT DISTINCT indicator_id AS i, entity_id AS e FROM targets WHERE entity_id IN (${SUBTREE})`,
    [entityId],
  )
  if (!pairs.length) return null
  return [
    { column: 'indicator_id', values: distinct(pairs.map((p) => p.i)) },
    { column: 'entity_id', values: distinct(pairs.map((p) => p.e)) },
  ]
}

/** Benchmark of a target: its indicator for the entities directly below the target's entity. */
export async function benchmarkSlice(targetId: string): Promise<Slice | null> {
  // Entities read in part (a national export): the ones below the target's entity come first.
  const [owner] = await queryRows<{ e: string }>('SELECT entity_id AS e FROM targets WHERE target_id = ?', [targetId])
  if (owner) await loadChildEntities(owner.e)
  const rows = await queryRows<{ i: string; e: string }>(
    `SELECT t.indicator_id AS i, e.entity_id AS e FROM targets t JOIN entities e ON e.parent_id = t.entity_id WHERE t.target_id = ?`,
    [targetId],
  )
  if (!rows.length) return null
  return [
    { column: 'indicator_id', values: [rows[0].i] },
    { column: 'entity_id', values: distinct(rows.map((r) => r.e)) },
  ]
}
