// Order for "what needs attention first" lists (the tracker's default sort, issue 10).
import type { TargetEvaluation } from './evaluate'
import { isShortfall, statusSeverity } from './status'

/**
 * Comparator for Array.prototype.sort:
 * 1. missed and short (shortfalls) first, as one tier; then the other statuses by severity;
 * 2. 控制性 (binding) before 预期性 (expected) before unstated;
 * 3. planned closures (a target of 0, e.g. a 中职部 → 0) after the rest of their tier: closing
 *    a unit is a plan being carried out, not a shortfall to act on;
 * 4. the larger gap relative to the scale of the target (so percent and persons compare);
 * 5. target_id, so the order is stable everywhere.
 */
export function compareBySeverity(a: TargetEvaluation, b: TargetEvaluation): number {
  return (
    tier(b) - tier(a) ||
    bindingRank(a) - bindingRank(b) ||
    Number(isPlannedClosure(a)) - Number(isPlannedClosure(b)) ||
    relativeGap(b) - relativeGap(a) ||
    (a.target.target_id < b.target.target_id ? -1 : a.target.target_id > b.target.target_id ? 1 : 0)
  )
}

// Shortfalls share the top tier, above every other severity.
function tier(e: TargetEvaluation): number {
  return isShortfall(e.status) ? Number.MAX_SAFE_INTEGER : statusSeverity(e.status)
}

function bindingRank(e: TargetEvaluation): number {
  return e.target.binding === 'binding' ? 0 : e.target.binding === 'expected' ? 1 : 2
}

export function isPlannedClosure(e: TargetEvaluation): boolean {
  return e.target.target_value === 0 && (e.target.comparator === '<=' || e.target.comparator === '=')
}

// Unknown gaps sort after known ones. The scale is the largest of target, baseline and latest,
// so a target of 0 does not turn a small gap into an infinite one.
function relativeGap(e: TargetEvaluation): number {
  if (e.gap === null) return -Infinity
  const scale = Math.max(Math.abs(e.target.target_value), Math.abs(e.target.baseline_value ?? 0), Math.abs(e.latest?.value ?? 0), Number.EPSILON)
  return e.gap / scale
}
