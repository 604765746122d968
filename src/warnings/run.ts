// "Two years running" (连续2年): the latest year and the year before it, both observed and
// both below the floor. A missing year breaks the run — then the answer is "cannot tell",
// never a guess. See RULES.md, "Two years running".
import { RUN_YEARS } from './rules'
import type { WarningState, YearFigures } from './types'

export interface RunVerdict {
  state: WarningState
  /** The years the verdict rests on, ascending. */
  years: YearFigures[]
  /** Years the run needs that are not observed. */
  missingYears: number[]
}

/**
 * Judge a series of yearly verdicts (any order, one per year) at its latest year.
 * Returns null when no warning is due: the latest year is not below, or is unknown with
 * nothing below before it.
 */
export function judgeRun(series: readonly YearFigures[]): RunVerdict | null {
  if (series.length === 0) return null
  const byYear = new Map(series.map((s) => [s.year, s]))
  const years = [...byYear.keys()].sort((a, b) => a - b)
  const latest = byYear.get(years[years.length - 1])!
  const window: YearFigures[] = []
  const missing: number[] = []
  for (let y = latest.year - RUN_YEARS + 1; y <= latest.year; y++) {
    const f = byYear.get(y)
    if (f) window.push(f)
    else missing.push(y)
  }
  const below = window.filter((f) => f.verdict === 'below').length
  const unknown = window.filter((f) => f.verdict === 'unknown').length + missing.length
  if (latest.verdict === 'not_below') return null
  if (below === RUN_YEARS) return { state: 'triggered', years: window, missingYears: [] }
  if (latest.verdict === 'below') {
    // First year on record (a new major or school): nothing before it to break a run.
    const firstOnRecord = years[0] === latest.year
    if (unknown === 0 || firstOnRecord) return { state: 'watch', years: [latest], missingYears: [] }
    return { state: 'cannot_tell', years: window, missingYears: missing }
  }
  // Latest year unknown: if the year before was below, the run may be complete.
  if (latest.verdict === 'unknown' && below > 0) return { state: 'cannot_tell', years: window, missingYears: missing }
  return null
}
