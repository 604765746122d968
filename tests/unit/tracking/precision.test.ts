import { describe, expect, it } from 'vitest'
import { agreeAtPrecision, mostPrecise, printedStep } from '../../../src/tracking/precision'

describe('printedStep: how far a figure was rounded, from the document’s own words', () => {
  it.each([
    [17000, '1.7 万人', 1000],
    [17500, '1.75万', 100],
    [20000, '2万', 10000],
    [3e8, '3亿元', 1e8],
    [17093, '17093', 0],
    [17000, null, 0],
    [17000, '1.8万', 0], // the quote's number is not this value
  ] as const)('%s printed as %s → step %s', (value, quote, step) => {
    expect(printedStep(value, quote)).toBe(step)
  })
})

describe('agreeAtPrecision', () => {
  it('1.7万 agrees with 17,093 (93 ≤ 500); 1.4万 does not agree with 14,516 (516 > 500)', () => {
    expect(agreeAtPrecision({ value: 17000, quote: '1.7万' }, { value: 17093, quote: null })).toBe(true)
    expect(agreeAtPrecision({ value: 14000, quote: '1.4万' }, { value: 14516, quote: null })).toBe(false)
  })
  it('exact figures must be equal', () => {
    expect(agreeAtPrecision({ value: 48.77, quote: null }, { value: 48.77, quote: 'x' })).toBe(true)
    expect(agreeAtPrecision({ value: 48.77, quote: null }, { value: 48.78, quote: null })).toBe(false)
  })
  it('mostPrecise picks the unrounded figure', () => {
    expect(mostPrecise([{ value: 17000, quote: '1.7万' }, { value: 17093, quote: '17093' }]).value).toBe(17093)
  })
})
