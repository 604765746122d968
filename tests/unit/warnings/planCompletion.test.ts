import { describe, expect, it } from 'vitest'
import { judgePlanCompletion, planCutRange, planYearVerdict, schoolYearPlan } from '../../../src/warnings'
import { major } from './fixture'

/** One 高职 school-year with a given plan and intake. */
const year = (y: number, planned: number | null, actual: number | null, code = 'a') =>
  major(y, 90, 90, { major_code: code, planned_enrolment: planned, actual_enrolment: actual })

describe('招生计划完成率 004（五）', () => {
  it('不足90% is strict: 89.9 below, 90 exactly not, 90.1 not', () => {
    expect(planYearVerdict(89.9)).toBe('below')
    expect(planYearVerdict(90)).toBe('not_below')
    expect(planYearVerdict(90.1)).toBe('not_below')
  })
  it('completion sums a school\'s 高职 majors of the year', () => {
    expect(schoolYearPlan(2024, [year(2024, 800, 700), year(2024, 400, 380, 'b')])).toEqual({ year: 2024, planned: 1200, actual: 1080, completion: 90 })
  })
  it('90% exactly two years running is not a warning', () => {
    expect(judgePlanCompletion([year(2023, 1000, 900), year(2024, 1200, 1080)])).toBeNull()
  })
  it('below 90% two years running: next year\'s plan cut by 10–20%: 1,200 → 960–1,080', () => {
    const j = judgePlanCompletion([year(2023, 1000, 850), year(2024, 1200, 1000)])!
    expect(j.verdict.state).toBe('triggered')
    expect(j.consequence).toEqual({ kind: 'plan_cut_range', basisYear: 2024, plan: 1200, after: [960, 1080], placesAtStake: 240 })
  })
  it('below in the latest year only: watch', () => {
    expect(judgePlanCompletion([year(2023, 1000, 950), year(2024, 1200, 1000)])!.verdict.state).toBe('watch')
  })
  it('a school with no plan figure cannot be judged: "cannot tell", never a guess', () => {
    const j = judgePlanCompletion([year(2023, null, 850), year(2024, 1200, 1000)])!
    expect(j.verdict.state).toBe('cannot_tell')
    expect(j.verdict.years[0].figures.completion).toBeNull()
    // One major without a plan makes the whole year unknown (the sum would be wrong).
    expect(schoolYearPlan(2023, [year(2023, 800, 700), year(2023, null, 100, 'b')]).completion).toBeNull()
  })
  it('a gap year: "cannot tell"', () => {
    const j = judgePlanCompletion([year(2022, 1000, 800), year(2024, 1200, 1000)])!
    expect(j.verdict).toMatchObject({ state: 'cannot_tell', missingYears: [2023] })
  })
  it('only 高职 majors count; a 中职-only school is not under this rule', () => {
    expect(judgePlanCompletion([major(2023, 90, 90, { level: 'secondary', actual_enrolment: 10 }), major(2024, 90, 90, { level: 'secondary', actual_enrolment: 10 })])).toBeNull()
  })
  it('the cut is rounded to whole places; an unknown plan gives no range', () => {
    expect(planCutRange(2024, 333).after).toEqual([266, 300])
    expect(planCutRange(2024, null)).toMatchObject({ after: null, placesAtStake: 0 })
  })
})
