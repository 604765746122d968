import { describe, it, expect } from 'vitest'
import type { Indicator, Observation, Target } from '../../../src/types/contract'
import { compareBySeverity, evaluateTarget, evaluateTargets } from '../../../src/tracking'

// Hand-computed cases. Default target: 40 (2021) → ≥ 60 by 2025, i.e. a
// required pace of 20 / 4 = 5 points a year. As-of 2024-06-30 unless stated.
const share: Indicator = {
  indicator_id: 'dual_qualified_teacher_share_secondary',
  name_zh: '中职双师型教师占专业课教师比例',
  name_en: 'Share of dual-qualified teachers (secondary)',
  unit: 'percent',
  direction: 'higher_better',
  category: 'teachers',
  education_level: 'secondary',
  formula: null,
  display: null,
}
const ratio: Indicator = { ...share, indicator_id: 'student_teacher_ratio', unit: 'ratio', direction: 'lower_better' }
const colleges: Indicator = { ...share, indicator_id: 'high_level_colleges', unit: 'count' }

const target = (overrides: Partial<Target> = {}): Target => ({
  target_id: 't1',
  indicator_id: share.indicator_id,
  entity_id: 'ordos',
  baseline_year: 2021,
  baseline_value: 40,
  target_year: 2025,
  target_value: 60,
  comparator: '>=',
  binding: 'expected',
  source_doc: '鄂府发〔2022〕78号',
  source_ref: '表1',
  quote: null,
  ...overrides,
})

const obs = (year: number, value: number, source_doc = 'quality_report_2024', extra: Partial<Observation> = {}): Observation => ({
  indicator_id: share.indicator_id,
  entity_id: 'ordos',
  year,
  value,
  period_end: null,
  source_doc,
  source_ref: '表2',
  quote: null,
  ...extra,
})

const mid2024 = new Date(2024, 5, 30)
const march2026 = new Date(2026, 2, 1)

describe('evaluateTarget: status from the pace ratio', () => {
  it('on_track: 40 → 50 in two years is 5 a year, r = 1', () => {
    const e = evaluateTarget(target(), share, [obs(2023, 50)], mid2024)
    expect(e).toMatchObject({
      status: 'on_track',
      latest: { year: 2023, value: 50 },
      gap: 10,
      gapUnit: 'percentage_points',
      progressShare: 0.5,
      actualPace: 5,
      requiredPace: 5,
      paceRatio: 1,
      projected: 60,
      projectedMet: true,
      conflict: false,
      pointCount: 2,
      deadline: { kind: 'open', daysLeft: 549 },
    })
  })

  it('acceleration_needed: 40 → 46 is 3 a year, r = 0.6', () => {
    const e = evaluateTarget(target(), share, [obs(2023, 46)], mid2024)
    expect(e.paceRatio).toBeCloseTo(0.6, 10)
    expect(e.projected).toBe(52)
    expect(e.status).toBe('acceleration_needed')
  })

  it('limited_progress: 40 → 41 is 0.5 a year, r = 0.1', () => {
    const e = evaluateTarget(target(), share, [obs(2023, 41)], mid2024)
    expect(e.paceRatio).toBeCloseTo(0.1, 10)
    expect(e.status).toBe('limited_progress')
  })

  it('deteriorating: 40 → 37 is −1.5 a year, r = −0.3', () => {
    const e = evaluateTarget(target(), share, [obs(2023, 37)], mid2024)
    expect(e.paceRatio).toBeCloseTo(-0.3, 10)
    expect(e.gap).toBe(23)
    expect(e.progressShare).toBeCloseTo(-0.15, 10)
    expect(e.status).toBe('deteriorating')
  })

  it('achieved: 61 meets ≥ 60, gap −1', () => {
    const e = evaluateTarget(target(), share, [obs(2023, 50), obs(2024, 61)], mid2024)
    expect(e).toMatchObject({ status: 'achieved', met: true, gap: -1 })
  })

  it('missed: the 2025 figure 55 is short of 60', () => {
    const e = evaluateTarget(target(), share, [obs(2023, 50), obs(2025, 55)], march2026)
    expect(e).toMatchObject({
      status: 'missed',
      gap: 5,
      projected: 55,
      deadline: { kind: 'overdue', daysOverdue: 60, awaitingFinalFigure: false },
    })
  })
})

