import { describe, expect, it } from 'vitest'
import { comparatorKey, formatMeasure } from '../../../src/components/catalogue/measure'

describe('formatMeasure', () => {
  it('uses tracking/format for the contract units', () => {
    expect(formatMeasure(60, { unit: 'percent', display: null }, 'zh-CN')).toBe('60%')
    expect(formatMeasure(19000, { unit: 'persons', display: null }, 'zh-CN')).toBe('1.9万人')
    expect(formatMeasure(10130, { unit: 'persons', display: null }, 'en')).toBe('10,130 persons')
    expect(formatMeasure(40, { unit: 'percent', display: 'split' }, 'zh-CN')).toBe('40:60')
  })
  it('adds the translated suffix for other units, with a space in English only', () => {
    expect(formatMeasure(39800, { unit: 'person_times', display: null }, 'zh-CN', '人次')).toBe('39,800人次')
    expect(formatMeasure(39800, { unit: 'person_times', display: null }, 'en', 'person-times')).toBe('39,800 person-times')
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
