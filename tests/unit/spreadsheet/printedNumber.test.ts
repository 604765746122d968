import { describe, expect, it } from 'vitest'
import { parsePrintedNumber, shiftDecimal } from '../../../src/spreadsheet/printedNumber'

describe('parsePrintedNumber', () => {
  it('reads 万 for counts of people, exactly', () => {
    expect(parsePrintedNumber('1.9万', 'persons')).toEqual({ ok: true, value: 19000 })
    expect(parsePrintedNumber('1.15万人', 'persons')).toEqual({ ok: true, value: 11500 })
    expect(parsePrintedNumber('１９，０００人', 'persons')).toEqual({ ok: true, value: 19000 })
    expect(parsePrintedNumber('2亿', 'yuan')).toEqual({ ok: true, value: 200000000 })
  })
  it('reads % only for a percent indicator', () => {
    expect(parsePrintedNumber('57.4%', 'percent')).toEqual({ ok: true, value: 57.4 })
    expect(parsePrintedNumber('57.4', 'percent')).toEqual({ ok: true, value: 57.4 })
    expect(parsePrintedNumber('57.4%', 'persons')).toEqual({ ok: false, problem: 'unit_mismatch' })
    expect(parsePrintedNumber('1.9万', 'percent')).toEqual({ ok: false, problem: 'unit_mismatch' })
  })
  it('refuses hedged figures and words', () => {
    expect(parsePrintedNumber('约5万', 'persons')).toEqual({ ok: false, problem: 'approximate' })
    expect(parsePrintedNumber('5万余', 'persons')).toEqual({ ok: false, problem: 'approximate' })
    expect(parsePrintedNumber('70%左右', 'percent')).toEqual({ ok: false, problem: 'approximate' })
    expect(parsePrintedNumber('五万', 'persons')).toEqual({ ok: false, problem: 'not_a_number' })
    expect(parsePrintedNumber('1.9万', null)).toEqual({ ok: false, problem: 'unit_mismatch' })
  })
  it('shifts decimals in text', () => {
    expect(shiftDecimal('1.15', 4)).toBe(11500)
    expect(shiftDecimal('-0.5', 2)).toBe(-50)
  })
})
