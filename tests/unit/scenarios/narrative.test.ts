import { describe, expect, it } from 'vitest'
import { projectTarget, requiredEffort, scenarioContext } from '../../../src/scenarios'
import { scenarioNarrative, type ScenarioText } from '../../../src/narrative/scenario'
import { asOf, indicator, obs, scenario, target } from './fixture'

// Words are the message keys with their parameters, so the test reads the structure.
const x: ScenarioText = {
  t: (key, p) => `[${key.replace('scenarios.', '')}${p ? ' ' + Object.entries(p).map(([k, v]) => `${k}=${String(v)}`).join(' ') : ''}]`,
  entityName: (id) => id,
  indicatorName: (id) => id,
  value: (v) => String(v),
  amountText: (v) => `${v}pp`,
  statusName: (s) => s,
}

describe('scenario narrative', () => {
  const share = indicator('share')
  const t = target('t', 'share', 'x', { baseline_year: 2020, baseline_value: 50, target_value: 62 })
  const ctx = scenarioContext({ indicators: [share], targets: [t], observations: [obs('share', 'x', 2022, 54)] }, asOf('2023-06-30'))

  it('says the baseline, what changes under the scenario and why, the effort, and that it is not actual data', () => {
    const s = scenario([{ indicator_id: 'share', entity_id: 'x', change: { mode: 'absolute', amount: 3, from_year: 2023 } }])
    const text = scenarioNarrative(
      { baseline: projectTarget(ctx, t, null), scenarios: [{ scenario: s, projection: projectTarget(ctx, t, s) }], effort: requiredEffort(ctx, t), related: ['share'] },
      x,
    )
    expect(text).toContain('[narrative.baseline entity=x indicator=share year=2025 value=60 status=missed]')
    expect(text).toContain('[narrative.scenario name=情景A assumptions=[narrative.changeFrom name=share year=2023 amount=+3pp] value=63 status=achieved]')
    expect(text).toContain('[narrative.higher amount=3pp]') // 63 vs 60
    expect(text).toContain('[narrative.effort year=2025 perYear=[perYear sign=+ amount=2.6666666666666665pp]]')
    expect(text.endsWith('[narrative.disclaimer]')).toBe(true)
  })

  it('without scenarios it only tells the baseline', () => {
    const text = scenarioNarrative({ baseline: projectTarget(ctx, t, null), scenarios: [], effort: null, related: ['share'] }, x)
    expect(text).not.toContain('disclaimer')
  })
})
