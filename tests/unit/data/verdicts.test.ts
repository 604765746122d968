// The bundled dataset judged as of 2026-11-29 (issue 10): the verdicts a decision maker reads
// after the 2025 deadline, straight from data/curated through src/tracking.
import { describe, expect, it } from 'vitest'
import { loadCurated } from '../../../data/lib/load'
import { CURATED_DIR } from '../../../data/lib/export'
import { evaluateTargets, isListedTarget, targetKind, type TargetEvaluation } from '../../../src/tracking'
import type { Indicator, Observation, Target } from '../../../src/types/contract'

const ds = loadCurated(CURATED_DIR)
const targets = ds.targets as unknown as Target[]
const evaluations = evaluateTargets(
  targets.filter((t) => targetKind(t) !== 'trigger'),
  ds.indicators as unknown as Indicator[],
  ds.observations as Observation[],
  new Date(2026, 10, 29),
)
const byId = new Map(evaluations.map((e) => [e.target.target_id, e]))
const ev = (id: string): TargetEvaluation => {
  const e = byId.get(id)
  if (!e) throw new Error(`no target ${id}`)
  return e
}

describe('bundled data as of 2026-11-29', () => {
  it('documented shortfalls with one figure after the baseline are short_at_last_figure', () => {
    expect(ev('d001_bayannur_dual_qualified_teacher_share_secondary_2025')).toMatchObject({ status: 'short_at_last_figure', latest: { year: 2024, value: 57.4 } })
    expect(ev('d004_nmg_facility_standard_compliance_secondary_2025')).toMatchObject({ status: 'short_at_last_figure', latest: { year: 2024, value: 85 } })
  })
  it('the region’s 70% key-chain share is met at its last figure (77.7% in 2024), and its restatement is linked, not listed', () => {
    expect(ev('d004_nmg_industry_aligned_major_share_2025')).toMatchObject({ status: 'met_at_last_figure', latest: { year: 2024, value: 77.7 } })
    const restated = targets.find((t) => t.target_id === 'd002_nmg_industry_aligned_major_share_2025')!
    expect(isListedTarget(restated)).toBe(false)
  })
  it('the four 持平 schools and Ordos’s 职普比 have no new data since 2021', () => {
    const flat = targets.filter((t) => t.source_ref === '表2' && t.baseline_value !== null && t.baseline_value === t.target_value)
    expect(flat).toHaveLength(4)
    for (const t of flat) expect(ev(t.target_id).status).toBe('no_new_data')
    expect(ev('d003_ordos_vocational_share_secondary_2025')).toMatchObject({ status: 'no_new_data', yearsSinceLatest: 5 })
  })
  it('no averaged figure: 1.4万 vs 14,516 stays two figures, 1.7万 vs 17,093 is not a conflict', () => {
    const secondary = ev('d003_ordos_enrolment_secondary_2025')
    expect(secondary.conflict).toBe(true)
    expect(secondary.sourceVerdicts.map((v) => v.source.value).sort()).toEqual([14000, 14516])
    const higher = ev('d003_ordos_enrolment_higher_2025')
    expect(higher).toMatchObject({ conflict: false, latest: { value: 17093, rounded: true } })
    const shown = evaluations.flatMap((e) => [e.latest?.value, ...e.points.map((p) => p.value)])
    expect(shown).not.toContain(14258)
    expect(shown).not.toContain(17046.5)
  })
  it('trigger rules are not targets; standing rules have no deadline', () => {
    expect(byId.has('d004_nmg_min_enrolment_plan_completion_rate_higher_2025')).toBe(false)
    expect(ev('d004_nmg_funding_per_student_higher_2025')).toMatchObject({ kind: 'standing', deadline: { kind: 'none' } })
    expect(ev('d004_nmg_funding_per_student_higher_2025').yearVerdicts.map((v) => v.year)).toEqual([2022, 2023])
  })
  it('counts per verdict (listed targets: each goal once)', () => {
    const counts: Record<string, number> = {}
    for (const e of evaluations.filter((x) => isListedTarget(x.target))) counts[e.status] = (counts[e.status] ?? 0) + 1
    // The README's dataset section quotes these counts.
    expect(counts).toEqual({ short_at_last_figure: 2, met_at_last_figure: 1, rule_met: 1, no_new_data: 134 })
  })
})

describe('related evidence on the bundled data', () => {
  it('the region’s 双师型 ≥70% shows 002’s 双师素质 (高职, falling) and the cities’ 中职 figures, all below 70%, none as its own value', () => {
    const e = ev('d004_nmg_dual_qualified_teacher_share_2025')
    expect(e.latest).toBeNull()
    const byKey = new Map(e.related.map((r) => [`${r.indicator_id}@${r.entity_id}`, r]))
    expect(byKey.get('dual_qualification_full_time_teacher_share_higher@nmg')).toMatchObject({
      year: 2023,
      value: 48.77,
      trend: 'worsening',
      meetsTargetValue: false,
      differs: ['level', 'definition'],
    })
    expect(byKey.get('dual_qualified_teacher_share_secondary@bayannur')).toMatchObject({ value: 57.4, differs: ['level', 'scope'] })
    expect(byKey.get('dual_qualified_teacher_share_secondary@bayannur')!.notes.join(' ')).toContain('unweighted mean')
    expect(e.related.every((r) => !r.meetsTargetValue)).toBe(true)
  })
})
