import { describe, expect, it } from 'vitest'
import { formulaInWords } from '../../../src/i18n/formula'

describe('formulaInWords (issue 14)', () => {
  const names: Record<string, string> = { dual_qualified_teachers_higher: '双师型教师数', specialty_teachers_higher: '专业课教师数' }
  it('reads in words: names for ids, signs for operators', () => {
    expect(formulaInWords('100 * dual_qualified_teachers_higher / specialty_teachers_higher', (id) => names[id])).toBe('100 × 双师型教师数 ÷ 专业课教师数')
  })
  it('an id without a name stays as written', () => {
    expect(formulaInWords('a+b', () => null)).toBe('a + b')
  })
})
