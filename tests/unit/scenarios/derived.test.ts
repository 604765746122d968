import { describe, expect, it } from 'vitest'
import { projectTarget, requiredEffort, scenarioContext } from '../../../src/scenarios'
import { asOf, indicator, obs, scenario, target } from './fixture'

// 双师型 share = 100 × dual / specialty. Entity x: dual 560 (2021), 600 (2022); specialty 1000 both
// years; the share itself 60 (2022), baseline 56 (2021). Target ≥ 75 in 2025, as of 2023-06-30.
const share = indicator('dq_share', { formula: '100 * dq_teachers / specialty_teachers' })
const dual = indicator('dq_teachers', { unit: 'persons' })
const specialty = indicator('specialty_teachers', { unit: 'persons' })
const t = target('t_dq', 'dq_share', 'x', { baseline_year: 2021, baseline_value: 56, target_value: 75 })
const data = {
  indicators: [share, dual, specialty],
  targets: [t],
  observations: [
    obs('dq_share', 'x', 2022, 60),
    obs('dq_teachers', 'x', 2021, 560),
    obs('dq_teachers', 'x', 2022, 600),
    obs('specialty_teachers', 'x', 2021, 1000),
    obs('specialty_teachers', 'x', 2022, 1000),
  ],
}
const ctx = scenarioContext(data, asOf('2023-06-30'))

describe('derived indicator recomputed from its parts', () => {
  it('baseline follows the share\'s own trend: 60 + 4 × 3 = 72 → missed', () => {
    const p = projectTarget(ctx, t, null)
    expect(p.method).toBe('trend')
    expect(p.value).toBe(72)
    expect(p.status).toBe('missed')
  })

  it('+50 双师型 teachers a year: 650, 700, 750 over 1000 → 65, 70, 75 % → achieved', () => {
    const s = scenario([{ indicator_id: 'dq_teachers', entity_id: 'x', change: { mode: 'absolute', amount: 50, from_year: 2023 } }])
    const p = projectTarget(ctx, t, s)
    expect(p.method).toBe('parts')
    expect(p.path.map((q) => q.value)).toEqual([65, 70, 75])
    expect(p.status).toBe('achieved')
  })

  it('+40 a year (the pace so far) with specialty teachers growing 5 % a year → missed', () => {
    // 2025: dual 720, specialty 1000 × 1.05³ = 1157.625 → 62.196… %
    const s = scenario([
      { indicator_id: 'dq_teachers', entity_id: 'x', change: { mode: 'absolute', amount: 40, from_year: 2023 } },
      { indicator_id: 'specialty_teachers', entity_id: 'x', change: { mode: 'percent', amount: 5, from_year: 2023 } },
    ])
    const p = projectTarget(ctx, t, s)
    expect(p.value).toBeCloseTo((100 * 720) / 1157.625, 9)
    expect(p.status).toBe('missed')
  })

  it('an assumption on the share itself wins over its parts', () => {
    const s = scenario([
      { indicator_id: 'dq_share', entity_id: 'x', change: { mode: 'absolute', amount: 1, from_year: 2023 } },
      { indicator_id: 'dq_teachers', entity_id: 'x', change: { mode: 'absolute', amount: 500, from_year: 2023 } },
    ])
    const p = projectTarget(ctx, t, s)
    expect(p.method).toBe('assumption')
    expect(p.value).toBe(63)
  })

  it('effort in the parts\' units: +50 双师型 teachers a year (40 so far), or 40 fewer specialty teachers…', () => {
    const e = requiredEffort(ctx, t)
    expect(e.perYear).toBe(5) // (75 − 60) / 3 pp
    const byId = Object.fromEntries(e.parts.map((p) => [p.indicator_id, p]))
    // 100 × x / 1000 = 75 → x = 750 → (750 − 600) / 3 = 50 a year; pace so far 40 → ratio 0.8
    expect(byId.dq_teachers!.needed).toBeCloseTo(750, 6)
    expect(byId.dq_teachers!.perYear).toBeCloseTo(50, 6)
    expect(byId.dq_teachers!.paceSoFar).toBe(40)
    expect(byId.dq_teachers!.ratio).toBeCloseTo(0.8, 6)
    // dual on its trend reaches 720 in 2025: 100 × 720 / y = 75 → y = 960 → (960 − 1000) / 3
    expect(byId.specialty_teachers!.needed).toBeCloseTo(960, 6)
    expect(byId.specialty_teachers!.perYear).toBeCloseTo(-40 / 3, 6)
    // more 双师型 teachers raise the share (a minimum to reach); more specialty teachers lower it
    expect(byId.dq_teachers!.bound).toBe('at_least')
    expect(byId.specialty_teachers!.bound).toBe('at_most')
  })
})

