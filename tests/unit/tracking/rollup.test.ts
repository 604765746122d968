import { describe, expect, it } from 'vitest'
import { rollUps } from '../../../src/tracking/rollup'
import type { Indicator, Observation } from '../../../src/types/contract'

const enrolment: Indicator = {
  indicator_id: 'enrolment_secondary', name_zh: '中职在校生数', name_en: 'Enrolment', unit: 'persons', direction: 'higher_better',
  category: null, education_level: 'secondary', formula: null, display: null,
}
const o = (entity_id: string, year: number, value: number, source_ref = '表2'): Observation => ({
  indicator_id: 'enrolment_secondary', entity_id, year, value, period_end: null, source_doc: 'd', source_ref, quote: null,
})
const rows = [o('a', 2023, 100), o('b', 2023, 250), o('a', 2021, 90), o('b', 2021, 200), o('c', 2021, 300), o('c', 2023, 10), o('c', 2023, 12, '表3')]
const seriesOf = (_: string, entity: string) => rows.filter((r) => r.entity_id === entity)

describe('rollUps: N of M schools, missing ones named', () => {
  it('sums the reporting children in years the entity itself lacks; conflicting children are left out and named', () => {
    const r = rollUps(enrolment, ['a', 'b', 'c', 'd'], seriesOf, new Set([2021]), 2026)
    expect(r).toEqual([{ year: 2023, sum: 350, reporting: ['a', 'b'], missing: ['d'], conflicting: ['c'] }])
  })
  it('nothing for shares, or after the as-of year', () => {
    expect(rollUps({ ...enrolment, unit: 'percent' }, ['a', 'b'], seriesOf, new Set(), 2026)).toEqual([])
    expect(rollUps(enrolment, ['a', 'b'], seriesOf, new Set(), 2022).map((x) => [x.year, x.sum])).toEqual([[2021, 290]])
  })
})
