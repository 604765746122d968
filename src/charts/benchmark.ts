// Benchmark chart: one horizontal bar per entity below a target's entity, sorted by value,
// the target as a labelled line, bars coloured by meets/misses AND labelled ✔/✖ (never
// colour alone); an entity's own planned figure, where it has one, as a marker beside it.
import type { EChartsCoreOption } from 'echarts/core'
import { escapeHtml } from './escape'
import { chartTitle } from './parts'
import { FONT_FAMILY, PALETTE, PATH_COLOR, TARGET_COLOR } from './theme'
import { shortLabel } from '../text/names'
import { niceScale } from './niceAxis'

export const MEETS_COLOR = PALETTE[2]!
export const MISSES_COLOR = PALETTE[1]!
export const NEUTRAL_COLOR = PATH_COLOR

export interface BenchmarkBar {
  /** Category label (entity name, from data). */
  label: string
  value: number | null
  valueText: string
  /** Year of the value: shown beside it when the bars' years differ (2021 and 2024 side by side). */
  year: number | null
  /** Verdict for colour and mark: meets / misses / null (nothing to compare with). */
  met: boolean | null
  planned: number | null
  plannedText: string
  /** Tooltip lines (plain text from data: escaped here). */
  details: readonly string[]
}

export interface BenchmarkChartLabels {
  title: string
  value: string
  planned: string
  meets: string
  misses: string
  noComparison: string
  xAxis: string
}

export interface BenchmarkChartInput {
  bars: readonly BenchmarkBar[]
  /** The yardstick line; null when it does not apply per entity (a total). */
  target: { value: number; label: string } | null
  labels: BenchmarkChartLabels
  formatAxis: (v: number) => string
  /** A year as shown beside a value, e.g. "(2024)"; plain text. */
  yearText?: (year: number) => string
  /** Phone layout: narrower name labels, the title wrapped to this width (px). */
  compact?: { width: number }
}

export const MEETS_MARK = '✔'
export const MISSES_MARK = '✖'

export function verdictMark(met: boolean | null): string {
  return met === true ? MEETS_MARK : met === false ? MISSES_MARK : ''
}

function verdictWord(met: boolean | null, labels: BenchmarkChartLabels): string {
  return met === true ? labels.meets : met === false ? labels.misses : labels.noComparison
}

/** Bar label: value, its year where years differ, and mark ("57.4% (2024) ✖"), plain text (canvas, never HTML). */
export function barLabel(bar: Pick<BenchmarkBar, 'valueText' | 'met'> & { year?: number | null }, yearText?: (y: number) => string): string {
  const mark = verdictMark(bar.met)
  const text = yearText && bar.year != null ? `${bar.valueText} ${yearText(bar.year)}` : bar.valueText
  return mark ? `${text} ${mark}` : text
}

/** True when the bars' values come from different years, so each must say its year. */
export function yearsDiffer(bars: readonly Pick<BenchmarkBar, 'year' | 'value'>[]): boolean {
  return new Set(bars.filter((b) => b.value !== null && b.year !== null).map((b) => b.year)).size > 1
}

function barTip(bar: BenchmarkBar, labels: BenchmarkChartLabels): string {
  const lines = [
    `<strong>${escapeHtml(bar.label)}</strong>`,
    `${escapeHtml(labels.value)}：${escapeHtml(bar.valueText)} ${escapeHtml(verdictMark(bar.met))} ${escapeHtml(verdictWord(bar.met, labels))}`,
  ]
  if (bar.planned !== null) lines.push(`${escapeHtml(labels.planned)}：${escapeHtml(bar.plannedText)}`)
  return [...lines, ...bar.details.map(escapeHtml)].join('<br/>')
}

/** Height in px that keeps every bar readable: ~34 px a bar plus title, axis and legend. */
export function benchmarkChartHeight(bars: number): number {
  return Math.max(260, Math.min(1400, 120 + bars * 34))
}

