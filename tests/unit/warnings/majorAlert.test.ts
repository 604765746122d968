import { describe, expect, it } from 'vitest'
import { evaluateWarnings, judgeMajor, majorYearVerdict } from '../../../src/warnings'
import { major } from './fixture'

const state = (rows: Parameters<typeof judgeMajor>[0]) => judgeMajor(rows)?.verdict.state ?? 'none'

describe('专业预警 004（一）: a year is below only when both rates are strictly below', () => {
  it('就业率 59.9 / 60 / 60.1 against the 60% floor (低于 is strict)', () => {
    expect(majorYearVerdict(59.9, 40)).toBe('below')
    expect(majorYearVerdict(60, 40)).toBe('not_below')
    expect(majorYearVerdict(60.1, 40)).toBe('not_below')
  })
  it('对口就业率 49.9 / 50 / 50.1 against the 50% floor', () => {
    expect(majorYearVerdict(55, 49.9)).toBe('below')
    expect(majorYearVerdict(55, 50)).toBe('not_below')
    expect(majorYearVerdict(55, 50.1)).toBe('not_below')
  })
  it('a missing rate is unknown unless the other rate already clears the year', () => {
    expect(majorYearVerdict(null, 40)).toBe('unknown')
    expect(majorYearVerdict(55, null)).toBe('unknown')
    expect(majorYearVerdict(null, 70)).toBe('not_below')
    expect(majorYearVerdict(80, null)).toBe('not_below')
  })
})

describe('专业预警: two years running', () => {
  it('59.9 two consecutive years (with 对口 below 50) triggers; 60 in either year does not', () => {
    expect(state([major(2023, 59.9, 45), major(2024, 59.9, 45)])).toBe('triggered')
    expect(state([major(2023, 60, 45), major(2024, 59.9, 45)])).toBe('watch')
    expect(state([major(2023, 59.9, 45), major(2024, 60, 45)])).toBe('none')
    expect(state([major(2023, 60.1, 45), major(2024, 60.1, 45)])).toBe('none')
  })
  it('only the employment rate low (对口 fine) never triggers', () => {
    expect(state([major(2023, 30, 55), major(2024, 30, 55)])).toBe('none')
  })
  it('a gap year breaks the run: "cannot tell", naming the missing year', () => {
    const j = judgeMajor([major(2022, 50, 40), major(2024, 50, 40)])!
    expect(j.verdict.state).toBe('cannot_tell')
    expect(j.verdict.missingYears).toEqual([2023])
  })
  it('a year with a missing figure cannot complete or clear the run', () => {
    expect(state([major(2023, null, 40), major(2024, 50, 40)])).toBe('cannot_tell')
    expect(state([major(2023, 50, 40), major(2024, null, 40)])).toBe('cannot_tell')
  })
  it('one year only, below: a watch item (triggers if next year repeats it)', () => {
    const j = judgeMajor([major(2024, 50, 40)])!
    expect(j.verdict.state).toBe('watch')
    expect(j.verdict.years.map((y) => y.year)).toEqual([2024])
  })
  it('judged at the latest year: an old run that has since cleared is not a warning', () => {
    expect(state([major(2022, 50, 40), major(2023, 50, 40), major(2024, 70, 60)])).toBe('none')
  })
  it('the warning names the school, major, years, figures and the consequence on its plan', () => {
    const [w] = evaluateWarnings({
      majors: [major(2023, 55, 45, { planned_enrolment: 120 }), major(2024, 58.5, 41, { planned_enrolment: 120 })],
      conditions: [],
      entities: [{ entity_id: 's1', kind: 'school', parent_id: 'c1' }, { entity_id: 'c1', kind: 'city', parent_id: 'nmg' }],
    })
    expect(w).toMatchObject({ rule: 'major_alert', state: 'triggered', schoolId: 's1', cityId: 'c1', majorCode: '460104', majorName: '机械制造及自动化' })
    expect(w.years.map((y) => [y.year, y.figures.employment_rate, y.figures.matched_employment_rate])).toEqual([[2023, 55, 45], [2024, 58.5, 41]])
    expect(w.consequence).toMatchObject({ kind: 'plan_cut_or_stop', basisYear: 2024, plan: 120, placesAtStake: 120 })
  })
})
