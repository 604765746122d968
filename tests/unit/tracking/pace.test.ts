import { describe, it, expect } from 'vitest'
import { annualPace, paceRatio, progressShare, projectValue, requiredPace } from '../../../src/tracking/pace'

describe('pace', () => {
  it('annual pace is change per year, null within one year', () => {
    expect(annualPace({ year: 2021, value: 40 }, { year: 2023, value: 50 })).toBe(5)
    expect(annualPace({ year: 2023, value: 40 }, { year: 2023, value: 50 })).toBeNull()
  })

  it('required pace runs from the start to the target year', () => {
    expect(requiredPace({ year: 2021, value: 40 }, 2025, 60)).toBe(5)
    expect(requiredPace({ year: 2021, value: 20 }, 2025, 16)).toBe(-1)
    expect(requiredPace({ year: 2025, value: 40 }, 2025, 60)).toBeNull()
  })

  it('ratio divides signed paces, null on zero required', () => {
    expect(paceRatio(3, 5)).toBe(0.6)
    expect(paceRatio(-1, -1)).toBe(1)
    expect(paceRatio(3, 0)).toBeNull()
    expect(paceRatio(null, 5)).toBeNull()
  })

  it('projects linearly to the target year, not backwards past it', () => {
    expect(projectValue({ year: 2023, value: 50 }, 5, 2025)).toBe(60)
    expect(projectValue({ year: 2023, value: 50 }, null, 2025)).toBeNull()
    expect(projectValue({ year: 2026, value: 58 }, 5, 2025)).toBe(58)
  })

  it('share of the way from baseline to target', () => {
    expect(progressShare(40, 50, 60)).toBe(0.5)
    expect(progressShare(20, 18, 16)).toBe(0.5)
    expect(progressShare(null, 50, 60)).toBeNull()
    expect(progressShare(60, 61, 60)).toBeNull()
  })
})
