// Target detail chart: the observations by year, the straight path the target requires
// (baseline or first point → target), the target as a labelled line, and the projection at
// the current pace (dashed). Pure: words and number formats come in with the input.
import type { EChartsCoreOption } from 'echarts/core'
import { escapeHtml } from './escape'
import { chartTitle, targetMarkLine, yearAxis } from './parts'
import { niceScale } from './niceAxis'
import { FONT_FAMILY, PALETTE, PATH_COLOR } from './theme'

export interface DetailSource {
  value: number
  /** Document title (from data: escaped in the tooltip). */
  doc: string
  ref: string
}

export interface DetailPoint {
  year: number
  /** The value used (the sources' mean when they disagree). */
  value: number
  kind: 'observation' | 'baseline'
  conflict: boolean
  sources: readonly DetailSource[]
}

export interface DetailChartLabels {
  title: string
  observed: string
  baseline: string
  sources: string
  path: string
  projection: string
  /** Target line label, e.g. "目标 ≥60%". */
  target: string
  xAxis: string
  yAxis: string
  conflict: string
}

export interface DetailChartInput {
  points: readonly DetailPoint[]
  /** Where the required path starts (baseline, else first observation). */
  start: { year: number; value: number } | null
  latest: { year: number; value: number } | null
  target: { year: number; value: number }
  /** Value at the target year at the current pace; null when it cannot be computed. */
  projected: number | null
  labels: DetailChartLabels
  /** Value as people read it ("57.4%", "1.9万人") for tooltips. */
  formatValue: (v: number) => string
  /** Short tick label for the value axis. */
  formatAxis: (v: number) => string
  /** Phone layout: the title wrapped to this width (px), smaller type. */
  compact?: { width: number }
}

interface TooltipDatum {
  value: [number, number]
  tip: string
}

const line = (label: string, text: string) => `${escapeHtml(label)}：${escapeHtml(text)}`

function pointTip(p: DetailPoint, input: DetailChartInput): string {
  const { labels, formatValue } = input
  const head = `<strong>${escapeHtml(p.year)}</strong> · ${escapeHtml(p.kind === 'baseline' ? labels.baseline : labels.observed)}：${escapeHtml(formatValue(p.value))}`
  const sources = p.sources.map((s) => {
    const value = p.conflict ? `${escapeHtml(formatValue(s.value))} — ` : ''
    return `${value}${escapeHtml(s.doc)} · ${escapeHtml(s.ref)}`
  })
  return [head, ...(p.conflict ? [escapeHtml(labels.conflict)] : []), ...sources].join('<br/>')
}

function sourceTip(year: number, s: DetailSource, input: DetailChartInput): string {
  return [`<strong>${escapeHtml(year)}</strong> · ${line(input.labels.sources, input.formatValue(s.value))}`, `${escapeHtml(s.doc)} · ${escapeHtml(s.ref)}`].join('<br/>')
}

/** Tooltip text for any datum: built (and escaped) here, so the formatter only passes it on. */
export function tooltipFormatter(params: unknown): string {
  const data = (params as { data?: Partial<TooltipDatum> } | null)?.data
  return typeof data?.tip === 'string' ? data.tip : ''
}

export function targetDetailOption(input: DetailChartInput): EChartsCoreOption {
  const { points, start, latest, target, projected, labels, formatValue, formatAxis, compact } = input
  const observed: TooltipDatum[] = points.map((p) => ({
    value: [p.year, p.value],
    tip: pointTip(p, input),
    symbol: p.kind === 'baseline' ? 'rect' : 'circle',
    symbolSize: p.kind === 'baseline' ? 9 : 8,
  }))
  const conflicting: TooltipDatum[] = points.flatMap((p) =>
    p.conflict ? p.sources.map((s) => ({ value: [p.year, s.value] as [number, number], tip: sourceTip(p.year, s, input) })) : [],
  )
  const path: TooltipDatum[] = start
    ? [start, target].map((p) => ({ value: [p.year, p.value] as [number, number], tip: `<strong>${escapeHtml(p.year)}</strong> · ${line(labels.path, formatValue(p.value))}` }))
    : []
  const showProjection = latest !== null && projected !== null && latest.year < target.year
  const projection: TooltipDatum[] = showProjection
    ? [
        { value: [latest.year, latest.value], tip: `<strong>${escapeHtml(latest.year)}</strong> · ${line(labels.observed, formatValue(latest.value))}` },
        { value: [target.year, projected], tip: `<strong>${escapeHtml(target.year)}</strong> · ${line(labels.projection, formatValue(projected))}` },
      ]
    : []

  const years = [...points.map((p) => p.year), target.year, ...(start ? [start.year] : [])]
  const series: Record<string, unknown>[] = [
    {
      id: 'observed',
      name: labels.observed,
      type: 'line',
      data: observed,
      showSymbol: true,
      lineStyle: { width: 3, color: PALETTE[0] },
      itemStyle: { color: PALETTE[0] },
      z: 4,
      markLine: targetMarkLine(target.value, labels.target),
    },
  ]
  if (conflicting.length) {
    series.push({ id: 'sources', name: labels.sources, type: 'scatter', data: conflicting, symbol: 'triangle', symbolSize: 11, itemStyle: { color: PALETTE[1] }, z: 5 })
  }
  if (path.length) {
    series.push({ id: 'path', name: labels.path, type: 'line', data: path, symbol: 'none', lineStyle: { type: 'dotted', width: 2, color: PATH_COLOR }, itemStyle: { color: PATH_COLOR }, z: 2 })
  }
  if (projection.length) {
    series.push({ id: 'projection', name: labels.projection, type: 'line', data: projection, symbol: 'emptyCircle', symbolSize: 7, lineStyle: { type: 'dashed', width: 2, color: PALETTE[4] }, itemStyle: { color: PALETTE[4] }, z: 3 })
  }

  return {
    textStyle: { fontFamily: FONT_FAMILY },
    title: chartTitle(labels.title, compact),
    legend: { bottom: 0, type: 'scroll' },
    tooltip: { trigger: 'item', confine: true, formatter: tooltipFormatter },
    grid: { left: 16, right: 32, top: compact ? 72 : 56, bottom: 52, containLabel: true },
    xAxis: yearAxis(labels.xAxis, years),
    yAxis: {
      type: 'value',
      name: labels.yAxis,
      nameTextStyle: { align: 'left' },
      // Nice ends that always hold the target line (a markLine does not widen the axis).
      ...niceScale(
        [...points.flatMap((p) => [p.value, ...p.sources.map((s) => s.value)]), ...(start ? [start.value] : []), ...(showProjection ? [projected] : [])],
        target.value,
      ),
      axisLabel: { formatter: formatAxis },
    },
    series,
  }
}
