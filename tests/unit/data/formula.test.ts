import { describe, expect, it } from 'vitest'
import { roundingAllowance } from '../../../data/lib/derived'
import { evaluateFormula, parseFormula } from '../../../data/lib/formula'

describe('parseFormula', () => {
  it('parses precedence and parentheses and lists the ids', () => {
    const p = parseFormula('100 * a_secondary / (a_secondary + b_general)')
    expect(p.ok).toBe(true)
    if (!p.ok) return
    expect(p.refs).toEqual(['a_secondary', 'b_general'])
    expect(evaluateFormula(p.ast, new Map([['a_secondary', 35], ['b_general', 65]]))).toBeCloseTo(35)
  })

  it('evaluates left-associative subtraction, division and unary minus', () => {
    const p = parseFormula('10 - 4 - 3 + -2 * 6 / 3 / 2')
    expect(p.ok && evaluateFormula(p.ast, new Map())).toBe(1)
  })

  it('returns null for a missing value or a division by zero', () => {
    const p = parseFormula('a / b')
    if (!p.ok) throw new Error(p.error)
    expect(evaluateFormula(p.ast, new Map([['a', 1]]))).toBeNull()
    expect(evaluateFormula(p.ast, new Map([['a', 1], ['b', 0]]))).toBeNull()
  })

  it.each([
    ['100 * a /', 'at end of formula'],
    ['(a + b', 'expected ")"'],
    ['a b', 'expected an operator'],
    ['a % b', 'unexpected "%"'],
    ['  ', 'empty formula'],
  ])('rejects %j', (src, message) => {
    const p = parseFormula(src)
    expect(p.ok).toBe(false)
    if (!p.ok) expect(p.error).toContain(message)
  })
})

describe('roundingAllowance', () => {
  it('is one unit of the last printed decimal (documents round or truncate)', () => {
    expect(roundingAllowance(9.42)).toBeCloseTo(0.01)
    expect(roundingAllowance(11.5)).toBeCloseTo(0.1)
    expect(roundingAllowance(12)).toBe(1)
  })
})
