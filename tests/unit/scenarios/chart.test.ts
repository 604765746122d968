import { describe, expect, it } from 'vitest'
import { scenarioChartOption, scenarioTooltip, type ScenarioChartInput } from '../../../src/charts/scenario'

const input: ScenarioChartInput = {
  actual: [{ year: 2021, value: 35 }],
  target: { year: 2025, value: 40 },
  baseline: null,
  scenarios: [{ id: 's1', name: '<img src=x onerror=alert(1)>', points: [{ year: 2021, value: 35 }, { year: 2025, value: 40.9 }] }],
  labels: { title: '职普比', actual: '实际', baseline: '当前趋势', target: '目标 ≥40:60', notActual: '情景推演 — 非实际数据', xAxis: '年份', yAxis: '%' },
  formatValue: (v) => `${v}%`,
  formatAxis: String,
}

describe('scenario chart option', () => {
  it('draws actuals, the target line and one line per scenario; no baseline line without a trend', () => {
    const o = scenarioChartOption(input) as { series: { id: string; markLine?: { data: { yAxis: number }[] } }[]; animation: boolean; title: { subtext: string } }
    expect(o.series.map((s) => s.id)).toEqual(['actual', 'scenario-s1'])
    expect(o.series[0]!.markLine!.data[0]!.yAxis).toBe(40)
    expect(o.animation).toBe(false)
    expect(o.title.subtext).toBe('情景推演 — 非实际数据')
    const withBaseline = scenarioChartOption({ ...input, baseline: [{ year: 2021, value: 35 }, { year: 2025, value: 37 }], scenarios: [] }) as { series: { id: string }[]; title: { subtext: string } }
    expect(withBaseline.series.map((s) => s.id)).toEqual(['actual', 'baseline'])
    expect(withBaseline.title.subtext).toBe('')
  })

  it('escapes a scenario name in tooltips and marks projected points as not actual', () => {
    const o = scenarioChartOption(input) as { series: { data: { tip: string }[] }[] }
    const tip = scenarioTooltip({ data: o.series[1]!.data[1] })
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(tip).not.toContain('<img')
    expect(tip).toContain('非实际数据')
    expect(scenarioTooltip({ data: o.series[1]!.data[0] })).not.toContain('非实际数据')
  })
})
