import { describe, it, expect } from 'vitest'
import { formatGap, formatSplit, formatValue } from '../../../src/tracking/format'

const unit = (u: string, display: string | null = null) => ({ unit: u, display })

describe('formatValue', () => {
  it('split shows the vocational share as v:(100−v)', () => {
    expect(formatSplit(35)).toBe('35:65')
    expect(formatValue(40, unit('percent', 'split'), 'zh-CN')).toBe('40:60')
    expect(formatValue(35.5, unit('percent', 'split'), 'en')).toBe('35.5:64.5')
  })

  it('percent with one decimal', () => {
    expect(formatValue(57.4, unit('percent'), 'en')).toBe('57.4%')
    expect(formatValue(57.43, unit('percent'), 'zh-CN')).toBe('57.4%')
    expect(formatValue(85, unit('percent'), 'en')).toBe('85%')
  })

  it('persons: English grouping; Chinese 万 when it reads exactly', () => {
    expect(formatValue(19000, unit('persons'), 'en')).toBe('19,000 persons')
    expect(formatValue(1, unit('persons'), 'en')).toBe('1 person')
    expect(formatValue(19000, unit('persons'), 'zh-CN')).toBe('1.9万人')
    expect(formatValue(50000, unit('persons'), 'zh')).toBe('5万人')
    expect(formatValue(31609, unit('persons'), 'zh-CN')).toBe('31,609人')
    expect(formatValue(9500, unit('persons'), 'zh-CN')).toBe('9,500人')
  })

  it('count, yuan, times, ratio', () => {
    expect(formatValue(370, unit('count'), 'zh-CN')).toBe('370')
    expect(formatValue(12000, unit('yuan'), 'en')).toBe('12,000 yuan')
    expect(formatValue(12000, unit('yuan'), 'zh-CN')).toBe('1.2万元')
    expect(formatValue(150_000_000, unit('yuan'), 'zh-CN')).toBe('1.5亿元')
    expect(formatValue(2.5, unit('times'), 'zh-CN')).toBe('2.5倍')
    expect(formatValue(2.5, unit('times'), 'en')).toBe('2.5×')
    expect(formatValue(16.5, unit('ratio'), 'en')).toBe('16.5:1')
  })

  it('missing values show a dash', () => {
    expect(formatValue(null, unit('percent'), 'en')).toBe('—')
    expect(formatValue(Number.NaN, unit('persons'), 'zh-CN')).toBe('—')
  })
})

describe('formatGap', () => {
  it('percent gaps are percentage points, split included', () => {
    expect(formatGap(12.6, unit('percent'), 'zh-CN')).toEqual({
      amount: 12.6,
      text: '12.6',
      unitKind: 'percentage_points',
      met: false,
    })
    expect(formatGap(5, unit('percent', 'split'), 'en')).toMatchObject({ unitKind: 'percentage_points', amount: 5 })
  })

  it('negative gap is met; amount is absolute, in the unit', () => {
    expect(formatGap(-1500, unit('persons'), 'en')).toEqual({ amount: 1500, text: '1,500', unitKind: 'persons', met: true })
    expect(formatGap(null, unit('persons'), 'en')).toBeNull()
  })
})
