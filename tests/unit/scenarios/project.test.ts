import { describe, expect, it } from 'vitest'
import { projectTarget, requiredEffort, scenarioContext, type ScenarioData } from '../../../src/scenarios'
import { asOf, indicator, obs, scenario, target } from './fixture'

// A percent share, higher is better: baseline 2020 50, observed 2022 54 → pace 2 pp/year.
// Target ≥ 62 in 2025. As of 2023-06-30 (nothing for 2023 yet).
const share = indicator('share')
const shareTarget = target('t_share', 'share', 'x', { baseline_year: 2020, baseline_value: 50, target_value: 62 })
const shareData: ScenarioData = { indicators: [share], targets: [shareTarget], observations: [obs('share', 'x', 2022, 54)] }
const ctx = scenarioContext(shareData, asOf('2023-06-30'))

describe('projection under a scenario', () => {
  it('baseline = the tracking module\'s linear projection: 54 + 2 × 3 = 60 < 62 → missed', () => {
    const p = projectTarget(ctx, shareTarget, null)
    expect(p.method).toBe('trend')
    expect(p.value).toBe(60)
    expect(p.value).toBe(ctx.evaluationById.get('t_share')!.projected)
    expect(p.path).toEqual([
      { year: 2023, value: 56 },
      { year: 2024, value: 58 },
      { year: 2025, value: 60 },
    ])
    expect(p.status).toBe('missed')
    expect(p.gap).toBe(2)
  })

  it('+3 pp a year from 2023: 57, 60, 63 → achieved', () => {
    const s = scenario([{ indicator_id: 'share', entity_id: 'x', change: { mode: 'absolute', amount: 3, from_year: 2023 } }])
    const p = projectTarget(ctx, shareTarget, s)
    expect(p.method).toBe('assumption')
    expect(p.path.map((q) => q.value)).toEqual([57, 60, 63])
    expect(p.status).toBe('achieved')
    expect(p.met).toBe(true)
    // the data itself is untouched: the tracking figures are the same as before
    expect(ctx.evaluationById.get('t_share')!.latest!.value).toBe(54)
  })

  it('the change starts in its year; before it the trend goes on: 56 (trend), 59, 62 → achieved', () => {
    const s = scenario([{ indicator_id: 'share', entity_id: 'x', change: { mode: 'absolute', amount: 3, from_year: 2024 } }])
    const p = projectTarget(ctx, shareTarget, s)
    expect(p.path.map((q) => q.value)).toEqual([56, 59, 62])
    expect(p.status).toBe('achieved')
  })

  it('percent change compounds: 54 × 1.05³ = 62.51175', () => {
    const s = scenario([{ indicator_id: 'share', entity_id: 'x', change: { mode: 'percent', amount: 5, from_year: 2023 } }])
    expect(projectTarget(ctx, shareTarget, s).value).toBeCloseTo(62.51175, 9)
  })

  it('explicit values win for their year; a value for a year with data is ignored (data wins)', () => {
    const s = scenario([{ indicator_id: 'share', entity_id: 'x', values: [{ year: 2022, value: 99 }, { year: 2024, value: 50 }] }])
    const p = projectTarget(ctx, shareTarget, s)
    // 2023: 54 + 2 = 56 (trend) · 2024: 50 (given) · 2025: 52 (trend again)
    expect(p.path.map((q) => q.value)).toEqual([56, 50, 52])
    expect(p.from).toEqual({ year: 2022, value: 54 })
    expect(p.status).toBe('missed')
  })

  it('lower is better (生师比 ≤ 18): 21 − 0.5 × 3 = 19.5 → missed; −1 a year → 18 → achieved', () => {
    const ratio = indicator('ratio', { unit: 'ratio', direction: 'lower_better' })
    const t = target('t_ratio', 'ratio', 'x', { baseline_year: 2020, baseline_value: 22, target_value: 18, comparator: '<=' })
    const c = scenarioContext({ indicators: [ratio], targets: [t], observations: [obs('ratio', 'x', 2022, 21)] }, asOf('2023-06-30'))
    const base = projectTarget(c, t, null)
    expect(base.value).toBe(19.5)
    expect(base.status).toBe('missed')
    expect(base.gap).toBe(1.5)
    const s = scenario([{ indicator_id: 'ratio', entity_id: 'x', change: { mode: 'absolute', amount: -1, from_year: 2023 } }])
    const p = projectTarget(c, t, s)
    expect(p.value).toBe(18)
    expect(p.status).toBe('achieved')
    // Effort: (18 − 21) / (2025 − 2022) = −1 a year; pace so far (21 − 22) / 2 = −0.5 → ratio 0.5
    const e = requiredEffort(c, t)
    expect(e.perYear).toBe(-1)
    expect(e.paceSoFar).toBe(-0.5)
    expect(e.ratio).toBe(0.5)
    expect(e.alreadyMet).toBe(false)
  })

  it('a single point and no assumption cannot be projected (as in tracking: no_data); an assumption can', () => {
    const t = target('t_one', 'share', 'y', { baseline_year: 2021, baseline_value: 40, target_value: 45 })
    const c = scenarioContext({ indicators: [share], targets: [t], observations: [] }, asOf('2023-06-30'))
    const base = projectTarget(c, t, null)
    expect(base.method).toBe('none')
    expect(base.value).toBeNull()
    expect(base.status).toBe('no_data')
    // held at 40 until 2023, then +2.5 a year: 2022 40, 2023 42.5, 2024 45, 2025 47.5
    const s = scenario([{ indicator_id: 'share', entity_id: 'y', change: { mode: 'absolute', amount: 2.5, from_year: 2023 } }])
    const p = projectTarget(c, t, s)
    expect(p.path.map((q) => q.value)).toEqual([40, 42.5, 45, 47.5])
    expect(p.status).toBe('achieved')
  })

  it('a target whose year already has its figure is judged on it whatever the scenario says', () => {
    const t = target('t_done', 'share', 'x', { target_year: 2022, target_value: 55 })
    const c = scenarioContext({ indicators: [share], targets: [t], observations: [obs('share', 'x', 2021, 50), obs('share', 'x', 2022, 54)] }, asOf('2023-06-30'))
    const s = scenario([{ indicator_id: 'share', entity_id: 'x', change: { mode: 'absolute', amount: 10, from_year: 2023 } }])
    const p = projectTarget(c, t, s)
    expect(p.method).toBe('actual')
    expect(p.value).toBe(54)
    expect(p.status).toBe('missed')
  })
})

