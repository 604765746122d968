import { describe, expect, it } from 'vitest'
import { statusChanges } from '../../../src/tracking/statusChanges'
import type { Indicator, Observation, Target } from '../../../src/types/contract'

const indicator: Indicator = {
  indicator_id: 'share', name_zh: '占比', name_en: 'Share', unit: 'percent', direction: 'higher_better',
  category: null, education_level: null, formula: null, display: null,
}
const target: Target = {
  target_id: 't1', indicator_id: 'share', entity_id: 'ordos', baseline_year: null, baseline_value: null,
  target_year: 2025, target_value: 60, comparator: '>=', binding: null, source_doc: 'plan', source_ref: '表1', quote: null,
}
const obs = (year: number, value: number): Observation => ({
  indicator_id: 'share', entity_id: 'ordos', year, value, period_end: null, source_doc: 'stats', source_ref: '表1', quote: null,
})
const asOf = new Date(2026, 10, 22)

describe('statusChanges', () => {
  it('reports a target whose status changes, with before and after', () => {
    const before = { indicators: [indicator], targets: [target], observations: [] }
    const after = { indicators: [indicator], targets: [target], observations: [obs(2024, 61)] }
    expect(statusChanges(before, after, asOf)).toEqual([
      { targetId: 't1', indicatorId: 'share', entityId: 'ordos', targetYear: 2025, before: 'no_new_data', after: 'met_at_last_figure' },
    ])
  })

  it('leaves out targets whose status stays', () => {
    const side = { indicators: [indicator], targets: [target], observations: [obs(2024, 61)] }
    const after = { ...side, observations: [obs(2024, 62)] }
    expect(statusChanges(side, after, asOf)).toEqual([])
  })

  it('a new target has no status before', () => {
    const after = { indicators: [indicator], targets: [target], observations: [obs(2022, 50), obs(2024, 58)] }
    expect(statusChanges({ indicators: [], targets: [], observations: [] }, after, asOf)).toEqual([
      expect.objectContaining({ targetId: 't1', before: null, after: 'short_at_last_figure' }),
    ])
  })
})
