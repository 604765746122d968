import { describe, expect, it } from 'vitest'
import { niceBounds, niceCeil, niceFloor } from '../../../src/charts/niceAxis'

describe('nice axis ends (issue 14)', () => {
  it('85.5 ends at 90, never at 85.5', () => expect(niceCeil(85.5)).toBe(90))
  it('a nice number stays itself', () => expect([niceCeil(70), niceCeil(100), niceCeil(5)]).toEqual([70, 100, 5]))
  it('works at every magnitude', () => expect([niceCeil(0.37), niceCeil(1234), niceCeil(19000), niceCeil(31609)]).toEqual([0.4, 1500, 20000, 35000]))
  it('floors', () => expect([niceFloor(57.4), niceFloor(1.2), niceFloor(0)]).toEqual([55, 1, 0]))
  it('the target line is always inside: values up to 65 under a 70% target end at 70', () => {
    expect(niceBounds([52, 58, 65], 70)).toEqual({ min: 50, max: 70 })
  })
  it('a bar axis starts at zero', () => expect(niceBounds([85.5, 57.4, null], 70, true)).toEqual({ min: 0, max: 90 }))
  it('no values: a unit axis, not NaN', () => expect(niceBounds([null], null)).toEqual({ min: 0, max: 1 }))
})
