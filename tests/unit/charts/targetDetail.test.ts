import { describe, it, expect } from 'vitest'
import { targetDetailOption, tooltipFormatter, type DetailChartInput } from '../../../src/charts/targetDetail'
import { niceScale } from '../../../src/charts/niceAxis'

type Series = { id: string; name: string; type: string; data: { value: [number, number]; tip: string; symbol?: string }[]; lineStyle?: { type?: string }; markLine?: { data: { yAxis: number }[]; label: { formatter: () => string } } }
type Option = { title: { text: string }; xAxis: { name: string; min: number; max: number; axisLabel: { formatter: (v: number) => string } }; yAxis: { name: string; min: number; max: number }; series: Series[]; tooltip: { formatter: (p: unknown) => string } }

const HOSTILE = '<img src=x onerror=alert(1)>'
const input = (o: Partial<DetailChartInput> = {}): DetailChartInput => ({
  points: [
    { year: 2021, value: 58, kind: 'baseline', conflict: false, sources: [{ value: 58, doc: '鄂尔多斯实施方案', ref: '表1' }] },
    { year: 2023, value: 59, kind: 'observation', conflict: false, sources: [{ value: 59, doc: 'Report', ref: '表6' }] },
    {
      year: 2024,
      value: 59.5,
      kind: 'observation',
      conflict: true,
      sources: [
        { value: 59, doc: HOSTILE, ref: '表3' },
        { value: 60, doc: 'Other', ref: '<b>6-1</b>' },
      ],
    },
  ],
  start: { year: 2021, value: 58 },
  latest: { year: 2024, value: 59.5 },
  target: { year: 2025, value: 60 },
  projected: 60,
  labels: {
    title: '中职双师型教师比例（%）',
    observed: '实际值',
    baseline: '基期值',
    sources: '各来源数值',
    path: '所需路径',
    projection: '预测',
    target: '目标 不低于 60%',
    xAxis: '年份',
    yAxis: '数值（%）',
    conflict: '⚠ 来源不一致',
  },
  formatValue: (v) => `${v}%`,
  formatAxis: (v) => String(v),
  ...o,
})
const build = (o?: Partial<DetailChartInput>) => targetDetailOption(input(o)) as unknown as Option
const series = (opt: Option, id: string) => opt.series.find((s) => s.id === id)

describe('targetDetailOption', () => {
  it('title and axis names carry the indicator and unit; years are plain integers', () => {
    const opt = build()
    expect(opt.title.text).toBe('中职双师型教师比例（%）')
    expect(opt.xAxis.name).toBe('年份')
    expect(opt.yAxis.name).toBe('数值（%）')
    expect([opt.xAxis.min, opt.xAxis.max]).toEqual([2021, 2025])
    expect(opt.xAxis.axisLabel.formatter(2021)).toBe('2021')
    expect(opt.xAxis.axisLabel.formatter(2021.5)).toBe('')
  })

  it('one observed series (baseline drawn as a square), every source of a conflicting year as its own point', () => {
    const opt = build()
    expect(series(opt, 'observed')!.data.map((d) => d.value)).toEqual([[2021, 58], [2023, 59], [2024, 59.5]])
    expect(series(opt, 'observed')!.data[0]!.symbol).toBe('rect')
    expect(series(opt, 'sources')!.data.map((d) => d.value)).toEqual([[2024, 59], [2024, 60]])
  })

  it('target markLine labelled with its value; straight path from the start; dashed projection from the latest point', () => {
    const opt = build()
    const mark = series(opt, 'observed')!.markLine!
    expect(mark.data).toEqual([{ yAxis: 60 }])
    expect(mark.label.formatter()).toBe('目标 不低于 60%')
    expect(series(opt, 'path')!.data.map((d) => d.value)).toEqual([[2021, 58], [2025, 60]])
    const projection = series(opt, 'projection')!
    expect(projection.data.map((d) => d.value)).toEqual([[2024, 59.5], [2025, 60]])
    expect(projection.lineStyle!.type).toBe('dashed')
  })

  it('no projection once the latest figure is for the target year, or when it cannot be computed; no path without a start', () => {
    expect(series(build({ latest: { year: 2025, value: 61 } }), 'projection')).toBeUndefined()
    expect(series(build({ projected: null }), 'projection')).toBeUndefined()
    expect(series(build({ start: null }), 'path')).toBeUndefined()
    expect(series(build({ points: input().points.slice(0, 2) }), 'sources')).toBeUndefined()
  })

  it('tooltips list value, year and each source — text from data escaped', () => {
    const opt = build()
    const conflictTip = series(opt, 'observed')!.data[2]!.tip
    expect(conflictTip).toContain('<strong>2024</strong>')
    expect(conflictTip).toContain('59.5%')
    expect(conflictTip).toContain('⚠ 来源不一致')
    expect(conflictTip).toContain('&lt;img src=x onerror=alert(1)&gt; · 表3')
    expect(conflictTip).toContain('&lt;b&gt;6-1&lt;/b&gt;')
    expect(conflictTip).not.toContain('<img')
    expect(series(opt, 'sources')!.data[0]!.tip).not.toContain('<img')
    expect(opt.tooltip.formatter({ data: { tip: conflictTip } })).toBe(conflictTip)
    expect(tooltipFormatter({})).toBe('')
    expect(series(opt, 'observed')!.data[0]!.tip).toContain('基期值：58%')
  })
})

describe('the value axis (issue 14: it ended at 56.5)', () => {
  it('ends on whole steps of 1, 2 or 5 × 10ⁿ, holds the target, never below 0 for non-negative data', () => {
    expect(niceScale([77.6, 77.7], 70)).toEqual({ min: 65, max: 80, interval: 5 })
    expect(niceScale([58, 60], null)).toEqual({ min: 57, max: 61, interval: 1 })
    expect(niceScale([0, 5, 2], null)).toEqual({ min: 0, max: 6, interval: 2 })
    expect(niceScale([14000, 19000], null)).toEqual({ min: 12000, max: 20000, interval: 2000 })
    expect(niceScale([40], 40)).toEqual({ min: 38, max: 42, interval: 2 })
    // Bayannur 中职 双师型: 57.4% (2024) against ≥ 65%: the axis ran to 56.5-style ends before
    expect(niceScale([57.4, 57.4], 65)).toEqual({ min: 55, max: 70, interval: 5 })
  })

  it('both ends are whole multiples of the interval, whatever the data', () => {
    for (const [vs, target] of [[[51.76, 48.77], 70], [[0.37, 0.41], 0.5], [[13325.33, 13619], 12000], [[-3, 4.2], 0]] as const) {
      const { min, max, interval } = niceScale(vs, target)
      expect(Number.isInteger(Number((min / interval).toPrecision(12)))).toBe(true)
      expect(Number.isInteger(Number((max / interval).toPrecision(12)))).toBe(true)
      expect(min).toBeLessThanOrEqual(Math.min(...vs, target))
      expect(max).toBeGreaterThanOrEqual(Math.max(...vs, target))
      expect([1, 2, 5]).toContain(Number((interval / 10 ** Math.floor(Math.log10(interval))).toPrecision(6)))
    }
  })

  it('the detail chart’s value axis reaches the target even when the series does not', () => {
    const opt = build({ points: input().points.map((p) => ({ ...p, value: 77, sources: [] })), start: null, target: { year: 2025, value: 70 }, projected: null })
    expect(opt.yAxis.min).toBeLessThanOrEqual(70)
    expect(opt.yAxis.max).toBeGreaterThanOrEqual(77)
  })
})
