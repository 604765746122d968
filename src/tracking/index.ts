// Public API of the tracking maths (pure, no Vue, no DuckDB). Rules: RULES.md.
export { ABOUT_TOLERANCE, EQUAL_EPSILON, improvementSign, meetsTarget, nearlyEqual, targetGap } from './comparator'
export { deadlineState, targetDeadline, type DeadlineState } from './deadline'
export {
  evaluateTarget,
  evaluateTargets,
  groupObservations,
  seriesKey,
  type TargetEvaluation,
} from './evaluate'
export { formatGap, formatNumber, gapUnitKind, formatSplit, formatValue, type GapParts, type GapUnitKind, type Locale } from './format'
export {
  baselinePoint,
  buildSeries,
  CONFLICT_RESOLUTION,
  observationsFor,
  pointsByYear,
  type Series,
  type SourcedValue,
  type YearPoint,
} from './latest'
export { annualPace, paceRatio, progressShare, projectValue, requiredPace, type Point } from './pace'
export { compareBySeverity } from './sort'
export {
  PACE_THRESHOLDS,
  requiredImprovement,
  STATUS_ORDER,
  STATUSES_BY_SEVERITY,
  statusFromPaceRatio,
  statusSeverity,
  targetStatus,
  type StatusInput,
  type TargetStatus,
} from './status'
