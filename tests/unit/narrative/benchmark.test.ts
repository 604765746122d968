import { describe, it, expect } from 'vitest'
import { evaluateTarget } from '../../../src/tracking'
import { benchmarkEntries } from '../../../src/benchmark/entries'
import { benchmarkNarrative, entryName, mixesLevels } from '../../../src/narrative/benchmark'
import type { Indicator, Observation, Target } from '../../../src/types/contract'
import { share, textKit } from './textFixture'

const all = share('dual_qualified_teacher_share', 'all', '职业院校双师型教师比例', 'Share of dual-qualified teachers (all vocational)')
const sec = share('dual_qualified_teacher_share_secondary', 'secondary', '中职双师型教师比例', 'Share of dual-qualified teachers (secondary)')
const enrol: Indicator = { ...sec, indicator_id: 'enrolment_secondary', unit: 'persons', name_zh: '中职在校生数', name_en: 'Secondary enrolment' }
const indicators = [all, sec, enrol]
const indicatorById = new Map(indicators.map((i) => [i.indicator_id, i]))
const names: Record<string, [string, string]> = {
  nmg: ['内蒙古自治区', 'Inner Mongolia'],
  bayannur: ['巴彦淖尔市', 'Bayannur'],
  ordos: ['鄂尔多斯市', 'Ordos'],
  s1: ['巴彦淖尔职业技术学校', 'Bayannur Vocational and Technical School'],
  s2: ['巴彦淖尔市体育学校', 'Bayannur Sports School'],
  s3: ['杭锦后旗职业教育中心', 'Hanggin Rear Banner Vocational Education Center'],
  o1: ['鄂尔多斯理工学校', 'Ordos Ligong School'],
  o2: ['康巴什区职业中学', 'Kangbashi Vocational School'],
}
const zh = textKit('zh', indicators, names)
const en = textKit('en', indicators, names)

const target = (o: Partial<Target> = {}): Target => ({
  target_id: 'd004_nmg_dual',
  indicator_id: all.indicator_id,
  entity_id: 'nmg',
  baseline_year: null,
  baseline_value: null,
  target_year: 2025,
  target_value: 70,
  comparator: '>=',
  binding: null,
  source_doc: 'd004',
  source_ref: '（十一）',
  quote: null,
  ...o,
})
const row = (entity_id: string, value: number, depth: number, indicator_id = sec.indicator_id, year = 2024): Observation & { depth: number } => ({
  indicator_id,
  entity_id,
  year,
  value,
  period_end: null,
  source_doc: 'd001',
  source_ref: '表6-1',
  quote: null,
  depth,
})
const asOf = new Date(2024, 11, 1)

describe('benchmarkNarrative: the region’s 双师型 ≥70% against the cities and schools', () => {
  const tg = target()
  const ev = evaluateTarget(tg, all, [], asOf)
  const entries = benchmarkEntries({
    target: tg,
    indicatorById,
    rows: [row('bayannur', 57.4, 1), row('s1', 85.5, 2), row('s2', 30, 2), row('s3', 75.9, 2)],
    ownTargets: [],
  })

  it('Chinese, with the presenter’s sentence for the city', () => {
    expect(benchmarkNarrative(ev, entries, zh)).toBe(
      '截至2024年，以内蒙古自治区“职业院校双师型教师比例”不低于 70%（2025年）为标准，下级有4项数据：2项达到，2项未达到。' +
        '达到的有：巴彦淖尔职业技术学校（85.5%）、杭锦后旗职业教育中心（75.9%）。' +
        '最高为巴彦淖尔职业技术学校（85.5%），最低为巴彦淖尔市体育学校（30%），相差55.5个百分点。' +
        '巴彦淖尔市中职双师型教师比例2024年为57.4%，距内蒙古自治区70%目标差 12.6个百分点。',
    )
  })

  it('English', () => {
    const text = benchmarkNarrative(ev, entries, en)
    expect(text).toContain('4 figures below it: 2 meet it, 2 do not.')
    expect(text).toContain('Bayannur: “Share of dual-qualified teachers (secondary)” was 57.4% in 2024, 12.6 pp short against the 70% target of Inner Mongolia.')
  })

  it('names carry the level when 中职 and 高职 shares are mixed; no range across levels', () => {
    const higher = share('dual_qualified_teacher_share_higher', 'higher', '高职双师型教师比例', 'Share (higher)')
    const kit = textKit('zh', [...indicators, higher], names)
    const mixed = benchmarkEntries({
      target: tg,
      indicatorById: new Map([...indicatorById, [higher.indicator_id, higher]]),
      rows: [row('ordos', 58, 1, sec.indicator_id, 2021), row('ordos', 40, 1, 'dual_qualified_teacher_share_higher', 2021)],
      ownTargets: [],
    })
    expect(mixesLevels(mixed)).toBe(true)
    expect(mixed.map((e) => entryName(e, kit, true))).toEqual(['鄂尔多斯市（中职）', '鄂尔多斯市（高职）'])
    const text = benchmarkNarrative(ev, mixed, kit)
    expect(text).not.toContain('最高为')
    expect(text).toContain('鄂尔多斯市高职双师型教师比例2021年为40%，距内蒙古自治区70%目标差 30个百分点。')
  })

  it('nothing below: says so', () => {
    expect(benchmarkNarrative(ev, [], zh)).toBe('截至2024年，内蒙古自治区“职业院校双师型教师比例”的下级主体暂无数据。')
  })
})

describe('benchmarkNarrative: a total (Ordos 中职 1.9万) against the schools’ own 表2 plans', () => {
  const tg = target({ target_id: 'ordos_enrol', indicator_id: 'enrolment_secondary', entity_id: 'ordos', target_value: 19000, baseline_year: 2021, baseline_value: 14000 })
  const ev = evaluateTarget(tg, enrol, [], new Date(2026, 10, 22))
  const own = (entity_id: string, value: number, baseline: number | null): Target =>
    target({ target_id: `own_${entity_id}`, indicator_id: 'enrolment_secondary', entity_id, target_value: value, baseline_year: baseline === null ? null : 2021, baseline_value: baseline })
  const entries = benchmarkEntries({
    target: tg,
    indicatorById,
    rows: [row('o1', 2049, 1, 'enrolment_secondary', 2021)],
    ownTargets: [own('o1', 3549, 2049), own('o2', 1500, null)],
  })

  it('does not apply the city total to each school; counts the own targets and adds up the plans', () => {
    expect(benchmarkNarrative(ev, entries, zh)).toBe(
      '鄂尔多斯市“中职在校生数”目标为2025年不低于 1.9万人，是总量目标，不逐一套用到下级主体。' +
        '2个下级主体有自己的目标：0个已达到，1个尚未达到，1个暂无数据。各主体规划值合计5,049人，鄂尔多斯市目标为不低于 1.9万人。',
    )
  })
})
