// One target against the data as of a date: every figure the dashboard shows.
// Method and edge cases: RULES.md;
// https://unstats.un.org/sdgs/report/2023/progress-chart-technical-note
import type { Entity, Indicator, Observation, Target } from '../types/contract'
import { meetsTarget, targetGap } from './comparator'
import { deadlineState, type DeadlineState } from './deadline'
import { gapUnitKind, type GapUnitKind } from './format'
import { buildSeries, CONFLICT_RESOLUTION, observationsFor, type SourcedValue, type YearPoint } from './latest'
import { annualPace, distanceClosedRatio, paceRatio, progressShare, projectValue, requiredPace } from './pace'
import {
  combineSourceStatuses,
  requiredImprovement,
  standingStatus,
  targetStatus,
  type TargetStatus,
} from './status'
import { targetKind, type TargetKind } from './targetMeta'
import { relatedEvidence, type RelatedFigure } from './related'
import { rollUps, type RollUp } from './rollup'
import { improvementSign } from './comparator'

/** The verdict against one source's figure of the latest year (conflicting sources). */
export interface SourceVerdict {
  source: SourcedValue
  met: boolean
  gap: number
  status: TargetStatus
}

/** A standing rule's verdict on one year with data. */
export interface YearVerdict {
  year: number
  value: number
  met: boolean
  conflict: boolean
}

/** Direction of the last change: improving, worsening or flat; null with fewer than two figures. */
export type Trend = 'improving' | 'worsening' | 'flat'

export interface TargetEvaluation {
  target: Target
  asOfYear: number
  /** Latest known value ≤ as-of year; the baseline when nothing was observed since. */
  latest: YearPoint | null
  /** The latest year's sources disagree even at printed precision; `latest.value` is one of them. */
  conflict: boolean
  /** All sources of the latest year when they conflict, else empty. */
  conflictingValues: SourcedValue[]
  /** When they conflict: the target judged against each source's figure. */
  sourceVerdicts: SourceVerdict[]
  kind: TargetKind
  /** Standing rules only: the verdict of every year with data. */
  yearVerdicts: YearVerdict[]
  /** Observed after the baseline year (any observation without a baseline). */
  hasNewData: boolean
  /** Years since the latest known figure (baseline included); null when nothing is known. */
  yearsSinceLatest: number | null
  /** From the previous figure to the latest one, in the target's good direction. */
  trend: Trend | null
  /** Figures for the same concept under another definition, level or scope (filled by evaluateTargets). */
  related: RelatedFigure[]
  /** Sums of the children's figures in years the entity itself has none ("N of M schools"). */
  rollUps: RollUp[]
  conflictResolution: typeof CONFLICT_RESOLUTION
  /** The latest value meets the target (comparator.ts). */
  met: boolean
  /** Indicator unit (pp for percent); > 0 short of the target, ≤ 0 met. */
  gap: number | null
  gapUnit: GapUnitKind
  /** (latest − baseline) / (target − baseline); null without baseline or when target = baseline. */
  progressShare: number | null
  /** Where the pace is measured from: baseline, else first observation. */
  start: YearPoint | null
  /** Per year, start → latest; null with fewer than two years. */
  actualPace: number | null
  /** Per year, start → target over the whole period. */
  requiredPace: number | null
  /** actualPace / requiredPace; null when either is missing or no improvement is required. */
  paceRatio: number | null
  /** latest + actualPace × (targetYear − latestYear); latest itself once past the target year. */
  projected: number | null
  projectedMet: boolean | null
  status: TargetStatus
  deadline: DeadlineState
  /** Baseline (if used) and observations from the start year, by year. */
  points: YearPoint[]
  /** Distinct years in `points` (baseline counts as one). */
  pointCount: number
}

/**
 * Evaluate one target. `observations` may hold other indicators or entities
 * and years after the as-of date: they are filtered out here.
 */
