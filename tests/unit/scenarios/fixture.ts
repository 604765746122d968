// Small hand-made datasets for the scenario maths: every expected figure is worked out by hand
// in the tests next to it.
import type { Indicator, Observation, Target } from '../../../src/types/contract'
import type { Assumption, Scenario } from '../../../src/scenarios'

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  return { indicator_id: id, name_zh: id, name_en: id, unit: 'percent', direction: 'higher_better', category: null, education_level: null, formula: null, display: null, ...over }
}

export function target(id: string, indicatorId: string, entityId: string, over: Partial<Target> = {}): Target {
  return {
    target_id: id,
    indicator_id: indicatorId,
    entity_id: entityId,
    baseline_year: null,
    baseline_value: null,
    target_year: 2025,
    target_value: 70,
    comparator: '>=',
    binding: null,
    source_doc: 'plan.txt',
    source_ref: '表1',
    quote: null,
    ...over,
  }
}

export function obs(indicatorId: string, entityId: string, year: number, value: number, source = 'stats.txt'): Observation {
  return { indicator_id: indicatorId, entity_id: entityId, year, value, period_end: null, source_doc: source, source_ref: '表2', quote: null }
}

export function scenario(assumptions: (Partial<Assumption> & { indicator_id: string; entity_id: string })[], name = '情景A'): Scenario {
  return { id: 's1', name, assumptions: assumptions.map((a) => ({ change: null, values: [], ...a })) }
}

export const asOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y!, m! - 1, d!)
}
