// The scenario view's talking points: what the baseline says, what changes under each shown
// scenario and why (its assumptions), and the effort the target needs. Pure: wording and
// number formats come in through `x`. Always ends by saying it is a projection.
import type { Effort, Scenario, TargetProjection } from '../scenarios'
import type { BaseNarrativeText } from './text'

export interface ScenarioText extends BaseNarrativeText {
  /** |amount| with the gap unit ("0.5个百分点", "1,000人"). */
  amountText: (amount: number | null, indicatorId: string) => string
  statusName: (status: string) => string
}

/** "+1,000人/年", "−0.5 pp a year". */
export function perYearText(amount: number, indicatorId: string, x: Pick<ScenarioText, 't' | 'amountText'>): string {
  return x.t('scenarios.perYear', { sign: signOf(amount), amount: x.amountText(Math.abs(amount), indicatorId) })
}

const signOf = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '')

/** The scenario's assumptions that bear on one target: its own series and its parts. */
export function assumptionSummary(scenario: Scenario, indicatorIds: readonly string[], entityId: string, x: ScenarioText): string {
  const parts: string[] = []
  for (const a of scenario.assumptions) {
    if (a.entity_id !== entityId || !indicatorIds.includes(a.indicator_id)) continue
    const name = x.indicatorName(a.indicator_id)
    if (a.change) {
      const { mode, amount: by } = a.change
      const amount = signOf(by) + (mode === 'percent' ? `${Math.abs(by)}%` : x.amountText(Math.abs(by), a.indicator_id))
      parts.push(x.t('scenarios.narrative.changeFrom', { name, year: a.change.from_year, amount }))
    }
    for (const v of a.values) parts.push(x.t('scenarios.narrative.valueIn', { name, year: v.year, value: x.value(v.value, a.indicator_id) }))
  }
  return parts.length ? parts.join(x.t('scenarios.narrative.join')) : x.t('scenarios.narrative.noAssumptions')
}

export interface ScenarioNarrativeInput {
  baseline: TargetProjection
  scenarios: { scenario: Scenario; projection: TargetProjection }[]
  effort: Effort | null
  /** The indicator ids whose assumptions matter: the target's own and its parts. */
  related: readonly string[]
}

export function scenarioNarrative(input: ScenarioNarrativeInput, x: ScenarioText): string {
  const { baseline, scenarios, effort, related } = input
  const { target } = baseline
  const ind = target.indicator_id
  const subject = { entity: x.entityName(target.entity_id), indicator: x.indicatorName(ind) }
  const out: string[] = []
  if (baseline.method === 'actual') {
    out.push(x.t('scenarios.narrative.actual', { ...subject, year: baseline.year, value: x.value(baseline.value, ind), status: x.statusName(baseline.status) }))
  } else if (baseline.value === null) {
    out.push(x.t('scenarios.narrative.baselineNone', { ...subject, year: target.target_year, status: x.statusName(baseline.status) }))
  } else {
    out.push(x.t('scenarios.narrative.baseline', { ...subject, year: target.target_year, value: x.value(baseline.value, ind), status: x.statusName(baseline.status) }))
  }
  if (baseline.method !== 'actual') {
    for (const { scenario, projection: p } of scenarios) {
      const assumptions = assumptionSummary(scenario, related, target.entity_id, x)
      if (p.value === null) {
        out.push(x.t('scenarios.narrative.scenarioNone', { name: scenario.name }) + x.t('scenarios.narrative.change', { delta: '' }))
        continue
      }
      const head = x.t('scenarios.narrative.scenario', { name: scenario.name, assumptions, value: x.value(p.value, ind), status: x.statusName(p.status) })
      const diff = baseline.value === null ? null : p.value - baseline.value
      const tail =
        diff === null
          ? x.t('scenarios.narrative.change', { delta: '' })
          : Math.abs(diff) < 1e-9
            ? x.t('scenarios.narrative.same')
            : x.t(diff > 0 ? 'scenarios.narrative.higher' : 'scenarios.narrative.lower', { amount: x.amountText(Math.abs(diff), ind) })
      out.push(head + tail)
    }
    if (effort && effort.perYear !== null && !effort.alreadyMet) {
      out.push(x.t('scenarios.narrative.effort', { year: effort.year, perYear: perYearText(effort.perYear, ind, x) }))
    }
  }
  if (scenarios.length) out.push(x.t('scenarios.narrative.disclaimer'))
  // Chinese sentences end in 。 and run on; English ones need a space after the full stop.
  return out.reduce((text, s) => text + (/[.!?]$/.test(text) ? ' ' : '') + s, '')
}
