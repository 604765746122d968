// Order for "what needs attention first" lists.
import type { TargetEvaluation } from './evaluate'
import { statusSeverity } from './status'

/**
 * Comparator for Array.prototype.sort: most severe status first; within a
 * status the larger gap relative to the target value first (so percent and
 * persons targets compare); then target_id, so the order is stable everywhere.
 */
export function compareBySeverity(a: TargetEvaluation, b: TargetEvaluation): number {
  return (
    statusSeverity(b.status) - statusSeverity(a.status) ||
    relativeGap(b) - relativeGap(a) ||
    (a.target.target_id < b.target.target_id ? -1 : a.target.target_id > b.target.target_id ? 1 : 0)
  )
}

// Unknown gaps sort after known ones.
function relativeGap(e: TargetEvaluation): number {
  if (e.gap === null) return -Infinity
  return e.gap / Math.max(Math.abs(e.target.target_value), Number.EPSILON)
}
