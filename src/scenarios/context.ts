// What projections read, prepared once per dataset and as-of date (a slider move then only
// recomputes one target): series grouped, formulas parsed, the tracking evaluations.
import {
  annualPace,
  evaluateTargets,
  groupObservations,
  pointsByYear,
  seriesKey,
  type Point,
  type TargetEvaluation,
} from '../tracking'
import type { Indicator, Observation, Target } from '../types/contract'
import { parseFormula, type ParsedFormula } from './formula'

export interface ScenarioData {
  indicators: readonly Indicator[]
  targets: readonly Target[]
  /** Observations of the targets' series and of the parts of derived indicators. */
  observations: readonly Observation[]
}

/** A series as known at the as-of date: points by year (conflicts → mean) and its trend. */
export interface KnownSeries {
  points: Point[]
  /** Linear pace first → latest point; null with fewer than two years. */
  trend: number | null
}

export interface ScenarioContext {
  asOf: Date
  asOfYear: number
  indicatorById: ReadonlyMap<string, Indicator>
  /** Observations ≤ as-of year by series key. */
  groups: ReadonlyMap<string, Observation[]>
  /** Every target evaluated at the as-of date (the tracking module's figures). */
  evaluationById: ReadonlyMap<string, TargetEvaluation>
  /** Parsed formula of a derived indicator (null: none or unparseable). */
  formula(indicatorId: string): ParsedFormula | null
  series(indicatorId: string, entityId: string): KnownSeries
}

export function scenarioContext(data: ScenarioData, asOf: Date, evaluations?: readonly TargetEvaluation[]): ScenarioContext {
  const asOfYear = asOf.getFullYear()
  const indicatorById = new Map(data.indicators.map((i) => [i.indicator_id, i]))
  const groups = groupObservations(data.observations.filter((o) => o.year <= asOfYear && Number.isFinite(o.value)))
  const evs = evaluations ?? evaluateTargets(data.targets, data.indicators, data.observations, asOf)
  const formulas = new Map<string, ParsedFormula | null>()
  const seriesCache = new Map<string, KnownSeries>()
  return {
    asOf,
    asOfYear,
    indicatorById,
    groups,
    evaluationById: new Map(evs.map((e) => [e.target.target_id, e])),
    formula(id) {
      if (!formulas.has(id)) {
        const src = indicatorById.get(id)?.formula
        let parsed: ParsedFormula | null = null
        try {
          parsed = src ? parseFormula(src) : null
        } catch {
          parsed = null // the data checks report a broken formula; here it is simply not derived
        }
        formulas.set(id, parsed)
      }
      return formulas.get(id) ?? null
    },
    series(indicatorId, entityId) {
      const key = seriesKey(indicatorId, entityId)
      let s = seriesCache.get(key)
      if (!s) {
        const points = pointsByYear(groups.get(key) ?? []).map((p) => ({ year: p.year, value: p.value }))
        const trend = points.length >= 2 ? annualPace(points[0]!, points.at(-1)!) : null
        s = { points, trend }
        seriesCache.set(key, s)
      }
      return s
    },
  }
}
