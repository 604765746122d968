// 004（五）/（六）办学条件: a school whose latest reported year has any facility-standard item
// not met is under the rule now (no two-year run: the document acts on any shortfall).
// 中职 → （六） 限期整改，直至停招或撤并; 高职 → （五） 动态监测、限期整顿、退出.
import type { ConditionRow, YearFigures } from './types'

export interface FacilityJudgement {
  year: number
  level: string
  unmet: string[]
  /** Consecutive years, up to the latest, with at least one item not met. */
  sinceYear: number
  years: YearFigures[]
}

export function judgeFacilities(rows: readonly ConditionRow[]): FacilityJudgement | null {
  if (rows.length === 0) return null
  const byYear = new Map<number, ConditionRow[]>()
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r])
  const latestYear = Math.max(...byYear.keys())
  const latest = byYear.get(latestYear)!
  const unmet = [...new Set(latest.filter((r) => !r.met).map((r) => r.item))].sort()
  if (unmet.length === 0) return null
  let since = latestYear
  while (byYear.get(since - 1)?.some((r) => !r.met)) since--
  const years: YearFigures[] = []
  for (let y = since; y <= latestYear; y++) {
    const n = new Set(byYear.get(y)!.filter((r) => !r.met).map((r) => r.item)).size
    years.push({ year: y, verdict: 'below', figures: { unmet: n, items: new Set(byYear.get(y)!.map((r) => r.item)).size } })
  }
  return { year: latestYear, level: latest[0].level, unmet, sinceYear: since, years }
}