describe('evaluateTarget: edge cases', () => {
  it('a figure after the target year decides: met in 2025, below it in 2026 → missed', () => {
    const e = evaluateTarget(target(), share, [obs(2025, 61), obs(2026, 58)], new Date(2027, 0, 15))
    expect(e).toMatchObject({ status: 'missed', latest: { year: 2026 }, gap: 2, projected: 58 })
  })

  it('deadline passed without the 2025 figure: short at the last figure, overdue awaiting, projection kept', () => {
    // 40 (2021) → 54 (2024): 14 / 3 a year, r = (14/3) / 5 ≈ 0.933; 54 + 14/3 ≈ 58.67 in 2025.
    const e = evaluateTarget(target(), share, [obs(2023, 50), obs(2024, 54)], march2026)
    expect(e.status).toBe('short_at_last_figure')
    expect(e.paceRatio).toBeCloseTo(14 / 15, 10)
    expect(e.projected).toBeCloseTo(58 + 2 / 3, 10)
    expect(e.projectedMet).toBe(false)
    expect(e.deadline).toMatchObject({ kind: 'overdue', daysOverdue: 60, awaitingFinalFigure: true })
  })

  it('baseline only: no_data, the baseline is the latest value', () => {
    const e = evaluateTarget(target(), share, [], mid2024)
    expect(e).toMatchObject({
      status: 'no_data',
      latest: { year: 2021, value: 40, kind: 'baseline', sources: [{ source_doc: '鄂府发〔2022〕78号' }] },
      gap: 20,
      progressShare: 0,
      actualPace: null,
      paceRatio: null,
      projected: null,
      pointCount: 1,
    })
  })

  it('nothing at all: no_data with null figures', () => {
    const e = evaluateTarget(target({ baseline_year: null, baseline_value: null }), share, [], mid2024)
    expect(e).toMatchObject({ status: 'no_data', latest: null, gap: null, start: null, projected: null })
  })

  it('no baseline: pace from the first observation, no progress share', () => {
    // 30 (2022) → 36 (2024): 3 a year; required (45 − 30) / 3 = 5; r = 0.6.
    const t = target({ baseline_year: null, baseline_value: null, target_value: 45 })
    const e = evaluateTarget(t, share, [obs(2022, 30), obs(2024, 36)], mid2024)
    expect(e).toMatchObject({
      status: 'acceleration_needed',
      start: { year: 2022, value: 30, kind: 'observation' },
      actualPace: 3,
      requiredPace: 5,
      progressShare: null,
      projected: 39,
      gap: 9,
    })
    expect(e.paceRatio).toBeCloseTo(0.6, 10)
  })

  it('single point without baseline: no_data unless it meets the target', () => {
    const t = target({ baseline_year: null, baseline_value: null, target_value: 45 })
    expect(evaluateTarget(t, share, [obs(2024, 36)], mid2024)).toMatchObject({ status: 'no_data', actualPace: null, paceRatio: null })
    expect(evaluateTarget(t, share, [obs(2024, 50)], mid2024)).toMatchObject({ status: 'achieved', pointCount: 1 })
  })

  it('baseline already meeting the target: achieved while it holds', () => {
    const t = target({ baseline_value: 65 })
    expect(evaluateTarget(t, share, [], mid2024).status).toBe('achieved')
    const e = evaluateTarget(t, share, [obs(2023, 62)], mid2024)
    expect(e).toMatchObject({ status: 'achieved', requiredPace: -1.25, paceRatio: null })
  })

  it('baseline already meeting the target, then falling below: deteriorating, not on_track', () => {
    // Naive r = (−3.5) / (−1.25) = 2.8 would read "on track"; it is not computed.
    const e = evaluateTarget(target({ baseline_value: 65 }), share, [obs(2023, 58)], mid2024)
    expect(e).toMatchObject({ status: 'deteriorating', actualPace: -3.5, requiredPace: -1.25, paceRatio: null, gap: 2 })
  })

  it('zero required pace (target = baseline): holding the level is enough', () => {
    const t = target({ baseline_value: 60 })
    expect(evaluateTarget(t, share, [obs(2023, 60)], mid2024)).toMatchObject({ status: 'achieved', requiredPace: 0, progressShare: null })
    expect(evaluateTarget(t, share, [obs(2023, 59)], mid2024)).toMatchObject({ status: 'deteriorating', gap: 1 })
  })

  it('lower_is_better with <=: student–teacher ratio 20 (2021) → ≤ 16 by 2025', () => {
    const t = target({ indicator_id: ratio.indicator_id, baseline_value: 20, target_value: 16, comparator: '<=' })
    const o = (year: number, value: number) => obs(year, value, 'report', { indicator_id: ratio.indicator_id })
    // 20 → 18 in two years: −1 a year, required −1 a year, r = 1; gap = 18 − 16.
    expect(evaluateTarget(t, ratio, [o(2023, 18)], mid2024)).toMatchObject({
      status: 'on_track',
      paceRatio: 1,
      gap: 2,
      gapUnit: 'ratio',
      progressShare: 0.5,
      projected: 16,
    })
    expect(evaluateTarget(t, ratio, [o(2024, 15.5)], mid2024)).toMatchObject({ status: 'achieved', gap: -0.5 })
    // 20 → 21: +0.5 a year against −1 required, r = −0.5.
    expect(evaluateTarget(t, ratio, [o(2023, 21)], mid2024)).toMatchObject({ status: 'deteriorating', paceRatio: -0.5 })
  })

  it('~ target: "about 8" is achieved at 7.6 (95%), not at 7', () => {
    const t = target({ indicator_id: colleges.indicator_id, baseline_value: 4, target_value: 8, comparator: '~' })
    const o = (year: number, value: number) => obs(year, value, 'report', { indicator_id: colleges.indicator_id })
    expect(evaluateTarget(t, colleges, [o(2024, 7.6)], mid2024)).toMatchObject({ status: 'achieved', gap: 0, met: true })
    // 4 → 7 in three years: 1 a year against 1 required, r = 1; 1 college short of the nominal 8.
    expect(evaluateTarget(t, colleges, [o(2024, 7)], mid2024)).toMatchObject({ status: 'on_track', gap: 1, met: false })
  })

  it('as-of date excludes later observations', () => {
    const rows = [obs(2023, 50), obs(2025, 61)]
    expect(evaluateTarget(target(), share, rows, mid2024)).toMatchObject({ status: 'on_track', latest: { year: 2023 } })
    expect(evaluateTarget(target(), share, rows, new Date(2025, 11, 31))).toMatchObject({ status: 'achieved', latest: { year: 2025 } })
  })

  it('conflicting sources are never averaged: judged per source, and here the verdict depends on it', () => {
    // 52 → 12 in 2 years = 6/yr, r = 1.2 on track; 48 → 4/yr, r = 0.8 acceleration needed.
    const rows = [obs(2023, 52, 'quality_report_2023', { source_ref: '表5' }), obs(2023, 48, 'quality_report_2024')]
    const e = evaluateTarget(target(), share, rows, mid2024)
    expect(e).toMatchObject({ conflict: true, conflictResolution: 'per_source', latest: { value: 52 }, status: 'depends_on_source' })
    expect(e.latest!.value).not.toBe(50)
    expect(e.sourceVerdicts.map((v) => [v.source.value, v.status])).toEqual([
      [52, 'on_track'],
      [48, 'acceleration_needed'],
    ])
    expect(e.conflictingValues.map((s) => [s.source_doc, s.source_ref, s.value])).toEqual([
      ['quality_report_2023', '表5', 52],
      ['quality_report_2024', '表2', 48],
    ])
  })

  it('conflicting sources with the same verdict: that verdict, disagreement still flagged', () => {
    // After the deadline, 55 and 57 are both short of 60.
    const rows = [obs(2024, 55, 'a'), obs(2024, 57, 'b')]
    const e = evaluateTarget(target(), share, rows, march2026)
    expect(e).toMatchObject({ conflict: true, status: 'short_at_last_figure' })
    expect(e.sourceVerdicts.map((v) => v.gap)).toEqual([5, 3])
  })

  it('a rounded figure that agrees at its printed precision is not a conflict (1.7万 vs 17,093)', () => {
    const persons: Indicator = { ...share, indicator_id: 'enrolment', unit: 'persons' }
    const t = target({ indicator_id: 'enrolment', baseline_year: null, baseline_value: null, target_value: 20000 })
    const o = (value: number, doc: string, quote: string): Observation => ({ ...obs(2021, value, doc), indicator_id: 'enrolment', quote })
    const agree = evaluateTarget(t, persons, [o(17000, 'd003', '1.7 万人'), o(17093, 'd003b', '17093')], march2026)
    expect(agree).toMatchObject({ conflict: false, latest: { value: 17093, rounded: true } })
    // 1.4万 covers 13,500–14,500: 14,516 is outside, a real conflict; no 14,258 anywhere.
    const clash = evaluateTarget(t, persons, [o(14000, 'd003', '1.4万'), o(14516, 'd003b', '14516')], march2026)
    expect(clash.conflict).toBe(true)
    expect([clash.latest!.value, ...clash.sourceVerdicts.map((v) => v.source.value)]).not.toContain(14258)
  })

  it('filters out other entities and indicators defensively', () => {
    const rows = [obs(2023, 50), obs(2024, 99, 'x', { entity_id: 'bayannur' }), obs(2024, 99, 'x', { indicator_id: 'other' })]
    expect(evaluateTarget(target(), share, rows, mid2024)).toMatchObject({ latest: { year: 2023, value: 50 } })
  })

  it('refuses an indicator that is not the target’s', () => {
    expect(() => evaluateTarget(target(), ratio, [], mid2024)).toThrow(/t1/)
  })
})

