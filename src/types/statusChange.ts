// What an import preview says about verdicts: the rows each side of a load gives the tracking
// rules, and the targets whose status would change. The engine layer (src/db/import) gathers the
// rows; the rules (src/tracking/statusChanges.ts) judge them and are passed in, so db knows no verdicts.
import type { Indicator, Observation, Target } from './contract'

/** The series a load touches, before or after it. */
export interface StatusSide {
  indicators: Indicator[]
  targets: Target[]
  observations: Observation[]
}

export interface StatusChange {
  targetId: string
  indicatorId: string
  entityId: string
  targetYear: number
  /** null: the target does not exist before (or after) the import. */
  before: string | null
  after: string | null
}

/** Compares the two sides at the as-of date. */
export type StatusJudge = (before: StatusSide, after: StatusSide, asOf: Date) => StatusChange[]
