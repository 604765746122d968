// Inputs and outputs of the warnings engine. Plain data: rows as read from the optional
// `majors` and `school_conditions` tables (contract v1.1), entities for names and places.
import type { Major } from '../types/contract'

/** One school × major × year (contract v1.1 `majors`), as the engine reads it. Rates in percent
 *  (0–100); `level` is `secondary` (中职) or `higher` (高职). */
export type MajorRow = Omit<Major, 'quote'>

/** One school × year × facility-standard item (contract v1.1 `school_conditions`). */
export interface ConditionRow {
  entity_id: string
  year: number
  level: string
  item: string
  /** true = the item meets the standard. */
  met: boolean
  source_doc: string
  source_ref: string
}

export interface PlaceEntity {
  entity_id: string
  kind: string
  parent_id: string | null
}

export type RuleId = 'major_alert' | 'plan_completion' | 'facility_standard'

/**
 * triggered: the rule's condition holds now. watch: it holds in the latest year only, so it
 * triggers if next year repeats this one. cannot_tell: a year the rule needs is not observed
 * (or a figure in it is missing), so neither "triggered" nor "clear" can be said.
 */
export type WarningState = 'triggered' | 'watch' | 'cannot_tell'

/** A year's verdict for a rule's condition: below the floor, not below, or not known. */
export type YearVerdict = 'below' | 'not_below' | 'unknown'

/** The figures of one year the warning was judged on. */
export interface YearFigures {
  year: number
  verdict: YearVerdict
  /** Named figures (employment_rate, matched_employment_rate, planned, actual, completion, unmet). */
  figures: Record<string, number | null>
}

/** What the rule does to the school or major, with the numbers it acts on. */
export interface Consequence {
  kind: 'plan_cut_or_stop' | 'plan_cut_range' | 'correction_or_closure'
  /** Year whose plan the consequence is computed from. */
  basisYear: number
  /** Planned enrolment of basisYear; null when not given. */
  plan: number | null
  /** Next year's plan after the cut, as a range [low, high]; null when the plan is unknown. */
  after: [number, number] | null
  /** Most places the rule can take away (for sorting by consequence); 0 when unknown. */
  placesAtStake: number
}

export interface Warning {
  /** Stable key: rule, school, major. */
  id: string
  rule: RuleId
  state: WarningState
  schoolId: string
  /** The school's city (nearest ancestor of kind `city`), null when not placed. */
  cityId: string | null
  majorCode: string | null
  majorName: string | null
  level: string | null
  /** The years judged, ascending (two for a run, one for a watch item). */
  years: YearFigures[]
  /** Years the run needs but the data does not hold. */
  missingYears: number[]
  consequence: Consequence
  /** Where the figures come from (distinct source_doc · source_ref). */
  sources: string[]
  /** facility_standard: the items not met in the latest year. */
  unmetItems: string[]
}
