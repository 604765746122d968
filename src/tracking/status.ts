// Verdict of a target. Before the deadline: the UN SDG Progress Chart pace statuses (the
// ratio r of the actual to the required annual pace, cut at 0.95, 0.5 and −0.1).
// After it: met or missed on the final figure, else on the last figure, else "no new data".
// https://unstats.un.org/sdgs/report/2023/progress-chart-technical-note — rules: RULES.md.
import type { Comparator, Direction } from '../types/contract'
import { improvementSign } from './comparator'

/** Legend order: final verdicts, pace statuses, standing rules, then the non-judgements. */
export const STATUS_ORDER = [
  'achieved',
  'met_at_last_figure',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deteriorating',
  'short_at_last_figure',
  'missed',
  'rule_met',
  'rule_not_met',
  'depends_on_source',
  'no_new_data',
  'no_data',
] as const

export type TargetStatus = (typeof STATUS_ORDER)[number]

/** Pace statuses: judged on the trend before the deadline (provisional). */
export const PACE_STATUSES: readonly TargetStatus[] = ['on_track', 'acceleration_needed', 'limited_progress', 'deteriorating']

/**
 * Most severe first, for "what needs attention" lists. Shortfalls lead; a target whose
 * verdict depends on the source, or that nobody has reported on, needs more attention
 * than one on track or met.
 */
export const STATUSES_BY_SEVERITY: readonly TargetStatus[] = [
  'missed',
  'short_at_last_figure',
  'rule_not_met',
  'depends_on_source',
  'deteriorating',
  'limited_progress',
  'acceleration_needed',
  'no_new_data',
  'no_data',
  'on_track',
  'rule_met',
  'met_at_last_figure',
  'achieved',
]

/** Higher = more severe (missed 12 … achieved 0); sort descending. */
export function statusSeverity(status: TargetStatus): number {
  return STATUSES_BY_SEVERITY.length - 1 - STATUSES_BY_SEVERITY.indexOf(status)
}

/** Shortfalls a reader must act on: the first tier of the default sort. */
export function isShortfall(status: TargetStatus): boolean {
  return status === 'missed' || status === 'short_at_last_figure' || status === 'rule_not_met'
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
  /** The as-of date is after Dec 31 of the target year. */
  overdue: boolean
  /** Something was observed after the baseline year (any observation when there is no baseline). */
  hasNewData: boolean
  /** Distinct years known, baseline included. */
  pointCount: number
  /** requiredImprovement(...) of the required pace; null when it cannot be computed. */
  requiredImprovement: number | null
  paceRatio: number | null
}

/**
 * Order matters. A figure for the target year or later is final (`achieved` / `missed`).
 * Once the deadline has passed without it, the last figure after the baseline decides
 * (`met_at_last_figure` / `short_at_last_figure`); with none, `no_new_data` — a baseline
 * that already equals the target is not an achievement on its own. Before the deadline a
 * met target is `achieved` (one point is enough); otherwise the pace decides, and when the
 * start already met the target and the latest does not, ground was lost: `deteriorating`.
 */
export function targetStatus(input: StatusInput): TargetStatus {
  if (input.latestYear !== null && input.latestYear >= input.targetYear) return input.met ? 'achieved' : 'missed'
  if (input.overdue) {
    if (!input.hasNewData) return 'no_new_data'
    return input.met ? 'met_at_last_figure' : 'short_at_last_figure'
  }
  if (input.latestYear !== null && input.met) return 'achieved'
  if (input.pointCount < 2 || input.requiredImprovement === null) return 'no_data'
  if (input.requiredImprovement <= 0) return 'deteriorating'
  return input.paceRatio === null ? 'no_data' : statusFromPaceRatio(input.paceRatio)
}

/** A standing rule (no year): the verdict of its latest year with data, else no data. */
export function standingStatus(latestYearMet: boolean | null): TargetStatus {
  if (latestYearMet === null) return 'no_new_data'
  return latestYearMet ? 'rule_met' : 'rule_not_met'
}

/** One verdict from the verdicts against each source's figure: agreement or "depends". */
export function combineSourceStatuses(statuses: readonly TargetStatus[]): TargetStatus {
  const first = statuses[0]
  if (first === undefined) return 'no_data'
  return statuses.every((s) => s === first) ? first : 'depends_on_source'
}