describe('evaluateTarget: verdicts after the deadline (as of March 2026, target ≥ 60 by 2025)', () => {
  it('a single figure after the baseline is kept: short_at_last_figure, with the trend', () => {
    // 40 (2021) → 57.4 (2024): short by 2.6, improving.
    const e = evaluateTarget(target(), share, [obs(2024, 57.4)], march2026)
    expect(e).toMatchObject({ status: 'short_at_last_figure', latest: { year: 2024, value: 57.4 }, trend: 'improving', yearsSinceLatest: 2 })
    expect(e.gap).toBeCloseTo(2.6, 9)
  })
  it('the latest figure meets it without a final one: met_at_last_figure', () => {
    expect(evaluateTarget(target(), share, [obs(2023, 50), obs(2024, 77.7)], march2026)).toMatchObject({
      status: 'met_at_last_figure',
      trend: 'improving',
    })
  })
  it('no baseline at all and one figure: judged on it', () => {
    const t = target({ baseline_year: null, baseline_value: null })
    expect(evaluateTarget(t, share, [obs(2024, 85)], march2026).status).toBe('met_at_last_figure')
  })
  it('target equal to its baseline and nothing since: no_new_data, not achieved', () => {
    const t = target({ baseline_value: 60 })
    const e = evaluateTarget(t, share, [obs(2021, 60)], march2026)
    expect(e).toMatchObject({ status: 'no_new_data', hasNewData: false, yearsSinceLatest: 5 })
    expect(evaluateTarget(t, share, [], mid2024).status).toBe('achieved') // before the deadline it still holds
  })
  it('nothing at all after the deadline: no_new_data', () => {
    const t = target({ baseline_year: null, baseline_value: null })
    expect(evaluateTarget(t, share, [], march2026)).toMatchObject({ status: 'no_new_data', latest: null, yearsSinceLatest: null })
  })
  it('a final figure decides: achieved or missed', () => {
    expect(evaluateTarget(target(), share, [obs(2025, 61)], march2026).status).toBe('achieved')
    expect(evaluateTarget(target(), share, [obs(2025, 59)], march2026).status).toBe('missed')
  })
})