export function evaluateTarget(
  target: Target,
  indicator: Indicator,
  observations: readonly Observation[],
  asOf: Date,
): TargetEvaluation {
  if (indicator.indicator_id !== target.indicator_id) {
    throw new Error(`target ${target.target_id} is on ${target.indicator_id}, not ${indicator.indicator_id}`)
  }
  const asOfYear = asOf.getFullYear()
  const { target_value: targetValue, target_year: targetYear, comparator } = target
  const { direction } = indicator
  const observed = observationsFor(observations, target.indicator_id, target.entity_id, asOfYear)
  const { start, latest, points, pointCount } = buildSeries(target, observed, asOfYear)

  const kind = targetKind(target)
  const baseline = points[0]?.kind === 'baseline' ? points[0] : null
  const required = start ? requiredPace(start, targetYear, targetValue) : null
  const improvement = required === null ? null : requiredImprovement(required, comparator, direction)
  const latestObservationYear = observed.reduce<number | null>((max, o) => (max === null || o.year > max ? o.year : max), null)
  const hasNewData = latestObservationYear !== null && (baseline === null || latestObservationYear > baseline.year)
  const deadline: DeadlineState = kind === 'standing' ? { kind: 'none' } : deadlineState(targetYear, asOf, latestObservationYear)

  // Everything that depends on the latest value, so a conflicting year can be judged per source.
  const judge = (latestValue: number | null) => {
    const at = latest && latestValue !== null ? { ...latest, value: latestValue } : null
    const met = at !== null && meetsTarget(at.value, targetValue, comparator, direction)
    const actual = start && at ? annualPace(start, at) : null
    // When the start already met the target, r is meaningless (falling below it would give
    // r > 0): no ratio, the status asks only whether the level held. For `=`, progress is
    // the distance closed (issue 16: an overshoot is not "on track").
    const ratio =
      improvement === null || improvement <= 0 || !start || !at
        ? null
        : comparator === '='
          ? distanceClosedRatio(start, at, targetYear, targetValue)
          : paceRatio(actual, required)
    const status = targetStatus({
      latestYear: at?.year ?? null,
      met,
      targetYear,
      overdue: deadline.kind === 'overdue',
      hasNewData,
      pointCount,
      requiredImprovement: improvement,
      paceRatio: ratio,
    })
    return { met, actual, ratio, status }
  }
  const own = judge(latest?.value ?? null)
  const { met, actual, ratio } = own
  const sourceVerdicts: SourceVerdict[] =
    latest?.conflict
      ? latest.sources.map((source) => ({
          source,
          met: meetsTarget(source.value, targetValue, comparator, direction),
          gap: targetGap(source.value, targetValue, comparator, direction),
          status: judge(source.value).status,
        }))
      : []
  const yearVerdicts: YearVerdict[] =
    kind === 'standing'
      ? points
          .filter((p) => p.kind === 'observation')
          .map((p) => ({ year: p.year, value: p.value, met: meetsTarget(p.value, targetValue, comparator, direction), conflict: p.conflict }))
      : []
  const status =
    kind === 'standing'
      ? standingStatus(yearVerdicts.at(-1)?.met ?? null)
      : sourceVerdicts.length > 0
        ? combineSourceStatuses(sourceVerdicts.map((v) => v.status))
        : own.status
  const projected = latest ? projectValue(latest, actual, targetYear) : null
  const previous = points.length >= 2 ? points[points.length - 2]! : null

  return {
    target,
    asOfYear,
    latest,
    conflict: latest?.conflict ?? false,
    conflictingValues: latest?.conflict ? latest.sources : [],
    sourceVerdicts,
    kind,
    yearVerdicts,
    hasNewData,
    yearsSinceLatest: latest ? asOfYear - latest.year : null,
    related: [],
    rollUps: [],
    trend: latest && previous && latest !== previous ? trendOf(previous.value, latest.value, comparator, direction, targetValue) : null,
    conflictResolution: CONFLICT_RESOLUTION,
    met,
    gap: latest ? targetGap(latest.value, targetValue, comparator, direction) : null,
    gapUnit: gapUnitKind(indicator.unit),
    progressShare: latest && baseline ? progressShare(baseline.value, latest.value, targetValue) : null,
    start,
    actualPace: actual,
    requiredPace: required,
    paceRatio: ratio,
    projected,
    projectedMet: projected === null ? null : meetsTarget(projected, targetValue, comparator, direction),
    status,
    deadline,
    points,
    pointCount,
  }
}

function trendOf(before: number, after: number, comparator: TargetEvaluation['target']['comparator'], direction: Indicator['direction'], targetValue: number): Trend {
  // For `=` the good direction is towards the target; elsewhere the comparator's own.
  const change =
    comparator === '=' ? Math.abs(before - targetValue) - Math.abs(after - targetValue) : improvementSign(comparator, direction) * (after - before)
  if (Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(before), Math.abs(after))) return 'flat'
  return change > 0 ? 'improving' : 'worsening'
}

/** Key of an (indicator, entity) pair; NUL cannot occur in the contract's ids. */
export function seriesKey(indicatorId: string, entityId: string): string {
  return `${indicatorId}\u0000${entityId}`
}

/** Observations grouped by indicator and entity, in one O(n) pass. */
export function groupObservations(observations: readonly Observation[]): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>()
  for (const o of observations) {
    const key = seriesKey(o.indicator_id, o.entity_id)
    const group = groups.get(key)
    if (group) group.push(o)
    else groups.set(key, [o])
  }
  return groups
}

/**
 * Evaluate many targets: observations are grouped once (O(n)), so each target
 * only reads its own series — fine for 1,000,000 observations. A target whose
 * indicator is unknown breaks the data contract's reference rule: it throws.
 */
export function evaluateTargets(
  targets: readonly Target[],
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  asOf: Date,
  /** With the entities, a target also gets the roll-ups of the entities directly below its own. */
  entities: readonly Pick<Entity, 'entity_id' | 'parent_id'>[] = [],
): TargetEvaluation[] {
  const indicatorById = new Map(indicators.map((i) => [i.indicator_id, i]))
  const groups = groupObservations(observations)
  const children = new Map<string, string[]>()
  for (const e of entities) if (e.parent_id) children.set(e.parent_id, [...(children.get(e.parent_id) ?? []), e.entity_id])
  return targets.map((target) => {
    const indicator = indicatorById.get(target.indicator_id)
    if (!indicator) throw new Error(`target ${target.target_id}: unknown indicator ${target.indicator_id}`)
    const seriesOf = (indicatorId: string, entityId: string) => groups.get(seriesKey(indicatorId, entityId)) ?? []
    const ev = evaluateTarget(target, indicator, seriesOf(target.indicator_id, target.entity_id), asOf)
    ev.related = relatedEvidence(target, indicatorById, seriesOf, ev.asOfYear)
    const ownYears = new Set(seriesOf(target.indicator_id, target.entity_id).map((o) => o.year))
    ev.rollUps = rollUps(indicator, children.get(target.entity_id) ?? [], seriesOf, ownYears, ev.asOfYear)
    return ev
  })
}
