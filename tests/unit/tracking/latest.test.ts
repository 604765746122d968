import { describe, it, expect } from 'vitest'
import type { Observation, Target } from '../../../src/types/contract'
import { buildSeries, observationsFor, pointsByYear } from '../../../src/tracking/latest'

const obs = (year: number, value: number, source_doc = 'doc_a', extra: Partial<Observation> = {}): Observation => ({
  indicator_id: 'share',
  entity_id: 'ordos',
  year,
  value,
  period_end: null,
  source_doc,
  source_ref: '表1',
  quote: null,
  ...extra,
})

const target = (baseline_year: number | null, baseline_value: number | null): Target => ({
  target_id: 't',
  indicator_id: 'share',
  entity_id: 'ordos',
  baseline_year,
  baseline_value,
  target_year: 2025,
  target_value: 60,
  comparator: '>=',
  binding: null,
  source_doc: 'plan',
  source_ref: '表1',
  quote: null,
})

describe('observationsFor', () => {
  it('keeps only this indicator and entity up to the as-of year', () => {
    const rows = [
      obs(2023, 50),
      obs(2025, 61),
      obs(2023, 1, 'doc_a', { entity_id: 'bayannur' }),
      obs(2023, 2, 'doc_a', { indicator_id: 'other' }),
    ]
    expect(observationsFor(rows, 'share', 'ordos', 2024).map((o) => o.value)).toEqual([50])
  })
})

describe('pointsByYear', () => {
  it('flags a conflict, keeps every source and never averages: the value is one a source printed', () => {
    const [point] = pointsByYear([obs(2023, 52, 'doc_b', { source_ref: '表3' }), obs(2023, 50, 'doc_a')])
    expect(point).toMatchObject({ year: 2023, value: 50, conflict: true, rounded: false })
    expect(point!.sources.map((s) => [s.source_doc, s.source_ref, s.value])).toEqual([
      ['doc_a', '表1', 50],
      ['doc_b', '表3', 52],
    ])
  })

  it('a 万 figure agrees with a precise one within half its printed step; the precise one is used', () => {
    const [agree] = pointsByYear([obs(2021, 19000, 'doc_a', { quote: '1.9万' }), obs(2021, 19013, 'doc_b', { quote: '19013' })])
    expect(agree).toMatchObject({ value: 19013, conflict: false, rounded: true })
    const [clash] = pointsByYear([obs(2021, 19000, 'doc_a', { quote: '19000' }), obs(2021, 19013, 'doc_b')])
    expect(clash).toMatchObject({ conflict: true }) // printed as 19000 exactly: no rounding to hide behind
  })

  it('two sources with the same value are not a conflict', () => {
    const [point] = pointsByYear([obs(2023, 50, 'doc_a'), obs(2023, 50, 'doc_b')])
    expect(point).toMatchObject({ value: 50, conflict: false })
    expect(point!.sources).toHaveLength(2)
  })
})

describe('buildSeries', () => {
  it('starts at the baseline and ignores observations before it', () => {
    const s = buildSeries(target(2021, 40), [obs(2020, 35), obs(2023, 50)], 2024)
    expect(s.start).toMatchObject({ year: 2021, value: 40, kind: 'baseline' })
    expect(s.latest).toMatchObject({ year: 2023, value: 50, kind: 'observation' })
    expect(s.pointCount).toBe(2)
  })

  it('without a baseline starts at the first observation', () => {
    const s = buildSeries(target(null, null), [obs(2024, 36), obs(2022, 30)], 2024)
    expect(s.start).toMatchObject({ year: 2022, value: 30 })
    expect(s.latest).toMatchObject({ year: 2024, value: 36 })
  })

  it('the baseline is the latest known value when nothing was observed since', () => {
    const s = buildSeries(target(2021, 40), [obs(2020, 35)], 2024)
    expect(s.latest).toMatchObject({ year: 2021, kind: 'baseline' })
    expect(s.pointCount).toBe(1)
  })

  it('an observation in the baseline year does not add a year', () => {
    const s = buildSeries(target(2021, 40), [obs(2021, 41)], 2024)
    expect(s.latest).toMatchObject({ year: 2021, value: 41, kind: 'observation' })
    expect(s.pointCount).toBe(1)
  })

  it('a baseline after the as-of year is not known yet', () => {
    const s = buildSeries(target(2021, 40), [obs(2019, 30), obs(2020, 33)], 2020)
    expect(s.start).toMatchObject({ year: 2019, kind: 'observation' })
    expect(s.latest).toMatchObject({ year: 2020 })
  })
})
