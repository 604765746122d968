import { describe, it, expect } from 'vitest'
import { evaluateTarget } from '../../../src/tracking'
import { detailNarrative, paceText, signedAmount } from '../../../src/narrative/detail'
import type { Observation, Target } from '../../../src/types/contract'
import { share, textKit } from './textFixture'

const dual = share('dual_qualified_teacher_share_secondary', 'secondary', '中职双师型教师比例', 'Share of dual-qualified teachers (secondary)')
const names: Record<string, [string, string]> = { bayannur: ['巴彦淖尔市', 'Bayannur'], ordos: ['鄂尔多斯市', 'Ordos'] }
const zh = textKit('zh', [dual], names)
const en = textKit('en', [dual], names)

const target = (o: Partial<Target> = {}): Target => ({
  target_id: 't',
  indicator_id: dual.indicator_id,
  entity_id: 'bayannur',
  baseline_year: null,
  baseline_value: null,
  target_year: 2025,
  target_value: 65,
  comparator: '>=',
  binding: null,
  source_doc: 'doc',
  source_ref: '6.6',
  quote: null,
  ...o,
})
const obs = (year: number, value: number, source_doc = 'report', source_ref = '表6-1'): Observation => ({
  indicator_id: dual.indicator_id,
  entity_id: 'bayannur',
  year,
  value,
  period_end: null,
  source_doc,
  source_ref,
  quote: null,
})

describe('detailNarrative', () => {
  // 50 (2022) → 57.4 (2024): +3.7 a year; required (65 − 50) / 3 = +5; r = 0.74; projected 61.1.
  const ev = evaluateTarget(target(), dual, [obs(2022, 50), obs(2024, 57.4)], new Date(2024, 11, 1))

  it('Chinese: latest, target, gap, pace, projection, status and deadline from the same numbers', () => {
    expect(ev.status).toBe('acceleration_needed')
    expect(detailNarrative(ev, zh)).toBe(
      '截至2024年，巴彦淖尔市中职双师型教师比例为57.4%；目标为2025年不低于 65%，距目标差 7.6个百分点。' +
        '2022年以来年均变化+3.7个百分点，按期达标需年均变化+5个百分点。' +
        '按当前趋势，2025年预计为61.1%，达不到目标。状态：需加快；距截止 395 天。',
    )
  })

  it('English says the same', () => {
    expect(detailNarrative(ev, en)).toBe(
      'As of 2024, “Share of dual-qualified teachers (secondary)” for Bayannur stood at 57.4%; the target is at least 65% by 2025, 7.6 pp short. ' +
        'Since 2022 it has changed by +3.7 pp a year; +5 pp a year is needed to reach the target on time. ' +
        'At the current pace it would reach 61.1% in 2025 and miss the target. Status: Acceleration needed; 395 days to the deadline.',
    )
  })

  it('baseline only, deadline passed: no new figure, for how long, who should report; verdict no_new_data', () => {
    const e = evaluateTarget(target({ entity_id: 'ordos', baseline_year: 2021, baseline_value: 58, target_value: 60 }), dual, [], new Date(2026, 10, 22))
    const text = detailNarrative(e, zh)
    expect(text).toBe('鄂尔多斯市中职双师型教师比例基期（2021年）为58%，此后暂无新的实际数据；目标为2025年不低于 60%，距目标差 2个百分点。自2021年以来已有5年没有新数据，需由鄂尔多斯市报告最新情况。状态：基期后无新数据；已过截止日期 326 天，待2025年最终数据。')
    expect(text).not.toContain('年均')
  })

  it('a statistic for the baseline year only is no new figure either (Ordos 表1: 58% in 2021)', () => {
    const tg = target({ entity_id: 'ordos', baseline_year: 2021, baseline_value: 58, target_value: 60 })
    const e = evaluateTarget(tg, dual, [{ ...obs(2021, 58), entity_id: 'ordos' }], new Date(2026, 10, 22))
    expect(e.latest?.kind).toBe('observation')
    expect(detailNarrative(e, zh)).toMatch(/^鄂尔多斯市中职双师型教师比例基期（2021年）为58%，此后暂无新的实际数据/)
  })

  it('no figure at all', () => {
    const e = evaluateTarget(target(), dual, [], new Date(2024, 11, 1))
    expect(detailNarrative(e, en)).toBe('“Share of dual-qualified teachers (secondary)” for Bayannur has no actual figure yet; the target is at least 65% by 2025. Status: Insufficient data; 395 days to the deadline.')
  })

  it('achieved: met, no projection', () => {
    const e = evaluateTarget(target(), dual, [obs(2022, 60), obs(2024, 66)], new Date(2024, 11, 1))
    const text = detailNarrative(e, zh)
    expect(text).toContain('已达到目标（超出 1个百分点）')
    expect(text).not.toContain('预计')
    expect(text).toContain('状态：已达成')
  })

  it('conflicting sources for the latest year: each value with its verdict, never a mean', () => {
    const e = evaluateTarget(target(), dual, [obs(2022, 50), obs(2024, 57.4, 'a'), obs(2024, 58, 'b')], new Date(2024, 11, 1))
    const text = detailNarrative(e, zh)
    expect(text).toContain('2024年各来源数值不一致：57.4%（表6-1，需加快）、58%（表6-1，需加快）；结论相同，不取平均。')
    expect(text).not.toContain('57.7')
  })

  it('in English the conflicting figures cite their references in English words (表6-1 → Table 6-1)', () => {
    const e = evaluateTarget(target(), dual, [obs(2022, 50), obs(2024, 57.4, 'a'), obs(2024, 58, 'b', '二、（一）')], new Date(2024, 11, 1))
    const text = detailNarrative(e, en)
    expect(text).toContain('57.4% (Table 6-1, ')
    expect(text).toContain('58% (§2(1), ')
    expect(text).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/)
  })

  it('nothing ever reported, after the deadline: says who should report, and what related figures suggest', () => {
    const e = evaluateTarget(target(), dual, [], new Date(2026, 10, 29))
    e.related = [
      { indicator_id: 'x', entity_id: 'nmg', year: 2023, value: 48.77, conflict: false, sources: [], notes: [], differs: ['definition'], meetsTargetValue: false, trend: 'worsening' },
    ]
    const text = detailNarrative(e, zh)
    expect(text).toContain('从未有实际数据，需由巴彦淖尔市报告。')
    expect(text).toContain('另有1个相关数据（口径、层次或主体不同，不作为本目标的数值），全部未达到目标值，1个较上一年下降。')
    expect(text).toContain('状态：基期后无新数据')
  })

  it('short at the last figure after the deadline: figure, year, gap and trend', () => {
    const e = evaluateTarget(target(), dual, [obs(2024, 57.4)], new Date(2026, 10, 29))
    expect(detailNarrative(e, en)).toContain('The final 2025 figure has not been published; this is judged on the latest figure (2024)')
    expect(detailNarrative(e, en)).toContain('Status: Short at last figure')
  })
})

describe('pace wording', () => {
  it('signs and units', () => {
    expect(signedAmount(3.7, dual.indicator_id, zh)).toBe('+3.7个百分点')
    expect(signedAmount(-0.25, dual.indicator_id, zh)).toBe('−0.3个百分点')
    expect(signedAmount(0.01, dual.indicator_id, zh)).toBe('0个百分点')
    expect(paceText(3.7, dual.indicator_id, zh)).toBe('+3.7个百分点/年')
    expect(paceText(-2, dual.indicator_id, en)).toBe('−2 pp per year')
  })
})
