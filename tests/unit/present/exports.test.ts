import { describe, it, expect } from 'vitest'
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { exportFrame, exportOption, EXPORT_PIXEL_RATIO, EXPORT_WIDTH } from '../../../src/charts/exportOption'
import { presentationOption, presentationTitle, SLIDE_CHART_FONT } from '../../../src/charts/presentation'
import { tableToParquet } from '../../../src/export/parquet'
import type { ExportTable } from '../../../src/export/trackerTable'

const chart = {
  title: { text: '中职双师型教师占比（%）', textStyle: { fontSize: 15 } },
  legend: { bottom: 0 },
  grid: { left: 16, right: 32, top: 56, bottom: 52, containLabel: true },
  xAxis: { type: 'value', axisLabel: { formatter: String } },
  yAxis: [{ type: 'value' }],
  series: [{ type: 'line', data: [[2021, 58]], symbolSize: 8, lineStyle: { width: 3 }, markLine: { label: { position: 'end' }, data: [] } }],
}
const text = { title: '鄂尔多斯市 · 中职双师型教师占比', subtitle: '单位：%', footer: ['来源：鄂尔多斯实施方案（2022）', '数据截至 2026-11-22'] }

describe('chart export option', () => {
  it('puts title, unit, sources and date in the image', () => {
    const o = exportOption(chart, text) as { title: { text: string; subtext?: string }[]; animation: boolean; backgroundColor: string; tooltip: { show: boolean } }
    expect(o.title[0]!.text).toBe(text.title)
    expect(o.title[0]!.subtext).toBe('单位：%')
    expect(o.title[1]!.text).toBe('来源：鄂尔多斯实施方案（2022）\n数据截至 2026-11-22')
    expect(o.animation).toBe(false)
    expect(o.backgroundColor).toBe('#ffffff')
    expect(o.tooltip.show).toBe(false)
  })
  it('makes room for the header and footer and lifts the legend above the footer', () => {
    const o = exportOption(chart, text) as { grid: { top: number; bottom: number }; legend: { bottom: number } }
    expect(o.grid.top).toBeGreaterThan(56)
    expect(o.grid.bottom).toBeGreaterThan(52)
    expect(o.legend.bottom).toBeGreaterThan(0)
  })
  it('frames at 16:9 (1920×1080 at 2×), taller for a chart that needs it', () => {
    expect(exportFrame()).toEqual({ width: EXPORT_WIDTH, height: 540 })
    expect(EXPORT_WIDTH * EXPORT_PIXEL_RATIO).toBe(1920)
    expect(exportFrame(300).height).toBe(540)
    expect(exportFrame(1000).height).toBeGreaterThan(1000)
  })
})

describe('presentation option', () => {
  it('no chart text under 18 px on a slide; the input is not changed', () => {
    const before = JSON.stringify(chart)
    const o = presentationOption(chart) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(o.textStyle.fontSize).toBeGreaterThanOrEqual(SLIDE_CHART_FONT)
    // the title leaves the canvas (BaseChart writes it above as text that wraps)
    expect(o.title.show).toBe(false)
    expect(o.legend.textStyle.fontSize).toBeGreaterThanOrEqual(SLIDE_CHART_FONT)
    expect(o.xAxis.axisLabel.fontSize).toBeGreaterThanOrEqual(SLIDE_CHART_FONT)
    expect(o.xAxis.axisLabel.formatter).toBe(String)
    expect(o.yAxis[0].axisLabel.fontSize).toBeGreaterThanOrEqual(SLIDE_CHART_FONT)
    expect(o.series[0].markLine.label.fontSize).toBeGreaterThanOrEqual(SLIDE_CHART_FONT)
    expect(o.series[0].markLine.label.position).toBe('end')
    expect(JSON.stringify(chart)).toBe(before)
  })

  it('the title as text for the slide, whole however long (a canvas title was cut at its edge)', () => {
    const long = 'Inner Mongolia Autonomous Region · Share of dual-qualified teachers among specialty teachers (all vocational schools) (%)'
    expect(presentationTitle({ ...chart, title: { text: long, subtext: 'Scenario projection — not actual data' } })).toEqual({ text: long, subtext: 'Scenario projection — not actual data' })
    expect(presentationTitle({ ...chart, title: [{ text: 'a' }, { text: 'b' }] })).toEqual({ text: 'a', subtext: '' })
    expect(presentationTitle({ ...chart, title: undefined })).toBeNull()
  })
})

describe('Parquet export', () => {
  it('reads back with the same rows, types and Chinese text', async () => {
    const table: ExportTable = {
      columns: [
        { key: 'target_id', label: '目标编号', type: 'string' },
        { key: 'entity_name', label: '主体', type: 'string' },
        { key: 'target_year', label: '目标年份', type: 'int' },
        { key: 'gap', label: '差距', type: 'double' },
      ],
      rows: [
        ['t1', '鄂尔多斯市', 2025, 2],
        ['t2', '巴彦淖尔市“职教”', 2025, null],
        ['t3', '', 2027, -0.5],
      ],
    }
    const buffer = tableToParquet(table, { as_of: '2026-11-22' })
    const meta = parquetMetadata(buffer)
    expect(Number(meta.num_rows)).toBe(3)
    expect(meta.key_value_metadata?.find((kv) => kv.key === 'as_of')?.value).toBe('2026-11-22')
    const rows = await parquetReadObjects({ file: buffer })
    expect(rows).toEqual([
      { target_id: 't1', entity_name: '鄂尔多斯市', target_year: 2025, gap: 2 },
      { target_id: 't2', entity_name: '巴彦淖尔市“职教”', target_year: 2025, gap: null },
      { target_id: 't3', entity_name: '', target_year: 2027, gap: -0.5 },
    ])
  })
  it('writes an empty table (a filter that matches nothing)', async () => {
    const buffer = tableToParquet({ columns: [{ key: 'a', label: 'A', type: 'string' }], rows: [] })
    expect(Number(parquetMetadata(buffer).num_rows)).toBe(0)
  })
})