describe('evaluateTarget: standing rules (no year in the text)', () => {
  const rule = { ...target({ baseline_year: null, baseline_value: null }), kind: 'standing' }
  it('judged on each year with data, no deadline', () => {
    const e = evaluateTarget(rule, share, [obs(2022, 65), obs(2023, 58)], march2026)
    expect(e).toMatchObject({ status: 'rule_not_met', kind: 'standing', deadline: { kind: 'none' } })
    expect(e.yearVerdicts.map((v) => [v.year, v.met])).toEqual([
      [2022, true],
      [2023, false],
    ])
    expect(evaluateTarget(rule, share, [obs(2023, 61)], mid2024).status).toBe('rule_met')
    expect(evaluateTarget(rule, share, [], mid2024).status).toBe('no_new_data')
  })
})

describe('evaluateTarget: `=` progress is distance closed (issue 16, defect 2)', () => {
  const count: Indicator = { ...share, indicator_id: 'colleges', unit: 'count' }
  const t = target({ indicator_id: 'colleges', baseline_value: 2, baseline_year: 2021, target_value: 3, comparator: '=' })
  const o = (year: number, value: number): Observation => ({ ...obs(year, value), indicator_id: 'colleges' })
  it('baseline 2, target = 3, value 6 in 2023: the distance grew, deteriorating (r = −4), not on track', () => {
    const e = evaluateTarget(t, count, [o(2023, 6)], mid2024)
    expect(e.paceRatio).toBeCloseTo(-4, 9)
    expect(e).toMatchObject({ status: 'deteriorating', projectedMet: false, trend: 'worsening' })
  })
  it('moving towards the target at the required pace is on track', () => {
    // 2 → 2.5 in two years closes 0.25 a year, required 1/4: r = 1.
    expect(evaluateTarget(t, count, [o(2023, 2.5)], mid2024)).toMatchObject({ status: 'on_track', paceRatio: 1 })
  })
})

