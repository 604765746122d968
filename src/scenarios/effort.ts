// Required effort: the annual change needed from the latest figure to meet a target by its
// year (or by a year the planner picks, e.g. when the deadline has passed), in the indicator's
// unit, and for a derived indicator in each part's unit ("每年需新增认定双师型教师约 N 人"),
// compared with the pace so far. Linear, like the tracking module's paces (RULES.md).
import { improvementSign, meetsTarget, type Point } from '../tracking'
import type { Indicator, Target } from '../types/contract'
import { solveNonNegative } from './formula'
import type { Scenario } from './model'
import { resolveParts } from './parts'
import type { ScenarioContext } from './context'

export interface PartEffort {
  indicator_id: string
  /** The part's latest known (or inferred) point. */
  from: Point
  /** The part's value needed in `year`, the other parts following their path. */
  needed: number
  /** (needed − from) / (year − from.year), in the part's unit. */
  perYear: number
  /** The part's pace so far; null with fewer than two years of data. */
  paceSoFar: number | null
  /** paceSoFar / perYear; null when either is missing or perYear is 0. */
  ratio: number | null
  /** The part had no data: its level was inferred from the derived value. */
  inferred: boolean
  /**
   * `at_least`: more of this part helps (a numerator), so `perYear` is the minimum change;
   * `at_most`: more of it hurts (a denominator), so `perYear` is the most it may change.
   */
  bound: 'at_least' | 'at_most'
}

export interface Effort {
  target: Target
  indicator: Indicator
  latest: Point | null
  /** The value to reach: the target as printed (`~` and `=` aim at the nominal figure). */
  goal: number
  /** The latest value already meets the target: holding the level is enough. */
  alreadyMet: boolean
  /** The target year is over as of the as-of date, or its figure is already in the data. */
  deadlinePassed: boolean
  /** The year solved for: the target year, or the planner's pick (needed once the deadline has passed). */
  year: number
  /** Change per year needed in the indicator's unit; null without a latest value or time left. */
  perYear: number | null
  /** The tracking module's actual pace (start → latest); null with one point. */
  paceSoFar: number | null
  /** paceSoFar / perYear (≥ 1: the pace so far is enough); null when undefined. */
  ratio: number | null
  /** For a derived indicator: the change needed in each part alone. */
  parts: PartEffort[]
  /** Parts of a derived indicator that could not be resolved (no data, nothing to infer from). */
  missingParts: string[]
}

const ratioOf = (pace: number | null, needed: number | null) => (pace === null || needed === null || needed === 0 ? null : pace / needed)

/** The default year to solve for: the target year while it is still ahead, else next year. */
export function defaultEffortYear(ctx: ScenarioContext, target: Target): number {
  const latestYear = ctx.evaluationById.get(target.target_id)?.latest?.year ?? ctx.asOfYear
  const passed = ctx.asOfYear > target.target_year || latestYear >= target.target_year
  return passed ? Math.max(ctx.asOfYear, latestYear) + 1 : target.target_year
}

export function requiredEffort(ctx: ScenarioContext, target: Target, options: { year?: number; scenario?: Scenario | null } = {}): Effort {
  const indicator = ctx.indicatorById.get(target.indicator_id)
  const ev = ctx.evaluationById.get(target.target_id)
  if (!indicator || !ev) throw new Error(`target ${target.target_id} is not in the scenario context`)
  const latest = ev.latest ? { year: ev.latest.year, value: ev.latest.value } : null
  const goal = target.target_value
  const deadlinePassed = ctx.asOfYear > target.target_year || (latest !== null && latest.year >= target.target_year)
  const year = options.year ?? defaultEffortYear(ctx, target)
  const perYear = latest && year > latest.year ? (goal - latest.value) / (year - latest.year) : null
  const base: Effort = {
    target,
    indicator,
    latest,
    goal,
    alreadyMet: latest !== null && meetsTarget(latest.value, goal, target.comparator, indicator.direction),
    deadlinePassed,
    year,
    perYear,
    paceSoFar: ev.actualPace,
    ratio: ratioOf(ev.actualPace, perYear),
    parts: [],
    missingParts: [],
  }
  const formula = ctx.formula(target.indicator_id)
  if (!formula || !latest || year <= latest.year) return base
  const resolved = resolveParts(ctx, formula, target.entity_id, options.scenario ?? null, latest, year)
  if (!resolved.ok) return { ...base, missingParts: resolved.missing }
  const parts: PartEffort[] = []
  for (const part of resolved.parts) {
    if (year <= part.start.year) continue
    const needed = solveNonNegative((v) => resolved.valueIn(year, { id: part.indicator_id, value: v }), goal, part.start.value)
    if (needed === null) continue
    const partPerYear = (needed - part.start.value) / (year - part.start.year)
    // Which way does this part move the indicator near the solution, and which way is progress?
    const nudge = Math.max(1e-6, Math.abs(needed) * 1e-6)
    const slope = (resolved.valueIn(year, { id: part.indicator_id, value: needed + nudge }) ?? goal) - goal
    const helps = Math.sign(slope) === improvementSign(target.comparator, indicator.direction)
    parts.push({
      indicator_id: part.indicator_id,
      from: part.start,
      needed,
      perYear: partPerYear,
      paceSoFar: part.trend,
      ratio: ratioOf(part.trend, partPerYear),
      inferred: part.inferred,
      bound: helps ? 'at_least' : 'at_most',
    })
  }
  return { ...base, parts }
}

