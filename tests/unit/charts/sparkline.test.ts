import { describe, it, expect } from 'vitest'
import { sparklineGeometry } from '../../../src/charts/sparkline'

describe('sparklineGeometry', () => {
  it('maps years left→right and higher values upwards, target inside the box', () => {
    const g = sparklineGeometry([{ year: 2021, value: 58 }, { year: 2024, value: 62 }], 60, 100, 50, 0)!
    expect(g.dots).toEqual([{ x: 0, y: 50 }, { x: 100, y: 0 }])
    expect(g.line).toBe('M0,50 L100,0')
    expect(g.targetY).toBe(25)
  })
  it('keeps a target above every value in view', () => {
    const g = sparklineGeometry([{ year: 2021, value: 40 }, { year: 2023, value: 50 }], 70, 100, 50, 0)!
    expect(g.targetY).toBe(0)
    expect(Math.max(...g.dots.map((d) => d.y))).toBe(50)
  })
  it('centres a single point and returns null for none', () => {
    expect(sparklineGeometry([{ year: 2024, value: 1 }], 1, 100, 50, 0)!.dots).toEqual([{ x: 50, y: 25 }])
    expect(sparklineGeometry([], 1)).toBeNull()
  })
})
