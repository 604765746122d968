// Scenario chart: the actual figures, the target line, the baseline projection (current
// trend) and one dashed line per compared scenario, each from the latest actual point to the
// target year. Projected points say so in their tooltip. Pure: words and formats come in.
import type { EChartsCoreOption } from 'echarts/core'
import { escapeHtml } from './escape'
import { targetMarkLine, yearAxis } from './parts'
import { FONT_FAMILY, PALETTE, PATH_COLOR } from './theme'
import { shortLabel } from '../text/names'
import { niceBounds } from './niceAxis'

export interface ChartPoint {
  year: number
  value: number
}

export interface ScenarioLine {
  id: string
  /** Scenario name (from the planner: escaped in tooltips, plain text on the canvas). */
  name: string
  /** Latest actual point first, then the projected years. */
  points: readonly ChartPoint[]
}

export interface ScenarioChartLabels {
  title: string
  actual: string
  baseline: string
  /** Target line label, e.g. "目标 ≥40:60". */
  target: string
  /** "情景推演 — 非实际数据". */
  notActual: string
  xAxis: string
  yAxis: string
}

export interface ScenarioChartInput {
  actual: readonly ChartPoint[]
  target: ChartPoint
  /** null when the current trend cannot be projected (a single point). */
  baseline: readonly ChartPoint[] | null
  scenarios: readonly ScenarioLine[]
  labels: ScenarioChartLabels
  formatValue: (v: number) => string
  formatAxis: (v: number) => string
}

/** Scenario lines use the palette after the actual figures' colour (colour-blind safe). */
export const SCENARIO_COLORS = [PALETTE[1], PALETTE[2], PALETTE[3]] as const
const LINE_TYPES = ['dashed', [8, 4, 2, 4], [2, 3]] as const

interface Datum {
  value: [number, number]
  tip: string
}

function datum(p: ChartPoint, series: string, projected: boolean, input: ScenarioChartInput): Datum {
  const head = `<strong>${escapeHtml(p.year)}</strong> · ${escapeHtml(series)}：${escapeHtml(input.formatValue(p.value))}`
  return { value: [p.year, p.value], tip: projected ? `${head}<br/><em>${escapeHtml(input.labels.notActual)}</em>` : head }
}

/** Tooltip text is built (and escaped) with the data: the formatter only passes it on. */
export function scenarioTooltip(params: unknown): string {
  const data = (params as { data?: Partial<Datum> } | null)?.data
  return typeof data?.tip === 'string' ? data.tip : ''
}

const projectedData = (points: readonly ChartPoint[], name: string, input: ScenarioChartInput) =>
  points.map((p, i) => datum(p, i === 0 ? input.labels.actual : name, i > 0, input))

/** The target line labelled at its left end: at the right end the label covered the target year's projected points. */
function targetLineAtStart(value: number, label: string) {
  const line = targetMarkLine(value, label, 'solid')
  return { ...line, label: { ...line.label, position: 'insideStartTop' } }
}

export function scenarioChartOption(input: ScenarioChartInput): EChartsCoreOption {
  const { actual, target, baseline, scenarios, labels, formatAxis } = input
  const series: Record<string, unknown>[] = [
    {
      id: 'actual',
      name: labels.actual,
      type: 'line',
      data: actual.map((p) => datum(p, labels.actual, false, input)),
      symbolSize: 8,
      lineStyle: { width: 3, color: PALETTE[0] },
      itemStyle: { color: PALETTE[0] },
      z: 5,
      markLine: targetLineAtStart(target.value, labels.target),
    },
  ]
  if (baseline && baseline.length > 1) {
    series.push({
      id: 'baseline',
      name: labels.baseline,
      type: 'line',
      data: projectedData(baseline, labels.baseline, input),
      symbol: 'emptyCircle',
      symbolSize: 6,
      lineStyle: { type: 'dotted', width: 2, color: PATH_COLOR },
      itemStyle: { color: PATH_COLOR },
      z: 3,
    })
  }
  scenarios.forEach((s, i) => {
    const color = SCENARIO_COLORS[i % SCENARIO_COLORS.length]
    series.push({
      id: `scenario-${s.id}`,
      name: shortLabel(s.name), // legend text: cut, never the canvas's width
      type: 'line',
      data: projectedData(s.points, s.name, input),
      symbol: 'emptyCircle',
      symbolSize: 7,
      lineStyle: { type: LINE_TYPES[i % LINE_TYPES.length], width: 2.5, color },
      itemStyle: { color },
      z: 4,
    })
  })
  const all = [...actual, target, ...(baseline ?? []), ...scenarios.flatMap((s) => s.points)]
  const years = all.map((p) => p.year)
  // Nice ends that always hold the target line: at +6 a year the axis stopped at 65 under a 70% target.
  const bounds = niceBounds(all.map((p) => p.value), target.value)
  return {
    // A slider drives this chart: draw each state at once, no tweening between them.
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: labels.title,
      subtext: scenarios.length ? labels.notActual : '',
      left: 'center',
      top: 4,
      textStyle: { fontSize: 15 },
      subtextStyle: { color: '#8a4b00', fontWeight: 'bold' },
    },
    legend: { bottom: 0, type: 'scroll' },
    tooltip: { trigger: 'item', confine: true, formatter: scenarioTooltip },
    grid: { left: 16, right: 32, top: scenarios.length ? 64 : 48, bottom: 52, containLabel: true },
    xAxis: yearAxis(labels.xAxis, years),
    yAxis: { type: 'value', name: labels.yAxis, nameTextStyle: { align: 'left' }, min: bounds.min, max: bounds.max, axisLabel: { formatter: formatAxis } },
    series,
  }
}
