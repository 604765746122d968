import { describe, expect, it } from 'vitest'
import { scenarioChartOption, type ScenarioChartInput } from '../../../src/charts/scenario'

const input = (perYear: number): ScenarioChartInput => ({
  actual: [{ year: 2021, value: 40 }, { year: 2022, value: 47 }],
  target: { year: 2025, value: 70 },
  baseline: null,
  // +perYear a year from the 2022 figure to 2025 (47 → 47 + 3 × perYear).
  scenarios: [{ id: 's', name: '+n', points: [0, 1, 2, 3].map((i) => ({ year: 2022 + i, value: 47 + i * perYear })) }],
  labels: { title: 't', actual: 'a', baseline: 'b', target: '目标 70%', notActual: 'n', xAxis: 'x', yAxis: 'y' },
  formatValue: String,
  formatAxis: String,
})
const yAxis = (o: unknown) => (o as { yAxis: { min: number; max: number } }).yAxis

describe('scenario chart axis (issue 14)', () => {
  it('at +6 a year (top 65) the 70% target line stays on the chart', () => {
    expect(yAxis(scenarioChartOption(input(6)))).toEqual(expect.objectContaining({ min: 40, max: 70 }))
  })
  it('above the target the axis ends at the next nice number past the data', () => {
    expect(yAxis(scenarioChartOption(input(10))).max).toBe(80)
  })
})
