// Roll-ups: where an entity's own figure for a year is missing but the entities below it report
// (school enrolments → the city), the sum is shown as a derived figure, labelled "N of M schools"
// with the missing ones named. It is never the target's own value: a partial sum is not a total.
import type { Indicator, Observation } from '../types/contract'
import { pointsByYear } from './latest'

/** Units whose parts add up to the whole; shares, ratios and money per student do not. */
const SUMMABLE_UNITS = new Set(['persons', 'count', 'person_times'])

export interface RollUp {
  year: number
  /** Sum of the reporting children's figures (each a printed figure; conflicting years excluded). */
  sum: number
  /** Children that report this year, and all children. */
  reporting: string[]
  missing: string[]
  /** Children whose sources disagree that year: left out of the sum, named. */
  conflicting: string[]
}

/**
 * One roll-up per year (≤ as-of year) in which at least one child reports and the entity itself
 * has no figure. `ownYears` are the years the entity's own series already has.
 */
export function rollUps(
  indicator: Indicator,
  childIds: readonly string[],
  seriesOf: (indicatorId: string, entityId: string) => readonly Observation[],
  ownYears: ReadonlySet<number>,
  asOfYear: number,
): RollUp[] {
  if (!SUMMABLE_UNITS.has(indicator.unit) || childIds.length === 0) return []
  const byYear = new Map<number, Map<string, { value: number; conflict: boolean }>>()
  for (const child of childIds) {
    const rows = seriesOf(indicator.indicator_id, child).filter((o) => o.year <= asOfYear)
    for (const p of pointsByYear(rows)) {
      const year = byYear.get(p.year) ?? new Map()
      year.set(child, { value: p.value, conflict: p.conflict })
      byYear.set(p.year, year)
    }
  }
  const out: RollUp[] = []
  for (const [year, figures] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (ownYears.has(year)) continue
    const clean = [...figures].filter(([, f]) => !f.conflict)
    out.push({
      year,
      sum: clean.reduce((s, [, f]) => s + f.value, 0),
      reporting: clean.map(([id]) => id),
      missing: childIds.filter((id) => !figures.has(id)),
      conflicting: [...figures].filter(([, f]) => f.conflict).map(([id]) => id),
    })
  }
  return out
}
