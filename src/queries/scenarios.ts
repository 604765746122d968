// Observations of the parts of derived indicators (e.g. 双师型教师数 and 专业课教师数 behind the
// 双师型 share) for the entities that have a target on the derived indicator: scenarios
// recompute the share from them. Target tracking itself does not load these series.
import { queryRows } from '../db/query'
import type { Indicator, Observation, Target } from '../types/contract'

/** (indicator, entity) pairs of the parts a scenario may need, from the formulas' ids. */
export function partSeries(indicators: readonly Indicator[], targets: readonly Target[], refsOf: (formula: string) => string[]): [string, string][] {
  const formulaById = new Map(indicators.filter((i) => i.formula).map((i) => [i.indicator_id, i.formula!]))
  const pairs = new Map<string, [string, string]>()
  for (const t of targets) {
    const formula = formulaById.get(t.indicator_id)
    if (!formula) continue
    for (const ref of refsOf(formula)) pairs.set(`${ref}\u0000${t.entity_id}`, [ref, t.entity_id])
  }
  return [...pairs.values()]
}

export async function loadPartObservations(pairs: readonly [string, string][], signal?: AbortSignal): Promise<Observation[]> {
  if (pairs.length === 0) return []
  const where = pairs.map(() => '(o.indicator_id = ? AND o.entity_id = ?)').join(' OR ')
  return queryRows<Observation>(
    `SELECT o.indicator_id, o.entity_id, o.year, o.value, strftime(o.period_end, '%Y-%m-%d') AS period_end,
            o.source_doc, o.source_ref, o.quote
       FROM observations o WHERE ${where}
      ORDER BY o.indicator_id, o.entity_id, o.year, o.source_doc, o.source_ref`,
    pairs.flat(),
    signal,
  )
}