describe('evaluateTargets', () => {
  it('evaluates each target against its own series', () => {
    const targets = [target(), target({ target_id: 't2', entity_id: 'bayannur' })]
    const rows = [obs(2023, 50), obs(2023, 37, 'r', { entity_id: 'bayannur' })]
    const result = evaluateTargets(targets, [share, ratio], rows, mid2024)
    expect(result.map((e) => [e.target.target_id, e.status])).toEqual([
      ['t1', 'on_track'],
      ['t2', 'deteriorating'],
    ])
    expect(() => evaluateTargets([target({ indicator_id: 'nope' })], [share], rows, mid2024)).toThrow(/nope/)
  })

  it('handles 1,000,000 observations in one pass', () => {
    const entities = 1000
    const targets = Array.from({ length: entities }, (_, i) => target({ target_id: `t${i}`, entity_id: `e${i}` }))
    const rows: Observation[] = []
    for (let i = 0; i < entities; i++) {
      for (let k = 0; k < 1000; k++) rows.push(obs(2022 + (k % 3), 40 + 5 * (1 + (k % 3)), `doc${k}`, { entity_id: `e${i}` }))
    }
    expect(rows).toHaveLength(1_000_000)
    const started = performance.now()
    const result = evaluateTargets(targets, [share], rows, mid2024)
    const elapsed = performance.now() - started
    // 2024 holds 55 from every source (no conflict): 15 / 3 = 5 a year, on track.
    expect(result.every((e) => e.status === 'on_track' && e.latest?.value === 55 && !e.conflict)).toBe(true)
    expect(elapsed).toBeLessThan(10_000)
  }, 30_000)
})

describe('compareBySeverity', () => {
  it('most severe status first, then the larger relative gap', () => {
    const e = (id: string, value: number) => evaluateTarget(target({ target_id: id }), share, [obs(2023, value)], mid2024)
    const sorted = [e('ok', 50), e('slow', 46), e('slower', 44), e('worse', 37), e('done', 61)].sort(compareBySeverity)
    expect(sorted.map((x) => x.target.target_id)).toEqual(['worse', 'slower', 'slow', 'ok', 'done'])
  })
  it('after the deadline: missed and short first, 控制性 before 预期性, then the gap; planned closures do not lead', () => {
    const at = (id: string, binding: 'binding' | 'expected', value: number, year = 2024) =>
      evaluateTarget(target({ target_id: id, binding }), share, [obs(year, value)], march2026)
    const closure = evaluateTarget(
      target({ target_id: 'closure', baseline_value: 383, target_value: 0, comparator: '<=', binding: 'binding' }),
      { ...share, unit: 'persons', direction: 'lower_better' },
      [obs(2024, 383)],
      march2026,
    )
    const sorted = [
      at('met', 'binding', 70),
      at('short_expected_big', 'expected', 41),
      at('missed_expected', 'expected', 59, 2025),
      at('short_binding_small', 'binding', 59),
      at('short_binding_big', 'binding', 45),
      closure,
    ].sort(compareBySeverity)
    expect(sorted.map((x) => x.target.target_id)).toEqual([
      'short_binding_big',
      'short_binding_small',
      'closure',
      'short_expected_big',
      'missed_expected',
      'met',
    ])
  })
})