export function benchmarkOption(input: BenchmarkChartInput): EChartsCoreOption {
  const { bars, target, labels, formatAxis, compact } = input
  const yearText = yearsDiffer(bars) ? (input.yearText ?? ((y: number) => `(${y})`)) : undefined
  const colour = (met: boolean | null) => (met === true ? MEETS_COLOR : met === false ? MISSES_COLOR : NEUTRAL_COLOR)
  const hasPlans = bars.some((b) => b.planned !== null)
  const series: Record<string, unknown>[] = [
    {
      id: 'value',
      name: labels.value,
      type: 'bar',
      barMaxWidth: 26,
      data: bars.map((b) => ({ value: b.value, tip: barTip(b, labels), itemStyle: { color: colour(b.met) } })),
      ...(target
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: TARGET_COLOR, width: 2 },
              // On a phone the label wraps to half the chart: one long line ran off both edges.
              label: { formatter: () => target.label, position: 'end', color: TARGET_COLOR, fontWeight: 'bold', ...(compact ? { width: Math.round(compact.width / 2), overflow: 'break' } : {}) },
              data: [{ xAxis: target.value }],
            },
          }
        : {}),
    },
  ]
  if (hasPlans) {
    series.push({
      id: 'planned',
      name: labels.planned,
      type: 'scatter',
      symbol: 'diamond',
      symbolSize: 13,
      itemStyle: { color: '#ffffff', borderColor: PALETTE[0], borderWidth: 2.5 },
      z: 5,
      // [x, category index]: two bars may share a label (one entity, two levels).
      data: bars.flatMap((b, i) => (b.planned === null ? [] : [{ value: [b.planned, i], tip: barTip(b, labels) }])),
    })
  }
  // The legend names what the colours mean (meets / misses), in the bars' own colours: an empty
  // series per verdict shown, so a swatch can never disagree with the bars (issue 14).
  const verdicts = ([true, false, null] as const).filter((m) => bars.some((b) => b.value !== null && b.met === m))
  // (scatter, not bar: an empty bar series would still take a slot beside each real bar and thin it.)
  for (const m of verdicts) series.push({ id: `legend-${String(m)}`, name: verdictWord(m, labels), type: 'scatter', symbol: 'roundRect', data: [], itemStyle: { color: colour(m) } })
  // Bars start at 0; the step goes to ECharts with the ends, so the ticks land on them (not 0, 20 … 80, 90).
  const bounds = niceScale([0, ...bars.map((b) => b.value), ...bars.map((b) => b.planned)], target?.value ?? null, 5)
  const nameWidth = compact ? Math.max(72, Math.round(compact.width * 0.28)) : 220
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    title: chartTitle(labels.title, compact),
    legend: { bottom: 0, selectedMode: false, data: [...verdicts.map((m) => verdictWord(m, labels)), ...(hasPlans ? [labels.planned] : [])] },
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => (p as { data?: { tip?: string } }).data?.tip ?? '' },
    grid: { left: 8, right: 8, top: (target ? 64 : 48) + (compact ? 16 : 0), bottom: 56, containLabel: true },
    xAxis: {
      type: 'value',
      name: labels.xAxis,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: formatAxis, hideOverlap: true },
      min: bounds.min,
      max: bounds.max,
      interval: bounds.interval,
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: bars.map((b) => shortLabel(b.label)), // a 100k-character name must not size the canvas
        axisLabel: { width: nameWidth, overflow: 'truncate', fontSize: compact ? 11 : 12 },
      },
      // Value and ✔/✖ in a column of their own on the right: never under a marker or the target line.
      {
        type: 'category',
        inverse: true,
        position: 'right',
        data: bars.map((b) => barLabel(b, yearText)),
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { color: '#1a1f29', fontWeight: 'bold', fontSize: compact ? 11 : 12 },
      },
    ],
    series,
  }
}
