import { describe, expect, it } from 'vitest'
import { compareByConsequence, countBy, countByRule, evaluateWarnings, facilityClause, judgeFacilities, RULES } from '../../../src/warnings'
import { condition, major } from './fixture'

describe('办学条件 004（五）/（六）', () => {
  it('any item not met in the latest year puts the school under the rule, naming the items', () => {
    const j = judgeFacilities([condition(2023, 'land', true), condition(2024, 'land', false), condition(2024, 'teachers', false), condition(2024, 'books', true)])!
    expect(j).toMatchObject({ year: 2024, unmet: ['land', 'teachers'], sinceYear: 2024 })
  })
  it('all items met in the latest year: no warning even if an earlier year missed one', () => {
    expect(judgeFacilities([condition(2023, 'land', false), condition(2024, 'land', true)])).toBeNull()
  })
  it('counts consecutive years not met', () => {
    expect(judgeFacilities([condition(2022, 'land', false), condition(2023, 'land', false), condition(2024, 'land', false)])!.sinceYear).toBe(2022)
  })
  it('中职 are judged under （六）, 高职 under （五）', () => {
    expect(facilityClause('secondary')).toBe('（六）')
    expect(facilityClause('higher')).toBe('（五）')
    expect(RULES.facility_standard.clauses).toEqual(['（五）', '（六）'])
  })
})

describe('counts and order', () => {
  const entities = [
    { entity_id: 'nmg', kind: 'region', parent_id: null },
    { entity_id: 'c1', kind: 'city', parent_id: 'nmg' },
    { entity_id: 'k1', kind: 'county', parent_id: 'c1' },
    { entity_id: 's1', kind: 'school', parent_id: 'k1' },
    { entity_id: 's2', kind: 'school', parent_id: 'c1' },
  ]
  const warnings = evaluateWarnings({
    majors: [
      major(2023, 50, 40, { major_code: 'x', planned_enrolment: 40 }), major(2024, 50, 40, { major_code: 'x', planned_enrolment: 40 }),
      major(2024, 50, 40, { major_code: 'y', planned_enrolment: 300, entity_id: 's2' }),
      major(2023, 50, 40, { major_code: 'z', planned_enrolment: 200, entity_id: 's2' }), major(2024, 50, 40, { major_code: 'z', planned_enrolment: 200, entity_id: 's2' }),
    ],
    conditions: [condition(2024, 'land', false, { entity_id: 's2' })],
    entities,
  })
  it('a school under a county is placed in its city', () => {
    expect(new Set(warnings.map((w) => w.cityId))).toEqual(new Set(['c1']))
  })
  it('counts by rule and state, and by city', () => {
    const c = countByRule(warnings)
    expect(c.major_alert).toEqual({ triggered: 2, watch: 1, cannot_tell: 0 })
    expect(c.facility_standard.triggered).toBe(1)
    expect(countBy(warnings, (w) => w.cityId).get('c1')!.triggered).toBe(4)
    expect(c.plan_completion.triggered).toBe(1) // s2: 95/200 then 190/500
  })
  it('sorts triggered first, then by places at stake', () => {
    const order = [...warnings].sort(compareByConsequence).map((w) => `${w.rule}:${w.majorCode ?? w.schoolId}:${w.consequence.placesAtStake}`)
    expect(order).toEqual(['facility_standard:s2:500', 'major_alert:z:200', 'plan_completion:s2:100', 'major_alert:x:40', 'major_alert:y:300'])
  })
})
