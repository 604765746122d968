// When does a value meet a target? One place for the comparator rules, so the
// status, the gap and the UI's "met" tick can never disagree.
import type { Comparator, Direction } from '../types/contract'

/**
 * `~` (左右, "about"): a value within ±5% of the target counts as met. Five per
 * cent is wide enough for rounded plan figures ("约100名产业教授" met by 96) and
 * narrow enough not to hide a real shortfall.
 */
export const ABOUT_TOLERANCE = 0.05

/**
 * `=`: exact targets are counts (e.g. "3 所职业本科"), so equality only needs to
 * absorb floating-point noise from unit normalisation (1.9 × 10000).
 */
export const EQUAL_EPSILON = 1e-9

/** Equality robust to float noise: relative for large values, absolute near 0. */
export function nearlyEqual(a: number, b: number, epsilon = EQUAL_EPSILON): boolean {
  return Math.abs(a - b) <= epsilon * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * +1 when moving up is progress, −1 when moving down is. `>=`/`<=` say it
 * themselves; `~` and `=` take it from the indicator's direction.
 */
export function improvementSign(comparator: Comparator, direction: Direction): 1 | -1 {
  if (comparator === '>=') return 1
  if (comparator === '<=') return -1
  return direction === 'lower_better' ? -1 : 1
}

/**
 * Whether `value` meets the target. `~` is one-sided in the good direction:
 * "about 8 high-level colleges" is met by 7.6 or more, and 10 does not fail it.
 */
export function meetsTarget(
  value: number,
  targetValue: number,
  comparator: Comparator,
  direction: Direction,
): boolean {
  switch (comparator) {
    case '>=':
      return value >= targetValue || nearlyEqual(value, targetValue)
    case '<=':
      return value <= targetValue || nearlyEqual(value, targetValue)
    case '=':
      return nearlyEqual(value, targetValue)
    case '~': {
      const slack = ABOUT_TOLERANCE * Math.abs(targetValue)
      return direction === 'lower_better'
        ? value <= targetValue + slack
        : value >= targetValue - slack
    }
  }
}

/**
 * Gap in the indicator's unit (percentage points for percent). Sign convention:
 * positive = still short of the target, 0 or negative = met (negative = beyond it).
 * - `>=` / higher_better: target − value; `<=` / lower_better: value − target.
 * - `~`: 0 inside the tolerance, otherwise the distance to the nominal target
 *   (what the document printed), so "short by 1 college" reads naturally.
 * - `=`: |value − target|, 0 when equal — any difference is "not met".
 */
export function targetGap(
  value: number,
  targetValue: number,
  comparator: Comparator,
  direction: Direction,
): number {
  if (comparator === '=') return nearlyEqual(value, targetValue) ? 0 : Math.abs(value - targetValue)
  const signed = improvementSign(comparator, direction) * (targetValue - value)
  if (comparator === '~' && signed > 0 && meetsTarget(value, targetValue, comparator, direction)) return 0
  if (nearlyEqual(value, targetValue)) return 0
  return signed
}
