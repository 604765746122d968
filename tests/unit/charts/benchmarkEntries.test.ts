import { describe, it, expect } from 'vitest'
import { appliesPerEntity, benchmarkEntries, entryVerdict, levelVariants, summarise } from '../../../src/benchmark/entries'
import type { Indicator, Observation, Target } from '../../../src/types/contract'

const ind = (indicator_id: string, unit = 'percent', direction: Indicator['direction'] = 'higher_better'): Indicator => ({
  indicator_id,
  name_zh: indicator_id,
  name_en: indicator_id,
  unit,
  direction,
  category: null,
  education_level: null,
  formula: null,
  display: null,
})
const indicatorById = new Map(
  [ind('share'), ind('share_secondary'), ind('share_higher'), ind('enrolment', 'persons'), ind('ratio', 'ratio', 'lower_better')].map((i) => [i.indicator_id, i]),
)
const target = (o: Partial<Target> = {}): Target => ({
  target_id: 'T',
  indicator_id: 'share',
  entity_id: 'region',
  baseline_year: null,
  baseline_value: null,
  target_year: 2025,
  target_value: 70,
  comparator: '>=',
  binding: null,
  source_doc: 'doc',
  source_ref: 'ref',
  quote: null,
  ...o,
})
const row = (entity_id: string, indicator_id: string, year: number, value: number, source_doc = 'doc', depth = 2): Observation & { depth: number } => ({
  indicator_id,
  entity_id,
  year,
  value,
  period_end: null,
  source_doc,
  source_ref: 'r',
  quote: null,
  depth,
})

describe('benchmarkEntries', () => {
  it('gap and verdict per entity for a share; sorted by value, highest first', () => {
    const es = benchmarkEntries({
      target: target(),
      indicatorById,
      rows: [row('a', 'share_secondary', 2024, 57.4), row('b', 'share_secondary', 2024, 85.5), row('c', 'share_secondary', 2024, 70)],
      ownTargets: [],
    })
    expect(es.map((e) => [e.entityId, e.latest?.value, e.gap, e.met])).toEqual([
      ['b', 85.5, -15.5, true],
      ['c', 70, 0, true],
      ['a', 57.4, expect.closeTo(12.6, 9), false],
    ])
  })

  it('conflicting sources for one entity and year: one entry with a printed value (never a mean), flagged, both sources kept', () => {
    const [e] = benchmarkEntries({ target: target(), indicatorById, rows: [row('a', 'share', 2024, 60, 'x'), row('a', 'share', 2024, 64, 'y')], ownTargets: [] })
    expect(e).toMatchObject({ latest: { value: 60, conflict: true }, gap: 10, met: false })
    expect(e!.latest!.sources.map((s) => s.value)).toEqual([60, 64])
    expect(e!.latest!.sources.map((s) => s.source_doc)).toEqual(['x', 'y'])
  })

  it('a total (persons) is not applied per entity; own targets give planned vs actual', () => {
    const tg = target({ indicator_id: 'enrolment', target_value: 19000 })
    const own = target({ target_id: 'own_a', indicator_id: 'enrolment', entity_id: 'a', target_value: 3549 })
    const ownB = target({ target_id: 'own_b', indicator_id: 'enrolment', entity_id: 'b', target_value: 1500 })
    const es = benchmarkEntries({ target: tg, indicatorById, rows: [row('a', 'enrolment', 2021, 2049)], ownTargets: [own, ownB] })
    expect(es.map((e) => [e.entityId, e.latest?.value ?? null, e.gap, e.met, e.own?.target_id, e.ownGap, e.ownMet])).toEqual([
      ['a', 2049, null, null, 'own_a', 1500, false],
      ['b', null, null, null, 'own_b', null, null],
    ])
    expect(entryVerdict(es[0]!)).toBe(false)
    expect(summarise(es, tg)).toMatchObject({ withValue: 1, withOwn: 2, ownMeeting: 0, ownMissing: 1, ownUnknown: 1, planSum: 5049, meeting: [], missing: [] })
  })

  it('lower is better: a ratio at or under the target meets it', () => {
    const tg = target({ indicator_id: 'ratio', comparator: '<=', target_value: 20 })
    const es = benchmarkEntries({ target: tg, indicatorById, rows: [row('a', 'ratio', 2024, 18), row('b', 'ratio', 2024, 22)], ownTargets: [] })
    expect(es.map((e) => [e.entityId, e.gap, e.met])).toEqual([
      ['b', 2, false],
      ['a', -2, true],
    ])
  })

  it('ignores the target’s own entity and unrelated indicators', () => {
    const es = benchmarkEntries({
      target: target(),
      indicatorById,
      rows: [row('region', 'share', 2024, 50), row('a', 'other', 2024, 1), row('b', 'share_higher', 2023, 71)],
      ownTargets: [target({ target_id: 'self' }), target({ target_id: 'x', entity_id: 'c', indicator_id: 'other' })],
    })
    expect(es.map((e) => e.entityId)).toEqual(['b'])
  })

  it('helpers', () => {
    expect(levelVariants('share')).toEqual(['share', 'share_secondary', 'share_higher', 'share_bachelor'])
    expect(appliesPerEntity({ unit: 'percent' })).toBe(true)
    expect(appliesPerEntity({ unit: 'persons' })).toBe(false)
  })
})
