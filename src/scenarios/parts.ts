// A derived indicator (formula over other indicators of the same entity) recomputed from its
// parts under a scenario: each part is carried forward on its own (assumption, trend, or held),
// a part nobody observed is inferred from the derived value when it is the only one missing.
import type { Point } from '../tracking'
import { assumptionFor, type Scenario } from './model'
import { evaluateFormula, solveNonNegative, type ParsedFormula } from './formula'
import { assumedStart, projectPath, valueIn } from './series'
import type { ScenarioContext } from './context'

export interface PartSeries {
  indicator_id: string
  /** Latest known (or assumed, or inferred) point the part is carried from. */
  start: Point
  /** Actual points ≤ as-of year; the assumed or inferred start when there are none. */
  known: Point[]
  /** Years after `start` up to the horizon. */
  path: Point[]
  /** Pace so far (first → latest actual); null with fewer than two years. */
  trend: number | null
  /** Inferred from the derived value (no data for this part). */
  inferred: boolean
}

export type ResolvedParts =
  | { ok: true; formula: ParsedFormula; parts: PartSeries[]; valueIn: (year: number, override?: { id: string; value: number }) => number | null }
  | { ok: false; missing: string[] }

/**
 * Parts of `indicatorId` for `entityId` up to `horizon`. `anchor` is the derived indicator's
 * latest point (used to infer a single part nobody observed).
 */
export function resolveParts(
  ctx: ScenarioContext,
  formula: ParsedFormula,
  entityId: string,
  scenario: Scenario | null,
  anchor: Point | null,
  horizon: number,
): ResolvedParts {
  const known: PartSeries[] = []
  const unknown: string[] = []
  for (const id of formula.refs) {
    const s = ctx.series(id, entityId)
    const assumption = assumptionFor(scenario, id, entityId)
    const start = s.points.at(-1) ?? assumedStart(assumption)
    if (!start) {
      unknown.push(id)
      continue
    }
    const path = projectPath({ start, trend: s.trend, assumption, holdWithoutTrend: true }, horizon) ?? []
    known.push({ indicator_id: id, start, known: s.points.length ? s.points : [start], path, trend: s.trend, inferred: false })
  }
  if (unknown.length > 1 || (unknown.length === 1 && !anchor)) return { ok: false, missing: unknown }
  if (unknown.length === 1 && anchor) {
    const id = unknown[0]!
    const at = (part: PartSeries) => valueIn(part.known, part.path, anchor.year)
    const others = new Map(known.map((p) => [p.indicator_id, at(p)]))
    const near = Math.max(1, ...[...others.values()].map((v) => Math.abs(v ?? 0)))
    const x = solveNonNegative((v) => evaluateFormula(formula.ast, (ref) => (ref === id ? v : others.get(ref))), anchor.value, near)
    if (x === null) return { ok: false, missing: unknown }
    const start = { year: anchor.year, value: x }
    const assumption = assumptionFor(scenario, id, entityId)
    const path = projectPath({ start, trend: null, assumption, holdWithoutTrend: true }, horizon) ?? []
    known.push({ indicator_id: id, start, known: [start], path, trend: null, inferred: true })
  }
  const byId = new Map(known.map((p) => [p.indicator_id, p]))
  return {
    ok: true,
    formula,
    parts: formula.refs.map((id) => byId.get(id)!),
    valueIn: (year, override) =>
      evaluateFormula(formula.ast, (ref) => {
        if (override && override.id === ref) return override.value
        const p = byId.get(ref)
        return p ? valueIn(p.known, p.path, year) : null
      }),
  }
}

/** Whether the scenario says anything about a part of this derived indicator for this entity. */
export function touchesParts(formula: ParsedFormula, entityId: string, scenario: Scenario | null): boolean {
  return formula.refs.some((id) => assumptionFor(scenario, id, entityId) !== undefined)
}
