// 004（五）: 对于连续两年招生计划实际完成率不足90%的高职院校，按照10%—20%调减下一年度招生计划.
// A school's completion in a year = Σ actual enrolment / Σ planned enrolment over its 高职
// (level `higher`) majors of that year, in percent.
import { planCutRange } from './consequence'
import { PLAN_COMPLETION_FLOOR } from './rules'
import { judgeRun, type RunVerdict } from './run'
import type { Consequence, MajorRow, YearFigures, YearVerdict } from './types'

export interface SchoolYearPlan {
  year: number
  /** null when any 高职 major of the year lacks its plan figure (the sum would be wrong). */
  planned: number | null
  actual: number | null
  /** percent; null when it cannot be computed. */
  completion: number | null
}

export function schoolYearPlan(year: number, rows: readonly MajorRow[]): SchoolYearPlan {
  let planned: number | null = 0
  let actual: number | null = 0
  for (const r of rows) {
    planned = planned === null || r.planned_enrolment === null ? null : planned + r.planned_enrolment
    actual = actual === null || r.actual_enrolment === null ? null : actual + r.actual_enrolment
  }
  const completion = planned !== null && actual !== null && planned > 0 ? (100 * actual) / planned : null
  return { year, planned, actual, completion }
}

/** 不足90%: strictly below; 90% exactly is not a shortfall. */
export function planYearVerdict(completion: number | null): YearVerdict {
  if (completion === null) return 'unknown'
  return completion < PLAN_COMPLETION_FLOOR ? 'below' : 'not_below'
}

export interface PlanJudgement {
  verdict: RunVerdict
  latest: SchoolYearPlan
  consequence: Consequence
}

/** Judge one school from its 高职 majors (all years). Null when it has none, or no warning is due. */
export function judgePlanCompletion(rows: readonly MajorRow[]): PlanJudgement | null {
  const higher = rows.filter((r) => r.level === 'higher')
  if (higher.length === 0) return null
  const byYear = new Map<number, MajorRow[]>()
  for (const r of higher) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r])
  const plans = [...byYear].map(([year, rs]) => schoolYearPlan(year, rs))
  const series: YearFigures[] = plans.map((p) => ({
    year: p.year,
    verdict: planYearVerdict(p.completion),
    figures: { planned: p.planned, actual: p.actual, completion: p.completion },
  }))
  const verdict = judgeRun(series)
  if (!verdict) return null
  const latest = plans.reduce((a, b) => (b.year > a.year ? b : a))
  return { verdict, latest, consequence: planCutRange(latest.year, latest.planned) }
}
