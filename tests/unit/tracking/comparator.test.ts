import { describe, it, expect } from 'vitest'
import { ABOUT_TOLERANCE, improvementSign, meetsTarget, targetGap } from '../../../src/tracking/comparator'

describe('meetsTarget', () => {
  it('>= and <= include the target itself', () => {
    expect(meetsTarget(60, 60, '>=', 'higher_better')).toBe(true)
    expect(meetsTarget(59.9, 60, '>=', 'higher_better')).toBe(false)
    expect(meetsTarget(16, 16, '<=', 'lower_better')).toBe(true)
    expect(meetsTarget(16.1, 16, '<=', 'lower_better')).toBe(false)
  })

  it('absorbs float noise from unit normalisation', () => {
    expect(meetsTarget(0.1 + 0.2, 0.3, '>=', 'higher_better')).toBe(true)
  })

  it('~ is met within 5% of the target and beyond it in the good direction', () => {
    expect(ABOUT_TOLERANCE).toBe(0.05)
    expect(meetsTarget(95, 100, '~', 'higher_better')).toBe(true)
    expect(meetsTarget(94.9, 100, '~', 'higher_better')).toBe(false)
    expect(meetsTarget(120, 100, '~', 'higher_better')).toBe(true)
    expect(meetsTarget(105, 100, '~', 'lower_better')).toBe(true)
    expect(meetsTarget(105.1, 100, '~', 'lower_better')).toBe(false)
    expect(meetsTarget(80, 100, '~', 'lower_better')).toBe(true)
  })

  it('= needs equality up to float noise', () => {
    expect(meetsTarget(3, 3, '=', 'higher_better')).toBe(true)
    expect(meetsTarget(3 + 1e-12, 3, '=', 'higher_better')).toBe(true)
    expect(meetsTarget(4, 3, '=', 'higher_better')).toBe(false)
  })
})

describe('targetGap: > 0 short, <= 0 met', () => {
  it('>= : target − value', () => {
    expect(targetGap(47.4, 60, '>=', 'higher_better')).toBeCloseTo(12.6, 10)
    expect(targetGap(61, 60, '>=', 'higher_better')).toBe(-1)
  })

  it('<= : value − target', () => {
    expect(targetGap(18, 16, '<=', 'lower_better')).toBe(2)
    expect(targetGap(15.5, 16, '<=', 'lower_better')).toBe(-0.5)
  })

  it('~ : 0 inside the tolerance, else distance to the nominal target', () => {
    expect(targetGap(96, 100, '~', 'higher_better')).toBe(0)
    expect(targetGap(94, 100, '~', 'higher_better')).toBe(6)
    expect(targetGap(110, 100, '~', 'higher_better')).toBe(-10)
    expect(targetGap(104, 100, '~', 'lower_better')).toBe(0)
    expect(targetGap(106, 100, '~', 'lower_better')).toBe(6)
  })

  it('= : absolute difference', () => {
    expect(targetGap(3, 3, '=', 'higher_better')).toBe(0)
    expect(targetGap(4, 3, '=', 'higher_better')).toBe(1)
    expect(targetGap(2, 3, '=', 'higher_better')).toBe(1)
  })
})

describe('improvementSign', () => {
  it('comes from the comparator, else the direction', () => {
    expect(improvementSign('>=', 'lower_better')).toBe(1)
    expect(improvementSign('<=', 'higher_better')).toBe(-1)
    expect(improvementSign('~', 'lower_better')).toBe(-1)
    expect(improvementSign('=', 'higher_better')).toBe(1)
  })
})
