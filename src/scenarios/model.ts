// A scenario: a named set of planner assumptions layered on the latest data, never written into
// it. Each assumption is about one indicator of one entity: an annual change from a year
// (absolute in the indicator's unit, or percent), and/or explicit values for given years.

/** Annual change applied each year from `from_year` on. */
export interface AnnualChange {
  /** `absolute`: + amount in the indicator's unit per year; `percent`: × (1 + amount/100) per year. */
  mode: 'absolute' | 'percent'
  amount: number
  from_year: number
}

export interface YearValue {
  year: number
  value: number
}

export interface Assumption {
  indicator_id: string
  entity_id: string
  change: AnnualChange | null
  /**
   * Explicit values by year. Years with actual data are ignored (data wins); a series with no
   * data at all starts from its first explicit value (an assumed level, e.g. a part's count).
   */
  values: YearValue[]
}

export interface Scenario {
  /** Stable id, `[A-Za-z0-9_-]{1,64}`. */
  id: string
  name: string
  assumptions: Assumption[]
}

/** The JSON file a planner exports and imports (versioned). */
export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT
  version: typeof SCENARIO_FILE_VERSION
  /** Says in the file itself that these are projections, not actual figures. */
  notice: string
  exported_at: string
  scenarios: Scenario[]
}

export const SCENARIO_FILE_FORMAT = 'nmg-vet-scenarios'
export const SCENARIO_FILE_VERSION = 1
export const SCENARIO_NOTICE = '情景推演 — 非实际数据 / Scenario projection — not actual data'
/** Up to three scenarios are compared beside the baseline. */
export const MAX_COMPARED = 3
export const LIMITS = { name: 120, id: 64, assumptions: 200, values: 60, scenarios: 100, minYear: 1990, maxYear: 2100 } as const

export function assumptionFor(scenario: Scenario | null | undefined, indicatorId: string, entityId: string): Assumption | undefined {
  return scenario?.assumptions.find((a) => a.indicator_id === indicatorId && a.entity_id === entityId)
}

/** A copy of the scenario with one assumption replaced (or added); `null` removes it. */
export function withAssumption(scenario: Scenario, indicatorId: string, entityId: string, next: Assumption | null): Scenario {
  const rest = scenario.assumptions.filter((a) => !(a.indicator_id === indicatorId && a.entity_id === entityId))
  return { ...scenario, assumptions: next ? [...rest, next] : rest }
}

/** Whether an assumption changes anything (an empty one is dropped rather than kept). */
export function isEffective(a: Assumption): boolean {
  return a.change !== null || a.values.length > 0
}

/** A random id (crypto when available: ids from two browsers must not collide). */
export function newScenarioId(random: () => number = Math.random): string {
  const bytes = new Uint8Array(9)
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256)
  return 's' + Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 12)
}