describe('a part nobody observed is inferred from the derived value', () => {
  // 职普比: vocational share = 100 × sec / (sec + gen). Share 35 (2021), 中职 14000 (2021), no 普高 figure:
  // 100 × 14000 / (14000 + g) = 35 → g = 26000.
  const vshare = indicator('v_share', { formula: '100 * sec / (sec + gen)', display: 'split' })
  const sec = indicator('sec', { unit: 'persons' })
  const gen = indicator('gen', { unit: 'persons' })
  const vt = target('t_v', 'v_share', 'y', { baseline_year: 2021, baseline_value: 35, target_value: 40 })
  const c = scenarioContext(
    { indicators: [vshare, sec, gen], targets: [vt], observations: [obs('v_share', 'y', 2021, 35), obs('sec', 'y', 2021, 14000)] },
    asOf('2023-06-30'),
  )

  it('+1000 中职 students a year, 普高 held: 18000 / 44000 = 40.9 % in 2025 → achieved', () => {
    expect(projectTarget(c, vt, null).status).toBe('no_data') // one point, no trend
    const s = scenario([{ indicator_id: 'sec', entity_id: 'y', change: { mode: 'absolute', amount: 1000, from_year: 2022 } }])
    const p = projectTarget(c, vt, s)
    expect(p.method).toBe('parts')
    expect(p.value).toBeCloseTo((100 * 18000) / 44000, 9)
    expect(p.status).toBe('achieved')
  })

  it('effort: 中职 needs 17333 by 2025 → +833 a year', () => {
    const e = requiredEffort(c, vt)
    const part = e.parts.find((p) => p.indicator_id === 'sec')!
    expect(part.needed).toBeCloseTo(17333.3333, 3)
    expect(part.perYear).toBeCloseTo(3333.3333 / 4, 3)
    const g = e.parts.find((p) => p.indicator_id === 'gen')!
    expect(g.inferred).toBe(true)
    expect(g.from).toEqual({ year: 2021, value: expect.closeTo(26000, 6) })
    // 100 × 14000 / (14000 + g) = 40 → g = 21000 → (21000 − 26000) / 4 = −1250 a year
    expect(g.perYear).toBeCloseTo(-1250, 6)
  })

  it('two parts missing: the parts cannot be resolved, say which, and keep the share\'s own trend', () => {
    const noParts = scenarioContext({ indicators: [vshare, sec, gen], targets: [vt], observations: [obs('v_share', 'y', 2021, 35)] }, asOf('2023-06-30'))
    const s = scenario([{ indicator_id: 'sec', entity_id: 'y', change: { mode: 'absolute', amount: 1000, from_year: 2022 } }])
    const p = projectTarget(noParts, vt, s)
    expect(p.missingParts).toEqual(['sec', 'gen'])
    expect(p.method).toBe('none')
    expect(requiredEffort(noParts, vt).missingParts).toEqual(['sec', 'gen'])
    // an assumed level for one part (普高 26000 in 2021) lets the other be inferred (14000)
    const withLevel = scenario([
      { indicator_id: 'sec', entity_id: 'y', change: { mode: 'absolute', amount: 1000, from_year: 2022 } },
      { indicator_id: 'gen', entity_id: 'y', values: [{ year: 2021, value: 26000 }] },
    ])
    expect(projectTarget(noParts, vt, withLevel).value).toBeCloseTo((100 * 18000) / 44000, 6)
  })
})
