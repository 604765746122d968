import { describe, expect, it } from 'vitest'
import { evaluateFormula, parseFormula, solveNonNegative } from '../../../src/scenarios'

const values = (m: Record<string, number>) => (id: string) => m[id]

describe('formula', () => {
  it('parses ids, numbers, precedence and parentheses', () => {
    const f = parseFormula('100 * enrolment_secondary / (enrolment_secondary + enrolment_general_high_school)')
    expect(f.refs).toEqual(['enrolment_secondary', 'enrolment_general_high_school'])
    // 100 × 14000 / (14000 + 26000) = 35
    expect(evaluateFormula(f.ast, values({ enrolment_secondary: 14000, enrolment_general_high_school: 26000 }))).toBe(35)
    expect(evaluateFormula(parseFormula('2 + 3 * 4').ast, values({}))).toBe(14)
    expect(evaluateFormula(parseFormula('(2 + 3) * 4').ast, values({}))).toBe(20)
    expect(evaluateFormula(parseFormula('-a - -2').ast, values({ a: 5 }))).toBe(-3)
    expect(evaluateFormula(parseFormula('10 - 4 - 3').ast, values({}))).toBe(3)
    expect(evaluateFormula(parseFormula('12 / 3 / 2').ast, values({}))).toBe(2)
  })

  it('gives null for a missing part or a division by zero', () => {
    const f = parseFormula('100 * a / b')
    expect(evaluateFormula(f.ast, values({ a: 1 }))).toBeNull()
    expect(evaluateFormula(f.ast, values({ a: 1, b: 0 }))).toBeNull()
  })

  it('rejects anything that is not arithmetic (no eval)', () => {
    expect(() => parseFormula('')).toThrow(/empty/)
    expect(() => parseFormula('100 *')).toThrow(/end of formula/)
    expect(() => parseFormula('a; b')).toThrow(/unexpected ";"/)
    expect(() => parseFormula('alert(1)')).toThrow(/expected an operator/)
    expect(() => parseFormula('a[0]')).toThrow(/unexpected "\["/)
    expect(() => parseFormula('(a + b')).toThrow(/expected "\)"/)
    expect(() => parseFormula('a ** 2')).toThrow()
  })

  it('solves for one part (non-negative), also across a division', () => {
    // 100 × x / 200 = 60 → x = 120
    expect(solveNonNegative((x) => (100 * x) / 200, 60, 50)).toBeCloseTo(120, 6)
    // 100 × 60 / b = 40 → b = 150 (the search passes the pole at b = 0 without taking it for a root)
    expect(solveNonNegative((b) => (b === 0 ? null : (100 * 60) / b), 40, 1)).toBeCloseTo(150, 6)
    // 100 × s / (s + 26000) = 40 → s = 17333.33…
    expect(solveNonNegative((s) => (100 * s) / (s + 26000), 40, 14000)).toBeCloseTo(17333.3333, 3)
    // a share can never reach 100 % while the other part is positive
    expect(solveNonNegative((s) => (100 * s) / (s + 26000), 100, 14000)).toBeNull()
  })
})