describe('required effort', () => {
  it('by the target year: (62 − 54) / 3 = 2.67 pp a year against 2 so far (ratio 0.75)', () => {
    const e = requiredEffort(ctx, shareTarget)
    expect(e.year).toBe(2025)
    expect(e.deadlinePassed).toBe(false)
    expect(e.perYear).toBeCloseTo(8 / 3, 12)
    expect(e.paceSoFar).toBe(2)
    expect(e.ratio).toBeCloseTo(0.75, 12)
  })

  it('deadline already passed: says so and solves for next year, or the planner\'s year', () => {
    // Target ≥ 70 in 2022, latest 60 (2021), as of 2024-03-01: the deadline is over.
    const t = target('t_late', 'share', 'z', { target_year: 2022, target_value: 70 })
    const c = scenarioContext({ indicators: [share], targets: [t], observations: [obs('share', 'z', 2020, 58), obs('share', 'z', 2021, 60)] }, asOf('2024-03-01'))
    const e = requiredEffort(c, t)
    expect(e.deadlinePassed).toBe(true)
    // default: 2025 (the year after the as-of year) → (70 − 60) / (2025 − 2021) = 2.5
    expect(e.year).toBe(2025)
    expect(e.perYear).toBe(2.5)
    expect(e.ratio).toBe(0.8) // pace so far 2 a year
    // picked 2026 → 10 / 5 = 2 → the pace so far is just enough
    const picked = requiredEffort(c, t, { year: 2026 })
    expect(picked.perYear).toBe(2)
    expect(picked.ratio).toBe(1)
    // the projection still answers for the target year: 60 + 2 = 62 in 2022 → missed
    expect(projectTarget(c, t, null).value).toBe(62)
    expect(projectTarget(c, t, null).status).toBe('missed')
  })

  it('carried on to the year the effort is planned for: the same years as the effort panel, judged at the target year', () => {
    // Same late target (≥ 70 by 2022, 58 → 60, pace 2): the effort panel plans to 2025.
    const t = target('t_late', 'share', 'z', { target_year: 2022, target_value: 70 })
    const c = scenarioContext({ indicators: [share], targets: [t], observations: [obs('share', 'z', 2020, 58), obs('share', 'z', 2021, 60)] }, asOf('2024-03-01'))
    const horizon = requiredEffort(c, t).year
    const base = projectTarget(c, t, null, horizon)
    expect(base.path).toEqual([
      { year: 2022, value: 62 },
      { year: 2023, value: 64 },
      { year: 2024, value: 66 },
      { year: 2025, value: 68 },
    ])
    // the verdict is still the target year's: 62 in 2022 → missed
    expect([base.value, base.year, base.status]).toEqual([62, 2022, 'missed'])
    expect(base.atHorizon).toEqual({ year: 2025, value: 68, met: false, gap: 2 })
    // the effort's 2.5 a year from 2021 reaches 70 in 2025
    const s = scenario([{ indicator_id: 'share', entity_id: 'z', change: { mode: 'absolute', amount: 2.5, from_year: 2022 } }])
    const p = projectTarget(c, t, s, horizon)
    expect(p.path.map((q) => q.year)).toEqual([2022, 2023, 2024, 2025])
    expect(p.atHorizon).toEqual({ year: 2025, value: 70, met: true, gap: 0 })
    // no horizon after the target year: nothing extra
    expect(projectTarget(c, t, null).atHorizon).toBeNull()
    expect(projectTarget(c, t, null, 2021).path.map((q) => q.year)).toEqual([2022])
  })

  it('a target-year figure in the data still decides; the path carries on to the horizon from it', () => {
    const t = target('t_done2', 'share', 'x', { target_year: 2022, target_value: 55 })
    const c = scenarioContext({ indicators: [share], targets: [t], observations: [obs('share', 'x', 2021, 50), obs('share', 'x', 2022, 54)] }, asOf('2023-06-30'))
    const p = projectTarget(c, t, null, 2024)
    expect([p.method, p.value, p.status]).toEqual(['actual', 54, 'missed'])
    expect(p.path).toEqual([
      { year: 2023, value: 58 },
      { year: 2024, value: 62 },
    ])
    expect(p.atHorizon).toEqual({ year: 2024, value: 62, met: true, gap: -7 })
  })

  it('target already met: holding the level is enough (the slack is negative)', () => {
    const t = target('t_met', 'share', 'x', { target_value: 50 })
    const c = scenarioContext({ indicators: [share], targets: [t], observations: [obs('share', 'x', 2021, 52), obs('share', 'x', 2022, 54)] }, asOf('2023-06-30'))
    const e = requiredEffort(c, t)
    expect(e.alreadyMet).toBe(true)
    expect(e.perYear).toBeCloseTo(-4 / 3, 12) // could fall 1.33 a year and still meet it
    expect(projectTarget(c, t, null).status).toBe('achieved')
  })
})
