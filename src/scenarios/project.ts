// Each target's value at its target year under a scenario, and its status under the tracking
// rules: the projected years are fed to the tracking module as observations and the target is
// judged as of the end of its year. The baseline (no scenario) is the current trend: exactly
// the tracking module's linear projection.
import { evaluateTarget, meetsTarget, seriesKey, targetGap, type Point, type TargetEvaluation, type TargetStatus } from '../tracking'
import type { Indicator, Observation, Target } from '../types/contract'
import { assumptionFor, type Scenario } from './model'
import { projectPath } from './series'
import { resolveParts, touchesParts } from './parts'
import type { ScenarioContext } from './context'

export type ProjectionMethod =
  /** The target year's figure (or a later one) is already in the data. */
  | 'actual'
  /** The current trend, as in target tracking. */
  | 'trend'
  /** The scenario's assumption on the target's own indicator. */
  | 'assumption'
  /** Recomputed from the parts of a derived indicator. */
  | 'parts'
  /** Nothing to project from (a single point and no assumption). */
  | 'none'

export interface TargetProjection {
  target: Target
  /** null: the baseline (current trend). */
  scenarioId: string | null
  /** The value the status is judged on: projected for the target year, or the latest actual. */
  value: number | null
  year: number | null
  /** Projected points after the latest actual one, up to the horizon (the target year, or the later year planned to). */
  path: Point[]
  /**
   * The value at a horizon after the target year (the year the effort panel plans to once the
   * deadline has passed), judged against the target value; null without such a horizon.
   */
  atHorizon: { year: number; value: number; met: boolean; gap: number } | null
  /** The latest actual (or baseline) point the path starts from. */
  from: Point | null
  method: ProjectionMethod
  status: TargetStatus
  met: boolean | null
  /** Gap of `value` to the target (tracking sign convention: > 0 short). */
  gap: number | null
  /** Parts of a derived indicator the scenario touches but that could not be resolved. */
  missingParts: string[]
  /** The tracking evaluation under the scenario, as of the end of the target year. */
  evaluation: TargetEvaluation
}

export const SCENARIO_SOURCE = 'scenario'

function asObservations(target: Target, path: readonly Point[], label: string): Observation[] {
  return path.map((p) => ({
    indicator_id: target.indicator_id,
    entity_id: target.entity_id,
    year: p.year,
    value: p.value,
    period_end: null,
    source_doc: SCENARIO_SOURCE,
    source_ref: label,
    quote: null,
  }))
}

/** The projected path of a target's own series under the scenario (null: cannot project). */
function ownPath(ctx: ScenarioContext, ev: TargetEvaluation, scenario: Scenario | null, end: number): { path: Point[] | null; method: ProjectionMethod; missing: string[] } {
  const { target } = ev
  const from = ev.latest
  if (!from) return { path: null, method: 'none', missing: [] }
  const actual = from.year >= target.target_year
  if (actual && from.year >= end) return { path: [], method: 'actual', missing: [] }
  const own = assumptionFor(scenario, target.indicator_id, target.entity_id)
  const formula = own ? null : ctx.formula(target.indicator_id)
  if (formula && touchesParts(formula, target.entity_id, scenario)) {
    const parts = resolveParts(ctx, formula, target.entity_id, scenario, from, end)
    if (parts.ok) {
      const path: Point[] = []
      for (let year = from.year + 1; year <= end; year++) {
        const value = parts.valueIn(year)
        if (value === null) return { path: null, method: 'none', missing: [] }
        path.push({ year, value })
      }
      return { path, method: actual ? 'actual' : 'parts', missing: [] }
    }
    const trend = projectPath({ start: from, trend: ev.actualPace, holdWithoutTrend: false }, end)
    return { path: trend ?? (actual ? [] : null), method: actual ? 'actual' : trend ? 'trend' : 'none', missing: parts.missing }
  }
  const path = projectPath({ start: from, trend: ev.actualPace, assumption: own, holdWithoutTrend: false }, end)
  // A target-year figure is in the data: it decides; the path only carries on to the horizon.
  if (actual) return { path: path ?? [], method: 'actual', missing: [] }
  return { path, method: path === null ? 'none' : own ? 'assumption' : 'trend', missing: [] }
}

/**
 * One target under a scenario (`null` = the baseline, the current trend). `horizon`: a later year
 * to carry the projection on to (the effort panel's year once the deadline has passed), so the
 * chart and table cover the years the planner plans for; the status is still judged at the target year.
 */
export function projectTarget(ctx: ScenarioContext, target: Target, scenario: Scenario | null, horizon?: number): TargetProjection {
  const indicator = ctx.indicatorById.get(target.indicator_id)
  const ev = ctx.evaluationById.get(target.target_id)
  if (!indicator || !ev) throw new Error(`target ${target.target_id} is not in the scenario context`)
  const end = Math.max(target.target_year, horizon ?? target.target_year)
  const { path: full, method, missing } = ownPath(ctx, ev, scenario, end)
  const path = full?.filter((p) => p.year <= target.target_year) ?? null
  const observed = ctx.groups.get(seriesKey(target.indicator_id, target.entity_id)) ?? []
  // Judged as of the end of the target year (or now, if that is later): the projected years are
  // then the latest figures, and the tracking rules say achieved or missed on them.
  const judgeYear = Math.max(ctx.asOfYear, target.target_year)
  const label = scenario ? scenario.name : 'baseline'
  const evaluation = evaluateTarget(target, indicator, [...observed, ...asObservations(target, path ?? [], label)], new Date(judgeYear, 11, 31))
  const last = path?.at(-1) ?? null
  const value = method === 'actual' ? (ev.latest?.value ?? null) : (last?.value ?? null)
  const year = method === 'actual' ? (ev.latest?.year ?? null) : (last?.year ?? null)
  return {
    target,
    scenarioId: scenario?.id ?? null,
    value,
    year,
    path: full ?? [],
    atHorizon: horizonPoint(full, end, target, indicator.direction),
    from: ev.latest ? { year: ev.latest.year, value: ev.latest.value } : null,
    method,
    status: evaluation.status,
    met: value === null ? null : meetsTarget(value, target.target_value, target.comparator, indicator.direction),
    gap: value === null ? null : targetGap(value, target.target_value, target.comparator, indicator.direction),
    missingParts: missing,
    evaluation,
  }
}

function horizonPoint(path: readonly Point[] | null, end: number, target: Target, direction: Indicator['direction']): TargetProjection['atHorizon'] {
  const last = path?.at(-1)
  if (!last || end <= target.target_year || last.year !== end) return null
  return {
    year: end,
    value: last.value,
    met: meetsTarget(last.value, target.target_value, target.comparator, direction),
    gap: targetGap(last.value, target.target_value, target.comparator, direction),
  }
}

/** Every target under a scenario. */
export function projectTargets(ctx: ScenarioContext, targets: readonly Target[], scenario: Scenario | null): TargetProjection[] {
  return targets.map((t) => projectTarget(ctx, t, scenario))
}
