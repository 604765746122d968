import { describe, expect, it } from 'vitest'
import { niceCeil, sliderRange } from '../../../src/scenarios/slider'

describe('slider range', () => {
  it('rounds up to 1, 2, 5 × 10ⁿ', () => {
    expect([0.3, 1, 1.2, 3, 7, 14000, 0].map(niceCeil)).toEqual([0.5, 1, 2, 5, 10, 20000, 1])
  })
  it('covers a tenth of the level, the pace so far and the change needed', () => {
    // 中职在校生 14000: a tenth is 1400 → ±2000 in steps of 10
    expect(sliderRange('absolute', { level: 14000, trend: null, needed: 833, unit: 'persons', current: 0 })).toEqual({ min: -2000, max: 2000, step: 10 })
    // a share of 35 % needing 1.25 pp a year → ±5 pp in 0.025 steps
    expect(sliderRange('absolute', { level: 35, trend: null, needed: 1.25, unit: 'percent', current: 0 })).toEqual({ min: -5, max: 5, step: 0.025 })
    expect(sliderRange('percent', { level: 35, trend: null, needed: 1.25, unit: 'percent', current: 0 })).toEqual({ min: -20, max: 20, step: 0.5 })
  })
  it('widens to show a typed value beyond it', () => {
    expect(sliderRange('absolute', { level: 100, trend: null, needed: null, unit: 'count', current: 37 })).toMatchObject({ min: -50, max: 50 })
  })
})
