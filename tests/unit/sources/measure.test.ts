import { describe, expect, it } from 'vitest'
import { comparatorKey, formatMeasure } from '../../../src/components/catalogue/measure'

describe('formatMeasure', () => {
  it('uses tracking/format for the contract units', () => {
    expect(formatMeasure(60, { unit: 'percent', display: null }, 'zh-CN')).toBe('60%')
    expect(formatMeasure(19000, { unit: 'persons', display: null }, 'zh-CN')).toBe('1.9万人')
    expect(formatMeasure(10130, { unit: 'persons', display: null }, 'en')).toBe('10,130 persons')
    expect(formatMeasure(40, { unit: 'percent', display: 'split' }, 'zh-CN')).toBe('40:60')
  })
  // Issue 16: the catalogue's own list of units was stale (人次, 元/生, 个月, 平方米 missing), so
  // the same figure read differently here and in the tracker.
  it('formats every unit of the vocabulary the way the tracker does', async () => {
    const { UNITS } = await import('../../../src/vocab')
    const { formatValue } = await import('../../../src/tracking/format')
    for (const unit of UNITS) for (const locale of ['zh-CN', 'en']) {
      expect(formatMeasure(39800, { unit, display: null }, locale)).toBe(formatValue(39800, { unit, display: null }, locale))
    }
    expect(formatMeasure(39800, { unit: 'person_times', display: null }, 'zh-CN')).toBe('3.98万人次')
    expect(formatMeasure(39800, { unit: 'person_times', display: null }, 'en')).toBe('39,800 person-times')
  })
  it('writes a unit outside the vocabulary (from a user file) as its code after the number', () => {
    expect(formatMeasure(2.5, { unit: 'furlongs', display: null }, 'en')).toBe('2.5 furlongs')
  })
  it('shows a bare number for an unknown indicator and a dash for no value', () => {
    expect(formatMeasure(1234.567, { unit: null, display: null }, 'en')).toBe('1,234.57')
    expect(formatMeasure(null, { unit: 'percent', display: null }, 'en')).toBe('—')
    expect(formatMeasure(Number.NaN, { unit: 'percent', display: null }, 'en')).toBe('—')
  })
})

describe('comparatorKey', () => {
  it('maps the contract comparators and nothing else', () => {
    expect(['>=', '<=', '=', '~', '>'].map(comparatorKey)).toEqual(['ge', 'le', 'eq', 'approx', null])
  })
})
