// Public API of the tracking maths (pure, no Vue, no DuckDB). Rules: RULES.md.
export { ABOUT_TOLERANCE, EQUAL_EPSILON, improvementSign, meetsTarget, nearlyEqual, targetGap } from './comparator'
export { deadlineState, targetDeadline, type DeadlineState } from './deadline'
export {
  evaluateTarget,
  evaluateTargets,
  groupObservations,
  seriesKey,
  type SourceVerdict,
  type TargetEvaluation,
  type Trend,
  type YearVerdict,
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
export { rollUps, type RollUp } from './rollup'
export { relatedDifferences, relatedEvidence, type RelatedDifference, type RelatedFigure } from './related'
export { agreeAtPrecision, mostPrecise, printedStep, type PrintedFigure } from './precision'
export {
  isListedTarget,
  relatedRefs,
  sameGoalAs,
  targetKind,
  targetNote,
  type SeriesRef,
  type TargetExtras,
  type TargetKind,
  type TrackedTarget,
} from './targetMeta'
export { annualPace, distanceClosedRatio, paceRatio, progressShare, projectValue, requiredPace, type Point } from './pace'
export { compareBySeverity } from './sort'
export {
  combineSourceStatuses,
  isShortfall,
  PACE_STATUSES,
  PACE_THRESHOLDS,
  requiredImprovement,
  standingStatus,
  STATUS_ORDER,
  STATUSES_BY_SEVERITY,
  statusFromPaceRatio,
  statusSeverity,
  targetStatus,
  type StatusInput,
  type TargetStatus,
} from './status'
export { statusChanges } from './statusChanges'
