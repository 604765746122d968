// Conflicts (contract: "Two sources that give different values for the same (indicator_id,
// entity_id, year) are a conflict: keep both and show it"). Reported, never failing: the
// documents contradict themselves and the curators record both readings. A rounded figure that
// agrees with a precise one at its printed precision (1.7万 vs 17,093) is not a conflict: the
// same rule as the dashboard (src/tracking/precision.ts).
import { agreeAtPrecision } from '../../src/tracking/precision'
import { byKeys, citeObservation } from './cite'
import type { Conflict } from './report-types'
import type { CuratedObservation } from './types'

export function findConflicts(observations: readonly CuratedObservation[]): Conflict[] {
  const groups = new Map<string, CuratedObservation[]>()
  for (const o of observations) {
    const key = JSON.stringify([o.indicator_id, o.entity_id, o.year])
    const rows = groups.get(key) ?? []
    rows.push(o)
    groups.set(key, rows)
  }
  const conflicts: Conflict[] = []
  for (const rows of groups.values()) {
    const [first] = rows
    if (first === undefined || rows.every((a, i) => rows.slice(i + 1).every((b) => agreeAtPrecision(a, b)))) continue
    conflicts.push({
      indicator_id: first.indicator_id,
      entity_id: first.entity_id,
      year: first.year,
      values: rows.map(citeObservation).sort(byKeys((v) => v.source_doc, (v) => v.source_ref, (v) => v.value, (v) => v.at)),
    })
  }
  return conflicts.sort(byKeys((c) => c.indicator_id, (c) => c.entity_id, (c) => c.year))
}
