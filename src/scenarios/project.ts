// Each target's value at its target year under a scenario, and its status under the tracking
// rules: the projected years are fed to the tracking module as observations and the target is
// judged as of the end of its year. The baseline (no scenario) is the current trend: exactly
// the tracking module's linear projection.
import { evaluateTarget, meetsTarget, seriesKey, targetGap, type Point, type TargetEvaluation, type TargetStatus } from '../tracking'
import type { Observation, Target } from '../types/contract'
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
  /** Projected points after the latest actual one, up to the target year. */
  path: Point[]
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
function ownPath(ctx: ScenarioContext, ev: TargetEvaluation, scenario: Scenario | null): { path: Point[] | null; method: ProjectionMethod; missing: string[] } {
  const { target } = ev
  const from = ev.latest
  if (!from) return { path: null, method: 'none', missing: [] }
  if (from.year >= target.target_year) return { path: [], method: 'actual', missing: [] }
  const own = assumptionFor(scenario, target.indicator_id, target.entity_id)
  const formula = own ? null : ctx.formula(target.indicator_id)
  if (formula && touchesParts(formula, target.entity_id, scenario)) {
    const parts = resolveParts(ctx, formula, target.entity_id, scenario, from, target.target_year)
    if (parts.ok) {
      const path: Point[] = []
      for (let year = from.year + 1; year <= target.target_year; year++) {
        const value = parts.valueIn(year)
        if (value === null) return { path: null, method: 'none', missing: [] }
        path.push({ year, value })
      }
      return { path, method: 'parts', missing: [] }
    }
    const trend = projectPath({ start: from, trend: ev.actualPace, holdWithoutTrend: false }, target.target_year)
    return { path: trend, method: trend ? 'trend' : 'none', missing: parts.missing }
  }
  const path = projectPath({ start: from, trend: ev.actualPace, assumption: own, holdWithoutTrend: false }, target.target_year)
  return { path, method: path === null ? 'none' : own ? 'assumption' : 'trend', missing: [] }
}

/** One target under a scenario (`null` = the baseline, the current trend). */
export function projectTarget(ctx: ScenarioContext, target: Target, scenario: Scenario | null): TargetProjection {
  const indicator = ctx.indicatorById.get(target.indicator_id)
  const ev = ctx.evaluationById.get(target.target_id)
  if (!indicator || !ev) throw new Error(`target ${target.target_id} is not in the scenario context`)
  const { path, method, missing } = ownPath(ctx, ev, scenario)
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
    path: path ?? [],
    from: ev.latest ? { year: ev.latest.year, value: ev.latest.value } : null,
    method,
    status: evaluation.status,
    met: value === null ? null : meetsTarget(value, target.target_value, target.comparator, indicator.direction),
    gap: value === null ? null : targetGap(value, target.target_value, target.comparator, indicator.direction),
    missingParts: missing,
    evaluation,
  }
}

/** Every target under a scenario. */
export function projectTargets(ctx: ScenarioContext, targets: readonly Target[], scenario: Scenario | null): TargetProjection[] {
  return targets.map((t) => projectTarget(ctx, t, scenario))
}
