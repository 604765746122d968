// Status of a target, after the UN SDG Progress Chart: the ratio r of the
// actual to the required annual pace, cut at 0.95, 0.5 and −0.1.
// https://unstats.un.org/sdgs/report/2023/progress-chart-technical-note
import type { Comparator, Direction } from '../types/contract'
import { improvementSign } from './comparator'

/** Legend order, best to worst; `no_data` last because it is not a judgement. */
export const STATUS_ORDER = [
  'achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deteriorating',
  'missed',
  'no_data',
] as const

export type TargetStatus = (typeof STATUS_ORDER)[number]

/**
 * Most severe first, for "what needs attention" lists. `no_data` sits above on_track and
 * achieved: with the 2025 deadlines past, a target nobody can judge needs more attention
 * than one that is met.
 */
export const STATUSES_BY_SEVERITY: readonly TargetStatus[] = [
  'missed',
  'deteriorating',
  'limited_progress',
  'acceleration_needed',
  'no_data',
  'on_track',
  'achieved',
]

/** Higher = more severe (missed 6 … no_data 2, on_track 1, achieved 0); sort descending. */
export function statusSeverity(status: TargetStatus): number {
  return STATUSES_BY_SEVERITY.length - 1 - STATUSES_BY_SEVERITY.indexOf(status)
}

/** Cut-offs on r = actual pace / required pace (UN progress-chart method). */
export const PACE_THRESHOLDS = { onTrack: 0.95, accelerationNeeded: 0.5, limitedProgress: -0.1 } as const

export function statusFromPaceRatio(r: number): TargetStatus {
  if (r >= PACE_THRESHOLDS.onTrack) return 'on_track'
  if (r >= PACE_THRESHOLDS.accelerationNeeded) return 'acceleration_needed'
  if (r >= PACE_THRESHOLDS.limitedProgress) return 'limited_progress'
  return 'deteriorating'
}

/**
 * The required pace expressed as improvement (> 0 = the value has to get
 * better). ≤ 0 means the start already met the target, so holding the level is
 * enough. For `=` any non-zero required change is real work, whatever its sign.
 */
export function requiredImprovement(required: number, comparator: Comparator, direction: Direction): number {
  return comparator === '=' ? Math.abs(required) : improvementSign(comparator, direction) * required
}

export interface StatusInput {
  /** Year of the latest known value; null when nothing is known. */
  latestYear: number | null
  /** The latest value meets the target (comparator.ts). */
  met: boolean
  targetYear: number
  /** Distinct years known, baseline included. */
  pointCount: number
  /** requiredImprovement(...) of the required pace; null when it cannot be computed. */
  requiredImprovement: number | null
  paceRatio: number | null
}

/**
 * Order matters: a met target is `achieved` even from one point (a baseline
 * already meeting it counts); a figure for the target year or later that does
 * not meet it is final (`missed`); otherwise the pace decides. When the start
 * already met the target (required improvement ≤ 0) and the latest does not,
 * ground was lost: `deteriorating`. A passed deadline without the final figure
 * still gets a pace status — the deadline state says "overdue, awaiting".
 */
export function targetStatus(input: StatusInput): TargetStatus {
  if (input.latestYear !== null && input.met) return 'achieved'
  if (input.latestYear !== null && input.latestYear >= input.targetYear) return 'missed'
  if (input.pointCount < 2 || input.requiredImprovement === null) return 'no_data'
  if (input.requiredImprovement <= 0) return 'deteriorating'
  return input.paceRatio === null ? 'no_data' : statusFromPaceRatio(input.paceRatio)
}
