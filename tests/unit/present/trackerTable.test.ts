import { describe, it, expect } from 'vitest'
import { evaluateTarget } from '../../../src/tracking'
import { trackerTable, TRACKER_EXPORT_KEYS, type TrackerTableText } from '../../../src/export/trackerTable'
import { toCsv } from '../../../src/export/csv'
import type { Observation, Target } from '../../../src/types/contract'
import { share, textKit } from '../narrative/textFixture'

const dual = share('dual_qualified_teacher_share_secondary', 'secondary', '中职双师型教师比例', 'Share of dual-qualified teachers (secondary)')
const kit = textKit('zh', [dual], { bayannur: ['巴彦淖尔市', 'Bayannur'] })
const text: TrackerTableText = {
  ...kit,
  header: (key) => `列:${key}`,
  levelName: () => '中职',
  bindingText: (b) => (b ? `属性:${b}` : ''),
  documentTitle: (doc) => `《${doc}》`,
}
const target: Target = {
  target_id: 'd001_dual',
  indicator_id: dual.indicator_id,
  entity_id: 'bayannur',
  baseline_year: 2021,
  baseline_value: 50,
  target_year: 2025,
  target_value: 65,
  comparator: '>=',
  binding: 'expected',
  source_doc: 'plan',
  source_ref: '6.6',
  quote: null,
}
const obs = (year: number, value: number): Observation => ({ indicator_id: dual.indicator_id, entity_id: 'bayannur', year, value, period_end: null, source_doc: 'report', source_ref: '表6-1', quote: null })

describe('tracker export table', () => {
  const ev = evaluateTarget(target, dual, [obs(2024, 57.4)], new Date(2024, 11, 1))
  const none = evaluateTarget({ ...target, target_id: 'd001_none' }, dual, [], new Date(2024, 11, 1))
  const table = trackerTable([ev, none], text, '2024-12-01')
  const row = (r: number) => Object.fromEntries(table.columns.map((c, i) => [c.key, table.rows[r]![i]]))

  it('has stable machine names and translated headers, one row per evaluation in order', () => {
    expect(table.columns.map((c) => c.key)).toEqual(TRACKER_EXPORT_KEYS)
    expect(table.columns[0]).toEqual({ key: 'target_id', label: '列:target_id', type: 'string' })
    expect(table.rows.map((r) => r[0])).toEqual(['d001_dual', 'd001_none'])
  })

  it('keeps raw figures as numbers and the words people read beside them', () => {
    expect(row(0)).toMatchObject({
      entity_name: '巴彦淖尔市',
      indicator_name: '中职双师型教师比例',
      education_level: '中职',
      baseline_year: 2021,
      baseline_value: 50,
      comparator: '>=',
      target_value: 65,
      target_year: 2025,
      latest_year: 2024,
      latest_value: 57.4,
      latest_text: '57.4%',
      sources_conflict: 'no',
      status: ev.status,
      status_text: kit.t(`status.${ev.status}`),
      binding: '属性:expected',
      source_doc: '《plan》',
      source_ref: '6.6',
      as_of: '2024-12-01',
    })
    expect(row(0).gap).toBeCloseTo(7.6, 10)
    expect(String(row(0).gap_text)).toContain('7.6')
  })

  it('a target with only its baseline has no latest figure (as the tracker shows it)', () => {
    expect(row(1)).toMatchObject({ latest_year: null, latest_value: null, latest_text: '' })
  })

  it('appends extra columns (a scenario’s projected status) and writes a CSV Excel reads', () => {
    const withScenario = trackerTable([ev], text, '2024-12-01', [{ key: 'scenario_1_status', label: '情景“加快”：预计状态代码', type: 'string', cell: () => 'on_track' }])
    expect(withScenario.columns.at(-1)!.key).toBe('scenario_1_status')
    expect(withScenario.rows[0]!.at(-1)).toBe('on_track')
    const csv = toCsv(withScenario.columns.map((c) => c.label), withScenario.rows)
    expect(csv.split('\r\n')[1]).toContain('巴彦淖尔市')
    expect(csv.split('\r\n')[0]!.endsWith('情景“加快”：预计状态代码')).toBe(true)
  })
})
