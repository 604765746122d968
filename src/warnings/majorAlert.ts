// 004（一）专业预警: 就业率连续2年低于60%且对口就业率连续2年低于50%的专业调减招生计划或停招.
import { planCutOrStop } from './consequence'
import { EMPLOYMENT_FLOOR, MATCHED_EMPLOYMENT_FLOOR } from './rules'
import { judgeRun, type RunVerdict } from './run'
import type { MajorRow, YearFigures, YearVerdict } from './types'

/**
 * Both rates strictly below their floors (低于). A missing rate is unknown unless the other
 * rate alone already clears the major (then the year is not below whatever the missing one is).
 */
export function majorYearVerdict(employment: number | null, matched: number | null): YearVerdict {
  const empBelow = employment === null ? null : employment < EMPLOYMENT_FLOOR
  const matchBelow = matched === null ? null : matched < MATCHED_EMPLOYMENT_FLOOR
  if (empBelow === false || matchBelow === false) return 'not_below'
  if (empBelow && matchBelow) return 'below'
  return 'unknown'
}

export interface MajorJudgement {
  verdict: RunVerdict
  /** The major's row of the latest year (names, level, plan). */
  latest: MajorRow
  rows: MajorRow[]
}

/** Judge one school's major over its years (rows of one entity_id × major_code). */
export function judgeMajor(rows: readonly MajorRow[]): MajorJudgement | null {
  const series: YearFigures[] = rows.map((r) => ({
    year: r.year,
    verdict: majorYearVerdict(r.employment_rate, r.matched_employment_rate),
    figures: { employment_rate: r.employment_rate, matched_employment_rate: r.matched_employment_rate, planned: r.planned_enrolment },
  }))
  const verdict = judgeRun(series)
  if (!verdict) return null
  const latest = rows.reduce((a, b) => (b.year > a.year ? b : a))
  return { verdict, latest, rows: [...rows] }
}

export const majorConsequence = (j: MajorJudgement) => planCutOrStop(j.latest.year, j.latest.planned_enrolment)
