import { beforeAll, describe, expect, it } from 'vitest'
import { adoptBundledTitles } from './bundledTitles'
import { checksView, reportIds, type CheckReport, type Lookups } from '../../../src/queries/checksReport'
import type { CitedValue } from '../../../src/types/checkReport'

const DOC = '001_9bfbc6521a716587.txt'
beforeAll(adoptBundledTitles) // titles come from the loaded manifest, as in the app
const cite = (over: Partial<CitedValue>): CitedValue => ({
  indicator_id: 'enrolment_secondary', entity_id: 'bayannur', year: 2023, value: 0,
  source_doc: DOC, source_ref: '表1-5', quote: null, note: null, at: 'd001/observations.tsv:1', ...over,
})

const report: CheckReport = {
  ok: true,
  folders: ['d001'],
  counts: {
    indicators: 2, entities: 2, targets: 0, observations: 5, conflicts: 1, sums_checked: 2, sums_failed: 1,
    derived_checked: 2, derived_mismatches: 1, errors: 0, warnings: 0,
  },
  errors: [],
  warnings: [],
  conflicts: [{
    indicator_id: 'enrolment_secondary', entity_id: 'bayannur', year: 2023,
    values: [cite({ value: 10130, quote: '总计 在校生 2023 年 10130' }), cite({ value: 10112, source_ref: '表6', quote: '全日制在校生人数 2023年 10112人' })],
  }],
  sums: [
    { check_id: 'ok', kind: 'observation', total: cite({ value: 3 }), parts: [cite({ entity_id: 'school_a', value: 3 })], parts_sum: 3, difference: 0, adds_up: true },
    {
      check_id: 'bad', kind: 'observation', total: cite({ indicator_id: 'graduates_secondary', value: 3321 }),
      parts: [cite({ indicator_id: 'graduates_secondary', entity_id: 'school_a', value: 3221 })], parts_sum: 3221, difference: 100, adds_up: false,
    },
  ],
  derived: [
    {
      kind: 'observation', indicator_id: 'ratio', formula: 'enrolment_secondary / teachers', printed: cite({ indicator_id: 'ratio', value: 8.68 }),
      inputs: [cite({ value: 10130 })], computed: 10.07, difference: -1.39, tolerance: 0.005, within_tolerance: false,
    },
    {
      kind: 'observation', indicator_id: 'ratio', formula: 'enrolment_secondary / teachers', printed: cite({ indicator_id: 'ratio', year: 2024, value: 9.42 }),
      inputs: [], computed: 9.42, difference: 0, tolerance: 0.005, within_tolerance: true,
    },
  ],
}

const lookups: Lookups = {
  indicators: new Map([['enrolment_secondary', { indicator_id: 'enrolment_secondary', name_zh: '中职在校生数', name_en: 'Secondary enrolment', unit: 'persons', display: null }]]),
  entities: new Map([['bayannur', { entity_id: 'bayannur', name_zh: '巴彦淖尔市', name_en: 'Bayannur' }]]),
}

describe('checksView', () => {
  it('lists ids to look up', () => {
    expect(reportIds(report)).toEqual({ indicators: ['enrolment_secondary', 'graduates_secondary', 'ratio'], entities: ['bayannur', 'school_a'] })
  })

  it('keeps the conflicts with names, and only the totals and derived figures that fail', () => {
    const v = checksView(report, lookups, [])
    expect(v.conflicts).toHaveLength(1)
    expect(v.conflicts[0].entity.name_en).toBe('Bayannur')
    expect(v.conflicts[0].indicator.unit).toBe('persons')
    expect(v.conflicts[0].values.map((x) => [x.value, x.source_ref])).toEqual([[10130, '表1-5'], [10112, '表6']])
    expect(v.sums.map((s) => s.check_id)).toEqual(['bad'])
    expect(v.sums[0].total.value).toBe(3321)
    expect(v.sums[0].parts_sum).toBe(3221)
    expect(v.derived).toHaveLength(1)
    expect(v.derived[0].computed).toBe(10.07)
    // Unknown ids still show, by id.
    expect(v.sums[0].total.indicator).toEqual({ indicator_id: 'graduates_secondary', name_zh: null, name_en: null, unit: null, display: null })
  })

  it('filters by names in both languages, quotes, refs and document titles', () => {
    expect(checksView(report, lookups, ['巴彦淖尔市', '10112']).conflicts).toHaveLength(1)
    expect(checksView(report, lookups, ['secondary enrolment']).conflicts).toHaveLength(1)
    expect(checksView(report, lookups, ['Bayannur quality report']).conflicts).toHaveLength(1)
    expect(checksView(report, lookups, ['鄂尔多斯']).conflicts).toHaveLength(0)
    expect(checksView(report, lookups, ['graduates']).sums).toHaveLength(1)
    expect(checksView(report, lookups, ['graduates']).conflicts).toHaveLength(0)
    expect(checksView(report, lookups, ['teachers']).derived).toHaveLength(1)
  })
})
