import { describe, it, expect } from 'vitest'
import { barLabel, benchmarkChartHeight, benchmarkOption, MEETS_COLOR, MISSES_COLOR, NEUTRAL_COLOR, type BenchmarkChartInput } from '../../../src/charts/benchmark'

type Bar = { value: number | null; tip: string; itemStyle: { color: string } }
type Option = {
  xAxis: { name: string; min?: number; max?: number; interval?: number }
  yAxis: { type: string; inverse: boolean; data: string[]; position?: string; axisLabel: { width?: number } }[]
  title: { text: string; textStyle: { width?: number; overflow?: string } }
  legend: { data: string[] }
  series: { id: string; name?: string; type: string; itemStyle?: { color: string }; data: (Bar | { value: [number, number]; tip: string })[]; markLine?: { data: { xAxis: number }[]; label: { formatter: () => string; width?: number; overflow?: string } } }[]
}

const labels = { title: '双师型比例：下级主体对照（%）', value: '最新值', planned: '自身规划值', meets: '达到', misses: '未达到', noComparison: '无可对照', xAxis: '%' }
const input = (o: Partial<BenchmarkChartInput> = {}): BenchmarkChartInput => ({
  bars: [
    { label: '巴彦淖尔职业技术学校', value: 85.5, valueText: '85.5%', year: 2024, met: true, planned: null, plannedText: '', details: ['2024年'] },
    { label: '<img src=x onerror=alert(1)>', value: 57.4, valueText: '57.4%', year: 2024, met: false, planned: 65, plannedText: '不低于 65%（2025）', details: ['<script>x</script> · 表6-1'] },
    { label: '新建学校', value: null, valueText: '暂无数据', year: null, met: null, planned: 1500, plannedText: '1500', details: [] },
  ],
  target: { value: 70, label: '内蒙古自治区目标 不低于 70%' },
  labels,
  formatAxis: String,
  ...o,
})
const build = (o?: Partial<BenchmarkChartInput>) => benchmarkOption(input(o)) as unknown as Option

describe('benchmarkOption', () => {
  it('horizontal bars in the given (sorted) order, top first, with title and unit', () => {
    const opt = build()
    expect(opt.title.text).toBe(labels.title)
    expect(opt.xAxis.name).toBe('%')
    expect(opt.yAxis[0]).toMatchObject({ type: 'category', inverse: true, data: ['巴彦淖尔职业技术学校', '<img src=x onerror=alert(1)>', '新建学校'] })
    expect((opt.series[0]!.data as Bar[]).map((d) => d.value)).toEqual([85.5, 57.4, null])
  })

  it('colour AND a text mark for meets / misses (not colour alone)', () => {
    const opt = build()
    expect((opt.series[0]!.data as Bar[]).map((d) => d.itemStyle.color)).toEqual([MEETS_COLOR, MISSES_COLOR, NEUTRAL_COLOR])
    // The labels sit in their own column on the right, aligned with the bars.
    expect(opt.yAxis[1]).toMatchObject({ type: 'category', inverse: true, position: 'right', data: ['85.5% ✔', '57.4% ✖', '暂无数据'] })
    expect(barLabel({ valueText: '1', met: null })).toBe('1')
  })

  it('target as a labelled markLine; the axis always reaches it', () => {
    const opt = build()
    expect(opt.series[0]!.markLine!.data).toEqual([{ xAxis: 70 }])
    expect(opt.series[0]!.markLine!.label.formatter()).toBe('内蒙古自治区目标 不低于 70%')
    // Nice ends on whole steps that take in the target and every value (the planned 1,500 here): never 85.5, never 0 … 80, 90.
    expect(opt.xAxis).toMatchObject({ min: 0, max: 2000, interval: 500 })
    const low = build({ bars: input().bars.map((b) => ({ ...b, planned: null, value: b.value === null ? null : b.value / 2 })) })
    expect(low.xAxis).toMatchObject({ min: 0, max: 80, interval: 20 })
    const high = build({ bars: input().bars.map((b) => ({ ...b, planned: null })) })
    expect(high.xAxis).toMatchObject({ min: 0, max: 100, interval: 20 })
    expect(build({ target: null }).series[0]!.markLine).toBeUndefined()
  })

  it('own planned figures as markers beside the bars (planned vs actual)', () => {
    const opt = build()
    const planned = opt.series.find((s) => s.id === 'planned')!
    expect(planned.type).toBe('scatter')
    expect(planned.data.map((d) => d.value)).toEqual([[65, 1], [1500, 2]])
    expect(opt.legend.data).toEqual(['达到', '未达到', '自身规划值'])
    const noPlans = build({ bars: input().bars.map((b) => ({ ...b, planned: null })) })
    expect(noPlans.series.find((s) => s.id === 'planned')).toBeUndefined()
  })

  it('tooltips escape names and sources from data', () => {
    const tip = (build().series[0]!.data as Bar[])[1]!.tip
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(tip).toContain('&lt;script&gt;x&lt;/script&gt; · 表6-1')
    expect(tip).toContain('57.4% ✖ 未达到')
    expect(tip).toContain('自身规划值：不低于 65%（2025）')
    expect(tip).not.toMatch(/<img|<script/)
  })

  it('phone layout: narrower name column, wrapped title', () => {
    const opt = build({ compact: { width: 360 } })
    expect(opt.yAxis[0]!.axisLabel.width).toBe(101)
    expect(opt.title.textStyle).toMatchObject({ width: 336, overflow: 'break' })
    expect(build().yAxis[0]!.axisLabel.width).toBe(220)
    // the target line's label wraps to half the chart instead of running off both edges
    expect(opt.series[0]!.markLine!.label).toMatchObject({ width: 180, overflow: 'break' })
    expect(build().series[0]!.markLine!.label.width).toBeUndefined()
  })

  it('height grows with the number of bars, within bounds', () => {
    expect(benchmarkChartHeight(1)).toBe(260)
    expect(benchmarkChartHeight(10)).toBe(460)
    expect(benchmarkChartHeight(1000)).toBe(1400)
  })

  it('the legend swatches are the bars\' own colours: one entry per verdict shown', () => {
    const opt = build()
    const legendSeries = opt.series.filter((s) => s.id.startsWith('legend-'))
    expect(legendSeries.map((s) => [s.name, s.itemStyle!.color])).toEqual([['达到', MEETS_COLOR], ['未达到', MISSES_COLOR]])
    expect(legendSeries.every((s) => s.data.length === 0)).toBe(true)
  })

  it('each value carries its year where the years differ, and only then', () => {
    const same = build()
    expect(same.yAxis[1]!.data).toEqual(['85.5% ✔', '57.4% ✖', '暂无数据'])
    const mixed = build({ bars: input().bars.map((b, i) => (i === 0 ? { ...b, year: 2021 } : b)), yearText: (y) => `（${y}）` })
    expect(mixed.yAxis[1]!.data).toEqual(['85.5% （2021） ✔', '57.4% （2024） ✖', '暂无数据'])
  })
})
